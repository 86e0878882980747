// A sheet's rows and cells as ExcelJS stores them: only those that exist, in order. ExcelJS's own
// getRow(r)/getCell(c) create every row and cell they are asked for, so walking to worksheet.rowCount
// turns one cell at XFD1048576 into a million rows and gigabytes; these never create anything.
import type ExcelJS from "exceljs";

type StoredRows = (ExcelJS.Row | undefined)[];
type StoredCells = (ExcelJS.Cell | undefined)[];

/** Each stored row numbered from..to (inclusive), in order. */
export function storedRows(worksheet: ExcelJS.Worksheet, from = 1, to = Infinity): ExcelJS.Row[] {
  const rows = (worksheet as unknown as { _rows: StoredRows })._rows;
  const out: ExcelJS.Row[] = [];
  // forEach skips the holes of a sparse array: the cost is the rows stored, not the last row's number.
  rows.forEach((row, i) => {
    if (row && i + 1 >= from && i + 1 <= to) out.push(row);
  });
  return out;
}

/** The value of a stored cell, or null; never creates the cell. */
export function storedValue(row: ExcelJS.Row | undefined, column: number): ExcelJS.CellValue {
  return row ? (storedCell(row, column)?.value ?? null) : null;
}

export function storedCell(row: ExcelJS.Row, column: number): ExcelJS.Cell | undefined {
  return (row as unknown as { _cells: StoredCells })._cells[column - 1];
}

/** Each stored cell of a row holding a value or a note, with its 1-based column. */
export function storedCells(row: ExcelJS.Row): { cell: ExcelJS.Cell; column: number }[] {
  const out: { cell: ExcelJS.Cell; column: number }[] = [];
  (row as unknown as { _cells: StoredCells })._cells.forEach((cell, i) => {
    if (cell) out.push({ cell, column: i + 1 });
  });
  return out;
}

/** Number of the last stored row with a value (0 for an empty sheet). */
export function lastValueRow(worksheet: ExcelJS.Worksheet): number {
  let last = 0;
  for (const row of storedRows(worksheet)) if (row.hasValues) last = row.number;
  return last;
}
