// A task row of the tracker: read from a row of cells, its identity, and the row an imported task
// becomes. The add-in and the file commands share these so that they read and write the same rows.
import { STATUSES, TASK_FIELDS, type CellValue, type ImportedTask, type RawRow } from "../../core/types";
import { foldVietnamese, oneLine } from "../../core/text";
import type { FieldColumns } from "./headers";

/** The row's values by field; an empty string is a blank cell. */
export function rawRow(values: readonly CellValue[], columns: FieldColumns): RawRow {
  const row: RawRow = {};
  for (const field of TASK_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const value = values[index];
    row[field] = value === "" ? null : value;
  }
  return row;
}

/** A row where the user typed nothing (Đánh giá is a formula and does not count). */
export function isBlankRow(row: RawRow): boolean {
  return TASK_FIELDS.every((field) => field === "state" || isBlank(row[field]));
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function keyText(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return foldVietnamese(oneLine(String(value)));
}

/** The text of the Mã NV cell as the task's id: "7", " NV01 " → "NV01"; blank → "". */
export function taskId(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return oneLine(String(value));
}

/** Rows are the same task when their Mã NV match (case, accents and spacing aside); rows without one, by title and lead. */
export function rowKey(row: RawRow): string {
  const id = keyText(row.id);
  if (id !== "") return `id:${id}`;
  return `title:${keyText(row.title)}|${keyText(row.lead)}`;
}

/** Same title and lead, case, accents and spacing aside: a plan's task the tracker already holds. */
export function sameTask(a: RawRow, b: RawRow): boolean {
  return keyText(a.title) === keyText(b.title) && keyText(a.lead) === keyText(b.lead);
}

/** The status a new task starts with, in every tracker the add-in or the command line writes. */
export const NEW_TASK_STATUS = STATUSES[0];

/** An imported task as the row it becomes: the directive's fields; the unit fills in the rest later. */
export function newTaskRow(task: ImportedTask): RawRow {
  return {
    id: task.id,
    section: task.section,
    title: task.title,
    product: task.product,
    lead: task.lead,
    partners: task.partners.join("; "),
    deadlineText: task.deadlineText,
    due: task.due,
    status: NEW_TASK_STATUS,
  };
}
