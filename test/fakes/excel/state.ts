// The workbook behind the fake: what Excel would hold after each sync. Proxies read and write it only
// inside context.sync(); tests inspect it through FakeExcelHost.
import { type Rect, formatAddress, intersects, MAX_COLUMNS } from "./address";
import { fail } from "./errors";
import { breakTableReferences } from "./values";

export type Scalar = string | number | boolean;

export interface CellState {
  /** "" for an empty cell; the computed value of a formula cell. */
  value: Scalar;
  /** Invariant English formula ("=..."), or null for a constant. */
  formula: string | null;
  numberFormat: string;
}

export interface CellStyle {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  horizontal?: string;
}

export interface ValidationState {
  rule: Excel.DataValidationRule;
  errorAlert: Partial<Excel.DataValidationErrorAlert>;
  ignoreBlanks: boolean;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export interface ChartState {
  name: string;
  type: string;
  /** Sheet-qualified address of the source data. */
  source: string;
  seriesBy: string;
  title: string;
  position: { start: string; end: string | null } | null;
}

export interface TableState {
  name: string;
  sheet: SheetState;
  /** Header row included, and the total row when `showTotals`. */
  rect: Rect;
  style: string;
  /** A total row below the data (Table.showTotals): rows.add inserts above it. */
  showTotals?: boolean;
}

/** Data rows of a table: without its header and its total row. */
export function dataRowCount(t: TableState): number {
  return t.rect.rowCount - 1 - (t.showTotals ? 1 : 0);
}

export interface NameState {
  name: string;
  /** As given, e.g. "='Danh mục'!$B$3". */
  reference: string;
}

const key = (row: number, column: number): number => row * MAX_COLUMNS + column;
export const EMPTY: CellState = Object.freeze({ value: "", formula: null, numberFormat: "General" }) as CellState;

export class SheetState {
  readonly cells = new Map<number, CellState>();
  readonly styles = new Map<number, CellStyle>();
  readonly validation = new Map<number, ValidationState>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];
  freeze: { rows: number; columns: number } | null = null;
  tabColor = "";
  /** Hidden sheets keep their cells; "VeryHidden" cannot be unhidden from Excel's menus. */
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";

  constructor(public name: string) {}

  cell(row: number, column: number): CellState {
    return this.cells.get(key(row, column)) ?? EMPTY;
  }

  setCell(row: number, column: number, cell: CellState): void {
    if (cell.value === "" && cell.formula === null && cell.numberFormat === "General") this.cells.delete(key(row, column));
    else this.cells.set(key(row, column), cell);
  }

  style(row: number, column: number): CellStyle {
    return this.styles.get(key(row, column)) ?? {};
  }

  patchStyle(row: number, column: number, patch: CellStyle): void {
    const k = key(row, column);
    this.styles.set(k, { ...this.styles.get(k), ...patch });
  }

  validationAt(row: number, column: number): ValidationState | undefined {
    return this.validation.get(key(row, column));
  }

  setValidation(row: number, column: number, v: ValidationState | undefined): void {
    if (v) this.validation.set(key(row, column), v);
    else this.validation.delete(key(row, column));
  }

  /** Bounding box of cells holding a value or formula (formatting alone does not count). */
  usedRect(): Rect | null {
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = -1;
    let c2 = -1;
    for (const k of this.cells.keys()) {
      const cell = this.cells.get(k)!;
      if (cell.value === "" && cell.formula === null) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      r1 = Math.min(r1, row);
      c1 = Math.min(c1, column);
      r2 = Math.max(r2, row);
      c2 = Math.max(c2, column);
    }
    if (r2 < 0) return null;
    return { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
  }

  /** Removes rows `at`…`at + count - 1` within the columns of `span`, shifting cells below up (Range.delete "Up"). */
  deleteRows(at: number, count: number, span: Rect): void {
    const column = (k: number) => k % MAX_COLUMNS;
    const row = (k: number) => Math.floor(k / MAX_COLUMNS);
    const inColumns = (k: number) => column(k) >= span.column && column(k) < span.column + span.columnCount;
    for (const map of [this.cells, this.styles, this.validation] as Map<number, unknown>[]) {
      for (const k of [...map.keys()]) if (inColumns(k) && row(k) >= at && row(k) < at + count) map.delete(k);
      const moving = [...map.entries()].filter(([k]) => inColumns(k) && row(k) >= at + count);
      for (const [k] of moving) map.delete(k);
      for (const [k, v] of moving) map.set(k - count * MAX_COLUMNS, v);
    }
  }

  /** Inserts `count` blank rows at `at` within the columns of `span`, shifting cells below down (table growth). */
  insertRows(at: number, count: number, span: Rect): void {
    const inSpan = (k: number): boolean => {
      const column = k % MAX_COLUMNS;
      return Math.floor(k / MAX_COLUMNS) >= at && column >= span.column && column < span.column + span.columnCount;
    };
    for (const map of [this.cells, this.styles, this.validation] as Map<number, unknown>[]) {
      const moving = [...map.entries()].filter(([k]) => inSpan(k));
      for (const [k] of moving) map.delete(k);
      for (const [k, v] of moving) map.set(k + count * MAX_COLUMNS, v);
    }
  }
}

export interface Selection {
  sheet: SheetState;
  rect: Rect;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  names: NameState[] = [];
  active: SheetState;
  selection: Selection;
  private chartCounter = 0;

  constructor() {
    this.active = this.addSheet("Sheet1");
    this.selection = { sheet: this.active, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
  }

  findSheet(name: string): SheetState | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetOrThrow(name: string): SheetState {
    return this.findSheet(name) ?? fail("ItemNotFound", `The worksheet '${name}' does not exist.`);
  }

  addSheet(name: string): SheetState {
    checkSheetName(name);
    if (this.findSheet(name)) fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    const sheet = new SheetState(name);
    this.sheets.push(sheet);
    return sheet;
  }

  renameSheet(sheet: SheetState, name: string): void {
    checkSheetName(name);
    const other = this.findSheet(name);
    if (other && other !== sheet) fail("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
    // Excel rewrites every defined name that points at the sheet.
    for (const item of this.names) item.reference = retargetReference(item.reference, sheet.name, name);
    sheet.name = name;
  }

  deleteSheet(sheet: SheetState): void {
    const visible = this.sheets.filter((s) => s !== sheet);
    if (visible.length === 0) fail("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = visible;
    for (const table of this.tables.filter((t) => t.sheet === sheet)) this.removeTable(table);
    // Names that pointed at the deleted sheet stay, as #REF! (a sheet added later under that name is not theirs).
    for (const item of this.names) item.reference = retargetReference(item.reference, sheet.name, null);
    if (this.active === sheet) this.active = visible[0];
    if (this.selection.sheet === sheet) this.selection = { sheet: this.active, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
  }

  /** Deletes a table: formulas elsewhere naming it become #REF!, as in Excel (a later table of that name is not theirs). */
  removeTable(table: TableState): void {
    this.tables = this.tables.filter((t) => t !== table);
    for (const sheet of this.sheets) {
      for (const [k, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        const broken = breakTableReferences(cell.formula, table.name);
        if (broken !== null) sheet.cells.set(k, { ...cell, formula: broken, value: "#REF!" });
      }
    }
  }

  findTable(name: string): TableState | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === wanted);
  }

  addTable(sheet: SheetState, rect: Rect): TableState {
    if (this.tables.some((t) => t.sheet === sheet && intersects(t.rect, rect))) {
      fail("InvalidArgument", "A table can't overlap another table.");
    }
    let n = this.tables.length + 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableState = { name: `Table${n}`, sheet, rect, style: "TableStyleMedium2" };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    checkDefinedName(name);
    const clash = this.findTable(name);
    if ((clash && clash !== table) || this.findName(name)) fail("ItemAlreadyExists", `The name '${name}' is already used.`);
    table.name = name;
  }

  findName(name: string): NameState | undefined {
    const wanted = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === wanted);
  }

  addName(name: string, reference: string): NameState {
    checkDefinedName(name);
    if (this.findName(name) || this.findTable(name)) fail("ItemAlreadyExists", `The name '${name}' already exists.`);
    const item = { name, reference };
    this.names.push(item);
    return item;
  }

  nextChartName(): string {
    this.chartCounter++;
    return `Chart ${this.chartCounter}`;
  }

  tablesOn(sheet: SheetState): TableState[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  addressOf(sheet: SheetState, rect: Rect): string {
    return formatAddress(sheet.name, rect);
  }
}

/** Excel's rules for worksheet names. */
export function checkSheetName(name: string): void {
  if (typeof name !== "string" || name.trim() === "") fail("InvalidArgument", "A worksheet name can't be blank.");
  if (name.length > 31) fail("InvalidArgument", `The worksheet name '${name}' is longer than 31 characters.`);
  if (/[[\]:*?/\\]/.test(name)) fail("InvalidArgument", `The worksheet name '${name}' contains a character Excel does not allow.`);
  if (name.startsWith("'") || name.endsWith("'")) fail("InvalidArgument", "A worksheet name can't begin or end with an apostrophe.");
  if (name.toLowerCase() === "history") fail("InvalidArgument", "'History' is a reserved worksheet name.");
}

/** Defined names and table names: a letter, _ or \ first; letters, digits, _ and . after; not a cell reference. */
export function checkDefinedName(name: string): void {
  const ok =
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= 255 &&
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[RrCc]$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  if (!ok) fail("InvalidArgument", `'${name}' is not a valid name.`);
}

/** A name's reference after its sheet `from` is renamed to `to`, or deleted (`to` null: "=#REF!$A$1"). */
export function retargetReference(reference: string, from: string, to: string | null): string {
  const quoted = `'${from.replace(/'/g, "''")}'!`;
  const bare = `${from}!`;
  const replacement = to === null ? "#REF!" : `'${to.replace(/'/g, "''")}'!`;
  const lower = reference.toLowerCase();
  let out = reference;
  for (const form of [quoted, bare]) {
    const at = lower.indexOf(form.toLowerCase());
    if (at >= 0 && (at === 0 || /[=,(:\s]/.test(reference[at - 1]))) {
      out = reference.slice(0, at) + replacement + reference.slice(at + form.length);
      break;
    }
  }
  return out;
}
