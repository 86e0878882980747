// Cell blocks from rows of uneven length: plans require rectangles.
import { rangeA1 } from "./a1";
import type { CellBlock, PlanCell } from "./plan";

/** A block at (0-based column, 1-based row) whose rows are padded with blanks to the widest row. */
export function block(column: number, row: number, rows: PlanCell[][]): CellBlock {
  // A loop, not Math.max(...rows): spreading 100k rows into arguments overflows the stack.
  let width = 1;
  for (const r of rows) if (r.length > width) width = r.length;
  return {
    topLeft: rangeA1(column, row),
    rows: rows.map((r) => (r.length === width ? r : [...r, ...new Array<PlanCell>(width - r.length).fill(null)])),
  };
}
