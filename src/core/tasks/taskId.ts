// A row's Mã NV as text, and the key rows and units are matched by: one definition for the tracker's
// row identity (src/workbook/schema/rows.ts) and for merging returns (src/core/roundtrip/mergeReturns.ts).
import { foldVietnamese, oneLine } from "../text";
import type { CellValue } from "../types";

/** The text of the Mã NV cell as the task's id: "7", " NV01 " → "NV01"; blank (or a date) → "". */
export function taskId(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return oneLine(String(value));
}

/** The same text with case, accents and spacing aside: "nv01 " and "NV01" match. */
export function matchKey(value: CellValue): string {
  return foldVietnamese(taskId(value));
}
