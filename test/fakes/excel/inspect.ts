// What tests look at after the adapter ran: the grid, formats, rules, tables and names, as plain data.
import { columnIndex, formatLocal, parseLocal, type Rect } from "./address";
import { fail } from "./errors";
import { dataRowCount, type CellStyle, type ChartState, type Scalar, type SheetState, type ValidationState, type WorkbookState } from "./state";
import { writeEntry, type Evaluate } from "./values";
import { pageLayoutOf, pivotsOf, type PageLayoutState, type PivotState } from "./pivot";

function rectOf(address: string): Rect {
  return parseLocal(address) ?? fail("InvalidArgument", `fake: bad address '${address}'`);
}

export interface ValidationView extends ValidationState {
  /** Bounding box of the cells sharing this rule. */
  address: string;
  cells: number;
}

export interface ConditionalFormatView {
  address: string;
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
  stopIfTrue: boolean;
}

export class SheetView {
  constructor(
    readonly state: SheetState,
    private readonly evaluate: Evaluate,
  ) {}

  get name(): string {
    return this.state.name;
  }

  private grid<V>(address: string | undefined, at: (row: number, column: number) => V): V[][] {
    const rect = address ? rectOf(address) : this.state.usedRect();
    if (!rect) return [];
    return Array.from({ length: rect.rowCount }, (_, i) => Array.from({ length: rect.columnCount }, (_, j) => at(rect.row + i, rect.column + j)));
  }

  /** Values as Excel would return them (formula cells give their computed value); default: the used range. */
  values(address?: string): Scalar[][] {
    return this.grid(address, (r, c) => this.state.cell(r, c).value);
  }

  /** Formulas where there are any, constants otherwise (Range.formulas). */
  formulas(address?: string): Scalar[][] {
    return this.grid(address, (r, c) => this.state.cell(r, c).formula ?? this.state.cell(r, c).value);
  }

  numberFormats(address?: string): string[][] {
    return this.grid(address, (r, c) => this.state.cell(r, c).numberFormat);
  }

  styles(address: string): CellStyle[][] {
    return this.grid(address, (r, c) => this.state.style(r, c));
  }

  cell(address: string): { value: Scalar; formula: string | null; numberFormat: string; style: CellStyle; validation: ValidationState | undefined } {
    const { row, column } = rectOf(address);
    return { ...this.state.cell(row, column), style: this.state.style(row, column), validation: this.state.validationAt(row, column) };
  }

  usedAddress(): string | null {
    const rect = this.state.usedRect();
    return rect ? formatLocal(rect) : null;
  }

  /** Width in points, or undefined when never set. */
  columnHidden(column: string | number): boolean {
    return this.state.hiddenColumns.has(typeof column === "number" ? column : columnIndex(column));
  }

  columnWidth(column: string | number): number | undefined {
    return this.state.columnWidths.get(typeof column === "number" ? column : columnIndex(column));
  }

  validations(): ValidationView[] {
    const boxes = new Map<ValidationState, { r1: number; c1: number; r2: number; c2: number; n: number }>();
    for (const [k, v] of this.state.validation) {
      const row = Math.floor(k / 16_384);
      const column = k % 16_384;
      const b = boxes.get(v);
      if (!b) boxes.set(v, { r1: row, c1: column, r2: row, c2: column, n: 1 });
      else {
        b.r1 = Math.min(b.r1, row);
        b.c1 = Math.min(b.c1, column);
        b.r2 = Math.max(b.r2, row);
        b.c2 = Math.max(b.c2, column);
        b.n++;
      }
    }
    return [...boxes].map(([v, b]) => ({
      ...v,
      address: formatLocal({ row: b.r1, column: b.c1, rowCount: b.r2 - b.r1 + 1, columnCount: b.c2 - b.c1 + 1 }),
      cells: b.n,
    }));
  }

  conditionalFormats(): ConditionalFormatView[] {
    return this.state.conditionalFormats.map((cf) => ({
      address: formatLocal(cf.rect),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
      stopIfTrue: cf.stopIfTrue,
    }));
  }

  get freeze(): { rows: number; columns: number } | null {
    return this.state.freeze;
  }

  get tabColor(): string {
    return this.state.tabColor;
  }

  get pivots(): readonly PivotState[] {
    return pivotsOf(this.state);
  }

  get pageLayout(): PageLayoutState {
    return pageLayoutOf(this.state);
  }

  get charts(): readonly ChartState[] {
    return this.state.charts;
  }

  /** Types into cells as a user would (same coercions as Range.values): for setting up a test. */
  type(topLeft: string, rows: unknown[][]): void {
    const { row, column } = rectOf(topLeft);
    rows.forEach((r, i) => r.forEach((v, j) => writeEntry(this.state, row + i, column + j, v, this.evaluate)));
  }
}

export interface TableView {
  name: string;
  sheet: string;
  address: string;
  style: string;
  headers: string[];
  rowCount: number;
}

export function tableViews(workbook: WorkbookState): TableView[] {
  return workbook.tables.map((t) => ({
    name: t.name,
    sheet: t.sheet.name,
    address: formatLocal(t.rect),
    style: t.style,
    headers: Array.from({ length: t.rect.columnCount }, (_, j) => String(t.sheet.cell(t.rect.row, t.rect.column + j).value)),
    rowCount: dataRowCount(t),
  }));
}

export function selectionView(workbook: WorkbookState): { sheet: string; address: string; active: string } {
  const { sheet, rect } = workbook.selection;
  return { sheet: sheet.name, address: formatLocal(rect), active: workbook.active.name };
}

