// A column whose every row holds one and the same formula (Đánh giá and the helper columns, written
// with structured references) goes to Excel as that one formula over the column's range instead of
// once per row: Range.formulas takes a single value for a whole range (documented on Excel.Range;
// only the TypeScript typings want a 2-D array). At 10,000 rows that is most of the request bytes.
import type { ExcelInput } from "./cellInput";

/**
 * True when the formula names no cell by its position (A1, $B$7): written to many cells at once Excel
 * would shift such a reference row by row, so only formulas of names and structured references qualify.
 */
export function isPositionFree(formula: string): boolean {
  let rest = formula.replace(/"(?:[^"]|"")*"/g, '""');
  // Structured references nest one level: BangNhiemVu[[#This Row],[Mã NV]].
  for (let i = 0; i < 3; i++) rest = rest.replace(/\[[^[\]]*\]/g, "[]");
  return !/(^|[^A-Za-z0-9_.$])\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_(])/.test(rest);
}

/** A column's run of one formula down to the block's last row (below a header row, say). */
export interface SharedRun {
  /** First row of the run, 0-based within the block. */
  start: number;
  formula: string;
}

/** Column index → its run of one shared formula, for runs of two rows or more. */
export function sharedFormulaColumns(rows: readonly ExcelInput[][]): Map<number, SharedRun> {
  const shared = new Map<number, SharedRun>();
  if (rows.length < 2) return shared;
  const last = rows[rows.length - 1];
  last.forEach((formula, c) => {
    if (typeof formula !== "string" || !formula.startsWith("=") || !isPositionFree(formula)) return;
    let start = rows.length - 1;
    while (start > 0 && rows[start - 1][c] === formula) start--;
    if (rows.length - start >= 2) shared.set(c, { start, formula });
  });
  return shared;
}

/** The rows with the shared runs left blank (they are written once each, afterwards). */
export function withoutShared(rows: readonly ExcelInput[][], shared: Map<number, SharedRun>): ExcelInput[][] {
  return rows.map((row, r) => row.map((cell, c) => (r >= (shared.get(c)?.start ?? Infinity) ? "" : cell)));
}

/** Sets one formula over a whole range: a single value, as Excel.Range.formulas accepts. */
export function setFormulaOver(range: Excel.Range, formula: string): void {
  (range as unknown as { formulas: unknown }).formulas = formula;
}
