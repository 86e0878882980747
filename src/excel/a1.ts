// A1 addresses as Excel returns them ("'Nhiệm vụ'!A1:R41") to rectangles and back.
import { columnIndex, columnLetter } from "../workbook/a1";

export interface Rect {
  /** 0-based. */
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B3", "A1:R41", with or without a sheet and $ signs; null when it is not a cell or cell range. */
export function parseRange(address: string): Rect | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const [a, b = a] = local.split(":");
  const ma = CELL.exec(a);
  const mb = CELL.exec(b);
  if (!ma || !mb || local.split(":").length > 2) return null;
  const r1 = Number(ma[2]) - 1;
  const r2 = Number(mb[2]) - 1;
  const c1 = columnIndex(ma[1]);
  const c2 = columnIndex(mb[1]);
  if (r1 < 0 || r2 < 0) return null;
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
}

export function rectAddress(rect: Rect): string {
  const start = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return start;
  return `${start}:${columnLetter(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export { columnLetter };
