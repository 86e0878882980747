// Where things are in a tracker the add-in creates: the task table's sheet, columns and rows. Formulas
// never rely on these positions (they name columns by structured reference, see taskRefs.ts); the
// builders and the readers of fresh files do.
import { SHEET_NAMES } from "../core/strings/workbook";
import { TASK_FIELDS, type TaskField } from "../core/types";
import { columnLetter } from "./a1";

export const TASK_SHEET = SHEET_NAMES.tasks;
export const TASK_TABLE = "BangNhiemVu";

/** 0-based column of a field on the task sheet (the table starts at A1). */
export function taskColumnIndex(field: TaskField): number {
  return TASK_FIELDS.indexOf(field);
}

export function taskColumnLetter(field: TaskField): string {
  return columnLetter(taskColumnIndex(field));
}

/** Sheet row of a 0-based data row: the header is row 1. */
export function taskSheetRow(rowIndex: number): number {
  return rowIndex + 2;
}

/** A1 address of a data row's cell, e.g. (5, "status") → "M7". */
export function taskCellAddress(rowIndex: number, field: TaskField): string {
  return `${taskColumnLetter(field)}${taskSheetRow(rowIndex)}`;
}
