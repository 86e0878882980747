// A row's Mã NV as text, and the key rows and units are matched by: one definition for the tracker's
// row identity (re-exported by src/workbook/schema/rows.ts), for merging returns
// (src/core/roundtrip/mergeReturns.ts) and for the check that finds an obligation held twice.
import { foldVietnamese, oneLine } from "../text";
import type { CellValue, RawRow } from "../types";

/** The text of the Mã NV cell as the task's id: "7", " NV01 " → "NV01"; blank (or a date) → "". */
export function taskId(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return oneLine(String(value));
}

/** The same text with case, accents and spacing aside: "nv01 " and "NV01" match. */
export function matchKey(value: CellValue): string {
  return foldVietnamese(taskId(value));
}

/** Rows are the same task when their Mã NV match (case, accents and spacing aside); rows without one, by title and lead. */
export function rowKey(row: RawRow): string {
  const id = matchKey(row.id);
  if (id !== "") return `id:${id}`;
  return `title:${matchKey(row.title)}|${matchKey(row.lead)}`;
}

/** The task a row is, by title and lead, case, accents and spacing aside (one line each, so "\n" parts them). */
export function taskKey(row: RawRow): string {
  return `${matchKey(row.title)}\n${matchKey(row.lead)}`;
}

/** Same title and lead, case, accents and spacing aside: a plan's task the tracker already holds. */
export function sameTask(a: RawRow, b: RawRow): boolean {
  return taskKey(a) === taskKey(b);
}
