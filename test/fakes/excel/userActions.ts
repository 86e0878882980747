// What users do to a tracker between two commands, as Excel does it: insert a column inside the
// table, move a column, sort the table. Test set-up only (outside any request). Formula text is left
// as written, as Excel leaves structured references; relative A1 references are not re-pointed (the
// fake does not parse formulas), so code that writes A1 letters into the table shows up as wrong.
import { MAX_COLUMNS } from "./address";
import { fail } from "./errors";
import { dataRowCount, type SheetState, type TableState, type WorkbookState } from "./state";

/** Inserts a blank column before 0-based `at`, shifting cells, styles, rules and widths right; a table it cuts through grows with a header "Column1". */
export function insertColumn(workbook: WorkbookState, sheet: SheetState, at: number): void {
  shiftColumns(sheet, at, 1);
  for (const table of workbook.tablesOn(sheet)) {
    const r = table.rect;
    if (at <= r.column) r.column++;
    else if (at < r.column + r.columnCount) {
      r.columnCount++;
      let n = 1;
      const headers = new Set(Array.from({ length: r.columnCount }, (_, j) => String(sheet.cell(r.row, r.column + j).value).toLowerCase()));
      while (headers.has(`column${n}`)) n++;
      sheet.setCell(r.row, at, { value: `Column${n}`, formula: null, numberFormat: "General" });
    }
  }
  for (const cf of sheet.conditionalFormats) {
    if (at <= cf.rect.column) cf.rect.column++;
    else if (at < cf.rect.column + cf.rect.columnCount) cf.rect.columnCount++;
  }
}

/** Deletes the sheet column `at` (0-based), shifting cells left; a table loses that column. */
export function deleteColumn(workbook: WorkbookState, sheet: SheetState, at: number): void {
  for (const map of [sheet.cells, sheet.styles, sheet.validation] as Map<number, unknown>[]) {
    for (const k of [...map.keys()]) if (k % MAX_COLUMNS === at) map.delete(k);
  }
  shiftColumns(sheet, at + 1, -1);
  for (const table of workbook.tablesOn(sheet)) {
    const r = table.rect;
    if (at < r.column) r.column--;
    else if (at < r.column + r.columnCount) r.columnCount--;
  }
}

/** Moves the table column `from` (0-based on the sheet) to stand before column `to`, inside one table, as cut and insert does. */
export function moveColumn(workbook: WorkbookState, sheet: SheetState, from: number, to: number): void {
  const table = workbook.tablesOn(sheet).find((t) => from >= t.rect.column && from < t.rect.column + t.rect.columnCount);
  if (!table || to < table.rect.column || to > table.rect.column + table.rect.columnCount) fail("InvalidArgument", "fake: moveColumn stays inside one table");
  const order = Array.from({ length: table.rect.columnCount }, (_, j) => table.rect.column + j);
  order.splice(order.indexOf(from), 1);
  order.splice(to > from ? to - 1 - table.rect.column : to - table.rect.column, 0, from);
  permute(sheet, table, order, null);
}

/** Sorts the table's data rows by the column headed `header` (text order, blanks last), as Data > Sort does. */
export function sortTable(sheet: SheetState, table: TableState, header: string, descending = false): void {
  const r = table.rect;
  const column = Array.from({ length: r.columnCount }, (_, j) => r.column + j).find((c) => String(sheet.cell(r.row, c).value) === header);
  if (column === undefined) fail("InvalidArgument", `fake: no column '${header}'`);
  const rows = Array.from({ length: dataRowCount(table) }, (_, i) => r.row + 1 + i);
  const value = (row: number) => sheet.cell(row, column!).value;
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return descending ? -c : c;
  });
  permute(sheet, table, null, sorted);
}

function shiftColumns(sheet: SheetState, at: number, count: number): void {
  for (const map of [sheet.cells, sheet.styles, sheet.validation] as Map<number, unknown>[]) {
    const moving = [...map.entries()].filter(([k]) => k % MAX_COLUMNS >= at);
    for (const [k] of moving) map.delete(k);
    for (const [k, v] of moving) map.set(k + count, v);
  }
  const widths = [...sheet.columnWidths.entries()].filter(([c]) => c >= at);
  for (const [c] of widths) sheet.columnWidths.delete(c);
  for (const [c, w] of widths) sheet.columnWidths.set(c + count, w);
}

/** Rewrites the table's cells: column j takes old column `columns[j]`, data row i takes old row `rows[i]`. */
function permute(sheet: SheetState, table: TableState, columns: number[] | null, rows: number[] | null): void {
  const r = table.rect;
  const key = (row: number, column: number) => row * MAX_COLUMNS + column;
  for (const map of [sheet.cells, sheet.styles, sheet.validation] as Map<number, unknown>[]) {
    const old = new Map(map);
    for (let i = 0; i < r.rowCount; i++) {
      const row = r.row + i;
      const source = rows && i > 0 && i <= rows.length ? rows[i - 1] : row;
      for (let j = 0; j < r.columnCount; j++) {
        const column = r.column + j;
        const from = key(source, columns ? columns[j] : column);
        if (old.has(from)) map.set(key(row, column), old.get(from));
        else map.delete(key(row, column));
      }
    }
  }
}
