// One task row as plan cells: the user's values as written, real dates as dates, its Đánh giá formula
// and the helper columns' formulas, all by structured reference so the same cells fit any row.
import { fromExcelSerial, fromJsDate, isIsoDate, SERIAL_MAX, SERIAL_MIN } from "../core/dates";
import { DATE_FIELDS, TASK_FIELDS, type CellValue, type RawRow } from "../core/types";
import { helperCells } from "./helperColumns";
import type { PlanCell } from "./plan";
import { stateFormula } from "./stateFormula";
import { taskRefs, type TaskRefs } from "./taskRefs";

export { DATE_FIELDS } from "../core/types";

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
