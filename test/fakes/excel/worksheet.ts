// Worksheets, their freeze panes and charts.
import { formatAddress, parseLocal, type Rect } from "./address";
import { FakeContextCore, FakeProxy } from "./context";
import { fail } from "./errors";
import type { Mirror } from "./mirror";
import { FakeRange, rangeOn, type RangeTarget } from "./range";
import type { ChartState, SheetState } from "./state";
import { FakeTableCollection } from "./table";
import { FakePageLayout, FakePivotTableCollection } from "./pivot";

const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: 1_048_576, columnCount: 16_384 };

type WorksheetMembers =
  | "name"
  | "position"
  | "tabColor"
  | "visibility"
  | "isNullObject"
  | "getRange"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "activate"
  | "delete"
  | "freezePanes"
  | "charts"
  | "tables"
  | "load";

export class FakeWorksheet extends FakeProxy<SheetState> implements Mirror<Excel.Worksheet, WorksheetMembers> {
  protected readonly loadable = ["name", "position", "tabColor", "visibility"] as const;

  constructor(core: FakeContextCore, resolver: () => SheetState | null, known?: SheetState) {
    super(core, resolver, "Worksheet", known);
  }

  protected snapshot(property: string, sheet: SheetState): unknown {
    if (property === "name") return sheet.name;
    if (property === "position") return this.core.host.workbook.sheets.indexOf(sheet);
    if (property === "visibility") return sheet.visibility;
    if (!this.core.host.isSetSupported("ExcelApi", "1.7")) fail("ApiNotFound", "Worksheet.tabColor needs ExcelApi 1.7.");
    return sheet.tabColor;
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (sheet) => this.core.host.workbook.renameSheet(sheet, name));
  }

  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.write("position", position, (sheet) => {
      const sheets = this.core.host.workbook.sheets;
      if (!(position >= 0 && position < sheets.length)) fail("InvalidArgument", "Position out of range.");
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.write(
      "tabColor",
      color,
      (sheet) => {
        if (color !== "" && !/^#[0-9A-Fa-f]{6}$/.test(color)) fail("InvalidArgument", `'${color}' is not a colour.`);
        sheet.tabColor = color.toUpperCase();
      },
      "1.7",
    );
  }

  get visibility(): Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden" {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write("visibility", visibility, (sheet) => {
      if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") fail("InvalidArgument", `'${visibility}' is not a sheet visibility.`);
      // Excel keeps at least one sheet visible.
      const othersVisible = this.core.host.workbook.sheets.some((s) => s !== sheet && s.visibility === "Visible");
      if (visibility !== "Visible" && !othersVisible) fail("InvalidOperation", "At least one sheet must stay visible.");
      sheet.visibility = visibility;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.core, () => {
      const sheet = this.target();
      if (address === undefined || address === "") return { sheet, rect: WHOLE_SHEET };
      const t = rangeOn(sheet, address, (n) => this.core.host.workbook.sheetOrThrow(n));
      if (t.sheet !== sheet) fail("InvalidArgument", `'${address}' is not on worksheet '${sheet.name}'.`);
      return t;
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.core, () => {
      const sheet = this.target();
      return { sheet, rect: sheet.usedRect() ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    this.core.requireVersion("Worksheet.getUsedRangeOrNullObject", "1.4");
    return new FakeRange(this.core, () => {
      const sheet = this.target();
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.write("activate", undefined, (sheet) => {
      const wb = this.core.host.workbook;
      wb.active = sheet;
      if (wb.selection.sheet !== sheet) wb.selection = { sheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  delete(): void {
    this.write("delete", undefined, (sheet) => this.core.host.workbook.deleteSheet(sheet));
  }

  get freezePanes(): FakeFreezePanes {
    return new FakeFreezePanes(this.core, () => this.targetOrNull());
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.core, () => this.targetOrNull());
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.core, () => this.targetOrNull());
  }

  /** ExcelApi 1.8: PivotTables (test/fakes/excel/pivot.ts). */
  get pivotTables(): FakePivotTableCollection {
    return new FakePivotTableCollection(this.core, () => this.targetOrNull());
  }

  /** ExcelApi 1.9: page setup for printing. */
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.core, () => this.targetOrNull());
  }
}

export class FakeWorksheetCollection
  extends FakeProxy<SheetState[]>
  implements Mirror<Excel.WorksheetCollection, "items" | "add" | "getItem" | "getItemOrNullObject" | "getActiveWorksheet" | "load">
{
  protected readonly loadable = ["items/name", "items/position", "items/tabColor"] as const;

  constructor(core: FakeContextCore) {
    super(core, () => core.host.workbook.sheets, "WorksheetCollection");
  }

  protected snapshot(property: string, sheets: SheetState[]): unknown {
    if (property === "items/name") return sheets.map((s) => s.name);
    if (property === "items/position") return sheets.map((_, i) => i);
    return sheets.map((s) => s.tabColor);
  }

  get items(): FakeWorksheet[] {
    const names = this.read<string[]>("items/name");
    const sheets = names.map((n) => this.core.host.workbook.findSheet(n));
    return sheets.map((sheet, i) => new FakeWorksheet(this.core, () => sheet ?? null, sheet).preload("name", names[i]));
  }

  add(name?: string): FakeWorksheet {
    const holder: { sheet: SheetState | null } = { sheet: null };
    this.write("add", name ?? null, () => {
      const wb = this.core.host.workbook;
      let chosen = name;
      if (chosen === undefined) {
        let n = wb.sheets.length + 1;
        while (wb.findSheet(`Sheet${n}`)) n++;
        chosen = `Sheet${n}`;
      }
      holder.sheet = wb.addSheet(chosen);
    });
    return new FakeWorksheet(this.core, () => holder.sheet);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.host.workbook.sheetOrThrow(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this.core.requireVersion("WorksheetCollection.getItemOrNullObject", "1.4");
    return new FakeWorksheet(this.core, () => this.core.host.workbook.findSheet(key) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.core, () => this.core.host.workbook.active);
  }
}

export class FakeFreezePanes
  extends FakeProxy<SheetState>
  implements Mirror<Excel.WorksheetFreezePanes, "freezeRows" | "freezeColumns" | "freezeAt" | "unfreeze">
{
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, parent: () => SheetState | null) {
    super(core, parent, "WorksheetFreezePanes");
    core.requireVersion("Worksheet.freezePanes", "1.7");
  }
  protected snapshot(): unknown {
    return null;
  }
  freezeRows(count?: number): void {
    this.write("freezeRows", count ?? 1, (sheet) => (sheet.freeze = { rows: count ?? 1, columns: sheet.freeze?.columns ?? 0 }), "1.7");
  }
  freezeColumns(count?: number): void {
    this.write("freezeColumns", count ?? 1, (sheet) => (sheet.freeze = { rows: sheet.freeze?.rows ?? 0, columns: count ?? 1 }), "1.7");
  }
  freezeAt(frozenRange: Excel.Range | string): void {
    const address = typeof frozenRange === "string" ? frozenRange : null;
    const proxy = typeof frozenRange === "string" ? null : (frozenRange as unknown as FakeRange);
    this.write(
      "freezeAt",
      address,
      (sheet) => {
        const rect = address !== null ? parseLocal(address) : proxy!.resolveTarget().rect;
        if (!rect || rect.row !== 0 || rect.column !== 0) fail("InvalidArgument", "freezeAt needs a range starting at A1.");
        sheet.freeze = { rows: rect.rowCount, columns: rect.columnCount };
      },
      "1.7",
    );
  }
  unfreeze(): void {
    this.write("unfreeze", undefined, (sheet) => (sheet.freeze = null), "1.7");
  }
}

// ------------------------------------------------------------------ charts

interface ChartTarget {
  sheet: SheetState;
  chart: ChartState;
}

export class FakeChartCollection
  extends FakeProxy<SheetState>
  implements Mirror<Excel.ChartCollection, "add" | "getItem" | "getItemOrNullObject" | "items" | "load">
{
  protected readonly loadable = ["items/name"] as const;
  constructor(core: FakeContextCore, parent: () => SheetState | null) {
    super(core, parent, "ChartCollection");
  }
  protected snapshot(_: string, sheet: SheetState): unknown {
    return sheet.charts.map((c) => c.name);
  }
  get items(): FakeChart[] {
    const names = this.read<string[]>("items/name");
    return names.map((n) => {
      const sheet = this.targetOrNull()!;
      const chart = sheet.charts.find((c) => c.name === n)!;
      return new FakeChart(this.core, () => ({ sheet, chart }), { sheet, chart }).preload("name", n);
    });
  }
  add(type: Excel.ChartType | string, sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): FakeChart {
    const source = sourceData as unknown as FakeRange;
    if (!(source instanceof FakeRange)) throw new Error("fake: charts.add needs a Range from the same context");
    const holder: { t: ChartTarget | null } = { t: null };
    this.write("add", { type, seriesBy }, (sheet) => {
      const data: RangeTarget = source.resolveTarget();
      if (data.rect.rowCount * data.rect.columnCount === 0) fail("InvalidArgument", "The chart's source range is empty.");
      const chart: ChartState = {
        name: this.core.host.workbook.nextChartName(),
        type,
        source: formatAddress(data.sheet.name, data.rect),
        seriesBy: seriesBy ?? "Auto",
        title: "",
        position: null,
      };
      sheet.charts.push(chart);
      holder.t = { sheet, chart };
    });
    return new FakeChart(this.core, () => holder.t);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.core, () => {
      const sheet = this.target();
      const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!chart) fail("ItemNotFound", `No chart named '${name}'.`);
      return { sheet, chart };
    });
  }
  getItemOrNullObject(name: string): FakeChart {
    this.core.requireVersion("ChartCollection.getItemOrNullObject", "1.4");
    return new FakeChart(this.core, () => {
      const sheet = this.target();
      const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      return chart ? { sheet, chart } : null;
    });
  }
}

export class FakeChart extends FakeProxy<ChartTarget> implements Mirror<Excel.Chart, "name" | "title" | "setPosition" | "setData" | "delete" | "isNullObject"> {
  protected readonly loadable = ["name"] as const;
  constructor(core: FakeContextCore, resolver: () => ChartTarget | null, known?: ChartTarget) {
    super(core, resolver, "Chart", known);
  }
  protected snapshot(_: string, t: ChartTarget): unknown {
    return t.chart.name;
  }
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, ({ sheet, chart }) => {
      if (sheet.charts.some((c) => c !== chart && c.name.toLowerCase() === name.toLowerCase())) {
        fail("ItemAlreadyExists", `A chart named '${name}' already exists on this sheet.`);
      }
      chart.name = name;
    });
  }
  get title(): { text: string } {
    const write = (text: string): void => this.write("title.text", text, ({ chart }) => (chart.title = text));
    return {
      set text(text: string) {
        write(text);
      },
      get text(): string {
        throw new Error("fake: reading a chart title is not supported");
      },
    };
  }
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== "string" || (endCell !== undefined && typeof endCell !== "string")) {
      throw new Error("fake: Chart.setPosition takes addresses here");
    }
    this.write("setPosition", { startCell, endCell }, ({ chart }) => {
      if (!parseLocal(startCell) || (endCell !== undefined && !parseLocal(endCell))) fail("InvalidArgument", "Bad chart position.");
      chart.position = { start: startCell, end: endCell ?? null };
    });
  }
  setData(sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): void {
    const source = sourceData as unknown as FakeRange;
    this.write("setData", { seriesBy }, ({ chart }) => {
      const data = source.resolveTarget();
      chart.source = formatAddress(data.sheet.name, data.rect);
      chart.seriesBy = seriesBy ?? "Auto";
    });
  }
  delete(): void {
    this.write("delete", undefined, ({ sheet, chart }) => {
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}
