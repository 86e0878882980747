// Where things are in the tracker: the task table's sheet, columns and rows, shared with the adapters.
import { SHEET_NAMES } from "../core/strings/workbook";
import { TASK_FIELDS, type TaskField } from "../core/types";
import { columnLetter } from "./a1";

export const TASK_SHEET = SHEET_NAMES.tasks;
export const TASK_TABLE = "BangNhiemVu";

/** Summary formulas read the task columns down to this row, so rows added later still count. */
export const TASK_RANGE_LAST_ROW = 5000;

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

/** Last sheet row the summary formulas read: generous beyond the data, never short of it. */
export function taskRangeLastRow(rowCount: number): number {
  return Math.max(TASK_RANGE_LAST_ROW, Math.ceil((taskSheetRow(rowCount) * 2) / 1000) * 1000);
}
