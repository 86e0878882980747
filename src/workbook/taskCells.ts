// One task row as plan cells: the user's values as written, real dates as dates, its Đánh giá formula
// and the helper columns' formulas, all by structured reference so the same cells fit any row.
import { fromExcelSerial, fromJsDate, isIsoDate } from "../core/dates";
import { TASK_FIELDS, type CellValue, type RawRow, type TaskField } from "../core/types";
import { helperCells } from "./helperColumns";
import type { PlanCell } from "./plan";
import { stateFormula } from "./stateFormula";
import { taskRefs, type TaskRefs } from "./taskRefs";

export const DATE_FIELDS: readonly TaskField[] = ["due", "extendedDue", "doneDate"];

/** Serial numbers that are days of 1900..9999, as in src/core/dates.ts. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 2_958_465;

/**
 * Values of one row in TASK_FIELDS order (Đánh giá a formula), then the helper columns in HELPER_KEYS
 * order. `refs` names the columns as the table's headers read (a fresh tracker's by default).
 */
export function taskRowCells(row: RawRow, refs: TaskRefs = taskRefs()): PlanCell[] {
  const state: PlanCell = { formula: stateFormula(refs) };
  return [...TASK_FIELDS.map((field) => (field === "state" ? state : planValue(row[field], DATE_FIELDS.includes(field)))), ...helperCells(refs)];
}

/**
 * Wrong entries stay as typed (a text "30/6/2026" stays text, for the checks to flag); only values
 * that already are dates become real dates: JS dates, ISO strings, and serials in a date column.
 */
function planValue(value: CellValue, isDateField: boolean): PlanCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const date = fromJsDate(value);
    return date ? { date } : null;
  }
  if (typeof value === "string") return isDateField && isIsoDate(value) ? { date: value } : value;
  if (typeof value === "number" && isDateField && Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
    return { date: fromExcelSerial(value) };
  }
  return value;
}
