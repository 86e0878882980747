// A task row of the tracker: read from a row of cells, its identity, and the row an imported task
// becomes. The add-in and the file commands share these so that they read and write the same rows.
import { STATUSES, TASK_FIELDS, type CellValue, type ImportedTask, type RawRow } from "../../core/types";
import type { FieldColumns } from "./headers";

/**
 * Characters that show nothing: zero-width spaces and joiners, word joiner, byte-order mark, soft
 * hyphen. Pasted from the web or Word they split a word ("Quý I\u200bV/2026") where no one can see it.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/** Text as it reads on screen: invisible characters removed (everything else is left to the checks). */
export function withoutInvisible<T>(value: T): T {
  return (typeof value === "string" && INVISIBLE.test(value) ? value.replace(INVISIBLE_ALL, "") : value) as T;
}

/** The row's values by field; an empty string is a blank cell. */
export function rawRow(values: readonly CellValue[], columns: FieldColumns): RawRow {
  const row: RawRow = {};
  for (const field of TASK_FIELDS) {
    const index = columns[field];
    if (index === undefined) continue;
    const value = withoutInvisible(values[index]);
    row[field] = value === "" ? null : value;
  }
  return row;
}

/** The fields that make a row a task; a signature line or a note under the table fills one at most. */
const TASK_KEY_FIELDS = ["id", "title", "lead", "deadlineText"] as const;

/**
 * Whether a row outside the task table reads like a task: two of Mã NV, Nội dung, Đơn vị chủ trì and
 * Thời hạn filled. "Người lập biểu", "Ngày 15/7/2026" or a total line below the table are text, not
 * tasks. The file readers and the add-in both ask this, so they never disagree on what is a task.
 */
export function isTaskLikeRow(row: RawRow): boolean {
  let filled = 0;
  for (const field of TASK_KEY_FIELDS) if (!isBlank(row[field])) filled++;
  return filled >= 2;
}

/** A row where the user typed nothing (Đánh giá is a formula and does not count). */
export function isBlankRow(row: RawRow): boolean {
  return TASK_FIELDS.every((field) => field === "state" || isBlank(row[field]));
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

// The identity model is pure, so the core's checks share it; the tracker's code keeps importing it from here.
export { rowKey, sameTask, taskId } from "../../core/tasks/taskId";

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
