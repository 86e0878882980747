// The request context, the workbook, defined names and the application object.
import { parseLocal, splitSheet } from "./address";
import { FakeContextCore, FakeProxy } from "./context";
import { fail } from "./errors";
import type { FakeExcelHost } from "./host";
import type { Mirror } from "./mirror";
import { FakeRange, type RangeTarget } from "./range";
import type { NameState, SheetState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";

export class FakeRequestContext extends FakeContextCore implements Mirror<Excel.RequestContext, "workbook" | "application" | "sync"> {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(host: FakeExcelHost) {
    super(host);
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  worksheetOf(resolver: () => SheetState | null): FakeWorksheet {
    return new FakeWorksheet(this, resolver);
  }

  override sync<T>(passThroughValue?: T): Promise<T> {
    return super.sync().then(() => passThroughValue as T);
  }
}

/** Objects that always exist: their proxies need no request of their own. */
const ALWAYS = { always: true } as const;
type Always = typeof ALWAYS;

export class FakeWorkbook
  extends FakeProxy<Always>
  implements Mirror<Excel.Workbook, "worksheets" | "tables" | "names" | "application" | "getSelectedRange">
{
  protected readonly loadable = [] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(core: FakeContextCore) {
    super(core, () => ALWAYS, "Workbook", ALWAYS);
    this.worksheets = new FakeWorksheetCollection(core);
    this.tables = new FakeTableCollection(core, null);
    this.names = new FakeNamedItemCollection(core);
    this.application = new FakeApplication(core);
  }

  protected snapshot(): unknown {
    return null;
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.core, () => ({ ...this.core.host.workbook.selection }));
  }
}

export class FakeApplication
  extends FakeProxy<Always>
  implements Mirror<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync">
{
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore) {
    super(core, () => ALWAYS, "Application", ALWAYS);
  }
  protected snapshot(): unknown {
    return null;
  }
  suspendApiCalculationUntilNextSync(): void {
    this.write("suspendApiCalculationUntilNextSync", undefined, () => (this.core.host.calculationSuspended = true), "1.8");
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.write("suspendScreenUpdatingUntilNextSync", undefined, () => (this.core.host.screenUpdatingSuspended = true), "1.9");
  }
}

export class FakeNamedItemCollection
  extends FakeProxy<Always>
  implements Mirror<Excel.NamedItemCollection, "add" | "getItem" | "getItemOrNullObject" | "items" | "load">
{
  protected readonly loadable = ["items/name"] as const;
  constructor(core: FakeContextCore) {
    super(core, () => ALWAYS, "NamedItemCollection", ALWAYS);
  }
  protected snapshot(): unknown {
    return this.core.host.workbook.names.map((n) => n.name);
  }
  get items(): FakeNamedItem[] {
    return this.read<string[]>("items/name").map((n) => {
      const item = this.core.host.workbook.findName(n)!;
      return new FakeNamedItem(this.core, () => item, item).preload("name", n);
    });
  }
  add(name: string, reference: Excel.Range | string, comment?: string): FakeNamedItem {
    void comment;
    const holder: { item: NameState | null } = { item: null };
    this.write(
      "add",
      { name, reference: typeof reference === "string" ? reference : null },
      () => {
        const wb = this.core.host.workbook;
        let text: string;
        if (typeof reference === "string") {
          text = reference.startsWith("=") ? reference : `=${reference}`;
          const { sheet, local } = splitSheet(text.slice(1));
          if (sheet !== null && parseLocal(local)) wb.sheetOrThrow(sheet);
        } else {
          const t: RangeTarget = (reference as unknown as FakeRange).resolveTarget();
          text = `=${wb.addressOf(t.sheet, t.rect)}`;
        }
        holder.item = wb.addName(name, text);
      },
      "1.4",
    );
    return new FakeNamedItem(this.core, () => holder.item);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.core, () => this.core.host.workbook.findName(name) ?? fail("ItemNotFound", `The name '${name}' does not exist.`));
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    this.core.requireVersion("NamedItemCollection.getItemOrNullObject", "1.4");
    return new FakeNamedItem(this.core, () => this.core.host.workbook.findName(name) ?? null);
  }
}

export class FakeNamedItem extends FakeProxy<NameState> implements Mirror<Excel.NamedItem, "name" | "formula" | "getRange" | "getRangeOrNullObject" | "delete" | "isNullObject" | "load"> {
  protected readonly loadable = ["name", "formula"] as const;
  constructor(core: FakeContextCore, resolver: () => NameState | null, known?: NameState) {
    super(core, resolver, "NamedItem", known);
  }
  protected snapshot(property: string, item: NameState): unknown {
    if (property === "formula" && !this.core.host.isSetSupported("ExcelApi", "1.7")) fail("ApiNotFound", "NamedItem.formula needs ExcelApi 1.7.");
    return property === "name" ? item.name : item.reference;
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  private rangeOf(item: NameState): RangeTarget | null {
    const { sheet, local } = splitSheet(item.reference.replace(/^=/, ""));
    const rect = parseLocal(local);
    const target = sheet !== null ? this.core.host.workbook.findSheet(sheet) : undefined;
    return rect && target ? { sheet: target, rect } : null;
  }
  getRange(): FakeRange {
    this.core.requireVersion("NamedItem.getRange", "1.4");
    return new FakeRange(this.core, () => this.rangeOf(this.target()) ?? fail("InvalidArgument", "The name does not refer to a range."));
  }
  getRangeOrNullObject(): FakeRange {
    this.core.requireVersion("NamedItem.getRangeOrNullObject", "1.4");
    return new FakeRange(this.core, () => this.rangeOf(this.target()));
  }
  delete(): void {
    this.write(
      "delete",
      undefined,
      (item) => {
        const wb = this.core.host.workbook;
        wb.names = wb.names.filter((n) => n !== item);
      },
      "1.4",
    );
  }
}
