// A1 addresses as Excel writes them: "B3", "A1:R41", "'Nhiệm vụ'!$A$2:$A$9", whole columns "M:M" and rows "2:2".
// Pure TS: the browser test bundles this fake.

/** Excel's grid limits (rows and columns are 0-based here). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'Sheet name'!A1:B2" into the sheet (unquoted, or null) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** A local A1 address (no sheet) to a rectangle, or null when it is not one. */
export function parseLocal(local: string): Rect | null {
  const parts = local.trim().split(":");
  if (parts.length === 1) {
    const m = CELL.exec(parts[0]);
    if (!m) return null;
    return checked({ row: Number(m[2]) - 1, column: columnIndex(m[1]), rowCount: 1, columnCount: 1 });
  }
  if (parts.length !== 2) return null;
  const [a, b] = parts;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r1 = Number(ca[2]) - 1;
    const r2 = Number(cb[2]) - 1;
    const c1 = columnIndex(ca[1]);
    const c2 = columnIndex(cb[1]);
    return checked({
      row: Math.min(r1, r2),
      column: Math.min(c1, c2),
      rowCount: Math.abs(r2 - r1) + 1,
      columnCount: Math.abs(c2 - c1) + 1,
    });
  }
  const ka = COLUMN.exec(a);
  const kb = COLUMN.exec(b);
  if (ka && kb) {
    const c1 = columnIndex(ka[1]);
    const c2 = columnIndex(kb[1]);
    return checked({ row: 0, column: Math.min(c1, c2), rowCount: MAX_ROWS, columnCount: Math.abs(c2 - c1) + 1 });
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]) - 1;
    const r2 = Number(rb[1]) - 1;
    return checked({ row: Math.min(r1, r2), column: 0, rowCount: Math.abs(r2 - r1) + 1, columnCount: MAX_COLUMNS });
  }
  return null;
}

function checked(rect: Rect): Rect | null {
  if (rect.row < 0 || rect.column < 0) return null;
  if (rect.row + rect.rowCount > MAX_ROWS || rect.column + rect.columnCount > MAX_COLUMNS) return null;
  return rect;
}

/** "A1" or "A1:B2" (Excel collapses a one-cell range to its cell). */
export function formatLocal(rect: Rect): string {
  const tl = `${columnLetter(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return tl;
  return `${tl}:${columnLetter(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

/** Sheet-qualified, quoted the way Excel quotes names with spaces or non-ASCII letters. */
export function formatAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${formatLocal(rect)}`;
}

export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}
