// One task row as plan cells: the user's values as written, real dates as dates, and its Đánh giá formula.
import { fromExcelSerial, fromJsDate, isIsoDate } from "../core/dates";
import { TASK_FIELDS, type CellValue, type RawRow, type TaskField } from "../core/types";
import type { PlanCell } from "./plan";
import { stateFormula } from "./stateFormula";

export const DATE_FIELDS: readonly TaskField[] = ["due", "extendedDue", "doneDate"];

/** Serial numbers that are days of 1900..9999, as in src/core/dates.ts. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 2_958_465;

/** Values of one row in TASK_FIELDS order, the last being the Đánh giá formula for `sheetRowNumber`. */
export function taskRowCells(row: RawRow, sheetRowNumber: number): PlanCell[] {
  return TASK_FIELDS.map((field) =>
    field === "state" ? { formula: stateFormula(sheetRowNumber) } : planValue(row[field], DATE_FIELDS.includes(field)),
  );
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
