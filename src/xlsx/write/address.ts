// A1 ranges to row/column bounds (1-based), for iterating a plan's ranges over ExcelJS cells.

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function decodeCell(address: string): { row: number; column: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`Not an A1 cell address: ${address}`);
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

export function decodeRange(range: string): Bounds {
  const [start, end = start] = range.split(":");
  const a = decodeCell(start);
  const b = decodeCell(end);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
