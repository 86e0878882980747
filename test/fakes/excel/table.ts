// Tables (ListObjects): created over a range with its header row, grown by rows.add like Excel does.
import { type Rect } from "./address";
import { FakeContextCore, FakeProxy } from "./context";
import { fail } from "./errors";
import type { Mirror } from "./mirror";
import { FakeRange, rangeOn, type RangeTarget } from "./range";
import { dataRowCount, type SheetState, type TableState } from "./state";
import { expandToShape, writeEntry } from "./values";
import type { FakeWorksheet } from "./worksheet";

/** The collection's scope: a worksheet, or `sheet: null` for the workbook's own collection. */
interface Scope {
  sheet: SheetState | null;
}

export class FakeTableCollection
  extends FakeProxy<Scope>
  implements Mirror<Excel.TableCollection, "add" | "getItem" | "getItemOrNullObject" | "items" | "load">
{
  protected readonly loadable = ["items/name"] as const;

  /** `scope` null: the workbook's collection; otherwise a worksheet's. */
  constructor(
    core: FakeContextCore,
    private readonly scope: (() => SheetState | null) | null,
  ) {
    super(
      core,
      () => {
        const sheet = scope ? scope() : null;
        return scope && !sheet ? null : { sheet };
      },
      "TableCollection",
      scope ? undefined : { sheet: null },
    );
  }

  protected snapshot(): unknown {
    return this.visible().map((t) => t.name);
  }

  private visible(): TableState[] {
    const wb = this.core.host.workbook;
    const { sheet } = this.target();
    return sheet ? wb.tablesOn(sheet) : wb.tables;
  }

  get items(): FakeTable[] {
    return this.read<string[]>("items/name").map((n) => {
      const t = this.core.host.workbook.findTable(n)!;
      return new FakeTable(this.core, () => t, t).preload("name", n);
    });
  }

  add(address: Excel.Range | string, hasHeaders: boolean): FakeTable {
    if (!hasHeaders) throw new Error("fake: tables.add(…, false) is not supported; write the header row first");
    const holder: { t: TableState | null } = { t: null };
    this.write("add", { address: typeof address === "string" ? address : null, hasHeaders }, ({ sheet }) => {
      const wb = this.core.host.workbook;
      let target: RangeTarget;
      if (typeof address === "string") {
        const home = sheet ?? wb.active;
        target = rangeOn(home, address, (n) => wb.sheetOrThrow(n));
      } else {
        target = (address as unknown as FakeRange).resolveTarget();
      }
      const rect: Rect = { ...target.rect, rowCount: Math.max(2, target.rect.rowCount) };
      normaliseHeaders(target.sheet, rect);
      holder.t = wb.addTable(target.sheet, rect);
    });
    return new FakeTable(this.core, () => holder.t);
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.core, () => this.find(key) ?? fail("ItemNotFound", `The table '${key}' does not exist.`));
  }

  getItemOrNullObject(key: string): FakeTable {
    this.core.requireVersion("TableCollection.getItemOrNullObject", this.scope ? "1.14" : "1.4");
    return new FakeTable(this.core, () => this.find(key) ?? null);
  }

  private find(key: string): TableState | undefined {
    const t = this.core.host.workbook.findTable(key);
    const { sheet } = this.target();
    if (t && sheet && t.sheet !== sheet) return undefined;
    return t;
  }
}

/** Excel makes header cells unique, non-blank text. */
function normaliseHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let j = 0; j < rect.columnCount; j++) {
    const cell = sheet.cell(rect.row, rect.column + j);
    let text = cell.formula !== null ? "" : String(cell.value).trim();
    if (text === "") text = `Column${j + 1}`;
    let unique = text;
    for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${text}${n}`;
    seen.add(unique.toLowerCase());
    sheet.setCell(rect.row, rect.column + j, { value: unique, formula: null, numberFormat: cell.numberFormat });
  }
}

type TableMembers =
  | "name"
  | "style"
  | "getRange"
  | "getDataBodyRange"
  | "getHeaderRowRange"
  | "rows"
  | "columns"
  | "worksheet"
  | "delete"
  | "showTotals"
  | "isNullObject"
  | "load";

export class FakeTable extends FakeProxy<TableState> implements Mirror<Excel.Table, TableMembers> {
  protected readonly loadable = ["name", "style", "showTotals"] as const;

  constructor(core: FakeContextCore, resolver: () => TableState | null, known?: TableState) {
    super(core, resolver, "Table", known);
  }

  /** For PivotTables built on the table: its state at sync time. */
  resolveTable(): TableState {
    return this.target();
  }

  protected snapshot(property: string, t: TableState): unknown {
    if (property === "showTotals") return t.showTotals === true;
    return property === "name" ? t.name : t.style;
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  /**
   * As in Excel: the total row takes the row below the data ("Total" in the first column, a SUBTOTAL
   * count in the last); it needs that row empty within the table's columns. Turning it off clears it.
   */
  set showTotals(show: boolean) {
    this.write("showTotals", show, (t) => {
      if ((t.showTotals === true) === show) return;
      const { sheet, rect } = t;
      if (show) {
        const below = rect.row + rect.rowCount;
        for (let j = 0; j < rect.columnCount; j++) {
          const cell = sheet.cell(below, rect.column + j);
          if (cell.value !== "" || cell.formula !== null) fail("InvalidOperation", "The total row would overwrite cells below the table.");
        }
        const last = rect.column + rect.columnCount - 1;
        const header = String(sheet.cell(rect.row, last).value);
        sheet.setCell(below, rect.column, { value: "Total", formula: null, numberFormat: "General" });
        sheet.setCell(below, last, { value: dataRowCount(t), formula: `=SUBTOTAL(103,${t.name}[${header}])`, numberFormat: "General" });
        t.rect = { ...rect, rowCount: rect.rowCount + 1 };
      } else {
        const total = rect.row + rect.rowCount - 1;
        for (let j = 0; j < rect.columnCount; j++) sheet.setCell(total, rect.column + j, { value: "", formula: null, numberFormat: "General" });
        t.rect = { ...rect, rowCount: rect.rowCount - 1 };
      }
      t.showTotals = show;
    });
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (t) => this.core.host.workbook.renameTable(t, name));
  }

  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.write("style", style, (t) => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style)) fail("InvalidArgument", `'${style}' is not a table style.`);
      t.style = style;
    });
  }

  private part(pick: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: pick(t.rect) };
    });
  }

  getRange(): FakeRange {
    return this.part((r) => r);
  }

  getDataBodyRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + 1, rowCount: dataRowCount(t) } };
    });
  }

  getHeaderRowRange(): FakeRange {
    return this.part((r) => ({ ...r, rowCount: 1 }));
  }

  get rows(): FakeTableRowCollection {
    return new FakeTableRowCollection(this.core, () => this.targetOrNull());
  }

  get columns(): FakeTableColumnCollection {
    return new FakeTableColumnCollection(this.core, () => this.targetOrNull());
  }

  get worksheet(): FakeWorksheet {
    return this.core.worksheetOf(() => this.targetOrNull()?.sheet ?? null);
  }

  delete(): void {
    this.write("delete", undefined, (t) => {
      this.core.host.workbook.removeTable(t);
    });
  }
}

export class FakeTableRowCollection extends FakeProxy<TableState> implements Mirror<Excel.TableRowCollection, "add" | "count" | "load"> {
  protected readonly loadable = ["count"] as const;

  constructor(core: FakeContextCore, parent: () => TableState | null) {
    super(core, parent, "TableRowCollection");
  }

  protected snapshot(_: string, t: TableState): unknown {
    return dataRowCount(t);
  }

  get count(): number {
    return this.read("count");
  }

  /** Appends (index null/undefined) or inserts rows; new rows take the formats and validation of the row above, as in Excel. */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, alwaysInsert?: boolean): unknown {
    void alwaysInsert;
    this.write("add", { index: index ?? null, values: values ?? null }, (t) => {
      const { sheet, rect } = t;
      const body = dataRowCount(t);
      const at = index === undefined || index === null ? body : index;
      if (!(at >= 0 && at <= body)) fail("InvalidArgument", "The row index is out of range.");
      const rows = values === undefined ? [new Array(rect.columnCount).fill("")] : expandToShape(values, Array.isArray(values) ? values.length : 1, rect.columnCount, "rows.add");
      const count = rows.length;
      const firstNew = rect.row + 1 + at;
      const template = firstNew - 1;
      sheet.insertRows(firstNew, count, rect);
      for (let i = 0; i < count; i++) {
        for (let j = 0; j < rect.columnCount; j++) {
          const r = firstNew + i;
          const c = rect.column + j;
          const above = sheet.cell(template, c);
          if (template > rect.row) {
            sheet.setCell(r, c, { value: "", formula: null, numberFormat: above.numberFormat });
            const style = sheet.style(template, c);
            if (Object.keys(style).length > 0) sheet.patchStyle(r, c, style);
            sheet.setValidation(r, c, sheet.validationAt(template, c));
          }
          writeEntry(sheet, r, c, rows[i][j], this.core.host.evaluate, this.core.host.knownTable());
        }
      }
      for (const cf of sheet.conditionalFormats) {
        const last = cf.rect.row + cf.rect.rowCount - 1;
        if (cf.rect.row <= template && last >= template && last < firstNew + count) cf.rect = { ...cf.rect, rowCount: cf.rect.rowCount + count };
      }
      t.rect = { ...rect, rowCount: rect.rowCount + count };
    });
    return undefined;
  }
}

export class FakeTableColumnCollection
  extends FakeProxy<TableState>
  implements Mirror<Excel.TableColumnCollection, "add" | "getItem" | "getItemAt" | "items" | "load">
{
  protected readonly loadable = ["items/name"] as const;
  constructor(core: FakeContextCore, parent: () => TableState | null) {
    super(core, parent, "TableColumnCollection");
  }
  protected snapshot(_: string, t: TableState): unknown {
    return headers(t);
  }
  get items(): FakeTableColumn[] {
    return this.read<string[]>("items/name").map((n, i) => {
      const t = this.targetOrNull()!;
      return new FakeTableColumn(this.core, () => ({ table: t, index: i }), { table: t, index: i }).preload("name", n);
    });
  }
  /**
   * Appends a column at the table's right edge (index null/undefined only: inserting inside is not
   * modelled). `values` holds the header then one entry per data row (and the total row when shown),
   * as Excel requires; a name given or the header taken from `values` must not repeat another column's.
   */
  add(index?: number, values?: Array<Array<boolean | string | number>> | boolean | string | number, name?: string): FakeTableColumn {
    this.write("add", { index: index ?? null, values: values ?? null, name: name ?? null }, (t) => {
      if (index !== undefined && index !== null && index !== t.rect.columnCount) fail("InvalidArgument", "fake: columns.add only appends (index null)");
      const column = t.rect.column + t.rect.columnCount;
      const { sheet, rect } = t;
      const rows = values === undefined ? [[name ?? ""]] : expandToShape(values, rect.rowCount, 1, "columns.add");
      const header = name ?? String(rows[0][0]);
      if (headers(t).some((h) => h.toLowerCase() === header.toLowerCase())) fail("InvalidArgument", `The table already has a column '${header}'.`);
      for (let r = 0; r < rect.rowCount; r++) {
        if (sheet.cell(rect.row + r, column).value !== "" || sheet.cell(rect.row + r, column).formula) fail("InvalidOperation", "fake: the column right of the table is not empty");
      }
      writeEntry(sheet, rect.row, column, header, this.core.host.evaluate, this.core.host.knownTable());
      for (let r = 1; r < rows.length; r++) writeEntry(sheet, rect.row + r, column, rows[r][0], this.core.host.evaluate, this.core.host.knownTable());
      t.rect = { ...rect, columnCount: rect.columnCount + 1 };
    });
    const at = () => this.target();
    return new FakeTableColumn(this.core, () => ({ table: at(), index: at().rect.columnCount - 1 }));
  }

  getItem(key: number | string): FakeTableColumn {
    return new FakeTableColumn(this.core, () => {
      const table = this.target();
      const index = typeof key === "number" ? key : headers(table).findIndex((h) => h.toLowerCase() === key.toLowerCase());
      if (index < 0 || index >= table.rect.columnCount) fail("ItemNotFound", `The table has no column '${key}'.`);
      return { table, index };
    });
  }
  getItemAt(index: number): FakeTableColumn {
    return new FakeTableColumn(this.core, () => {
      const table = this.target();
      if (!(index >= 0 && index < table.rect.columnCount)) fail("InvalidArgument", "Column index out of range.");
      return { table, index };
    });
  }
}

function headers(t: TableState): string[] {
  return Array.from({ length: t.rect.columnCount }, (_, j) => String(t.sheet.cell(t.rect.row, t.rect.column + j).value));
}

interface ColumnTarget {
  table: TableState;
  index: number;
}

export class FakeTableColumn extends FakeProxy<ColumnTarget> implements Mirror<Excel.TableColumn, "name" | "index" | "getDataBodyRange" | "getRange" | "load"> {
  protected readonly loadable = ["name", "index"] as const;
  constructor(core: FakeContextCore, resolver: () => ColumnTarget | null, known?: ColumnTarget) {
    super(core, resolver, "TableColumn", known);
  }
  protected snapshot(property: string, { table, index }: ColumnTarget): unknown {
    return property === "index" ? index : headers(table)[index];
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  getDataBodyRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const { table, index } = this.target();
      const r = table.rect;
      return { sheet: table.sheet, rect: { row: r.row + 1, column: r.column + index, rowCount: dataRowCount(table), columnCount: 1 } };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.core, () => {
      const { table, index } = this.target();
      const r = table.rect;
      return { sheet: table.sheet, rect: { row: r.row, column: r.column + index, rowCount: r.rowCount, columnCount: 1 } };
    });
  }
}
