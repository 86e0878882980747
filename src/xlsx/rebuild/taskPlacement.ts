// Where a cell of the old task sheet lands on the rebuilt one: task and user columns follow their
// header; the table's rows start under the header on row 1; what sat below the table moves with the
// table's end, as the text below it does (keptContent.ts: one blank row, then the text).
import type { Placement } from "./sheetExtras";

export interface TaskSheetShape {
  /** Old column → column key; column key → new column. */
  oldColumns: { key: string; column: number }[];
  newColumns: Map<string, number>;
  oldHeaderRow: number;
  /** Last sheet row of the old table's tasks, and of the new table. */
  oldLastRow: number;
  newLastRow: number;
  /** First row of the text kept below the old table, if any. */
  firstTextRow?: number;
}

export function taskPlacement(shape: TaskSheetShape): Placement {
  const columnMap = new Map<number, number>();
  for (const { key, column } of shape.oldColumns) {
    const moved = shape.newColumns.get(key);
    if (moved !== undefined) columnMap.set(column, moved);
  }
  const headerShift = 1 - shape.oldHeaderRow;
  const textShift = shape.firstTextRow !== undefined ? shape.newLastRow + 2 - shape.firstTextRow : undefined;
  const belowShift = shape.newLastRow - shape.oldLastRow;
  return {
    column: (c) => columnMap.get(c) ?? c,
    row: (r) => {
      if (r <= shape.oldLastRow) return Math.max(1, r + headerShift);
      if (textShift !== undefined && r >= shape.firstTextRow!) return r + textShift;
      return r + belowShift;
    },
    ruleRow: (r) => (r <= shape.oldLastRow ? Math.max(1, r + headerShift) : r),
    tableEnd: { old: shape.oldLastRow, new: shape.newLastRow },
  };
}
