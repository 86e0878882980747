// The task table as read back: which column holds which field (users may move columns), and rows as RawRow.
import { TASK_HEADERS } from "../core/strings/vi";
import { oneLine } from "../core/text";
import { TASK_FIELDS, type CellValue, type RawRow, type TaskField } from "../core/types";

export type FieldColumns = Partial<Record<TaskField, number>>;

const key = (text: string): string => oneLine(text).toLowerCase();
const FIELD_BY_HEADER = new Map(TASK_FIELDS.map((field) => [key(TASK_HEADERS[field]), field]));

/** Table-relative column of each field found among the headers. */
export function fieldColumns(headers: CellValue[]): FieldColumns {
  const columns: FieldColumns = {};
  headers.forEach((header, index) => {
    const field = typeof header === "string" ? FIELD_BY_HEADER.get(key(header)) : undefined;
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

export function rawRow(values: CellValue[], columns: FieldColumns): RawRow {
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
  return TASK_FIELDS.every((field) => field === "state" || row[field] === null || row[field] === undefined);
}
