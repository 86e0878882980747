// A cell's value reduced to what it means, so that the copy sent to a unit, the copy it returns and the
// master compare equal when they say the same thing, whichever program saved them: a date as
// YYYY-MM-DD whether stored as a date, a serial number or ISO text; text with its spaces tidied; blank
// as "". Text that is not a date stays as typed (checks report it), so a wrong entry is still a change.
import { fromExcelSerial, fromJsDate, isIsoDate, SERIAL_MAX, SERIAL_MIN } from "../dates";
import { oneLine } from "../text";
import { DATE_FIELDS, type CellValue, type TaskField } from "../types";

export function canonicalValue(field: TaskField | null, value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return fromJsDate(value) ?? "";
  if (typeof value === "number") {
    if (field && DATE_FIELDS.includes(field) && Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
      return fromExcelSerial(value);
    }
    return Number.isFinite(value) ? String(value) : "";
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = oneLine(value.normalize("NFC"));
  if (field && DATE_FIELDS.includes(field) && isIsoDate(text.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.000)?)?Z?)?$/.test(text)) {
    return text.slice(0, 10);
  }
  return text;
}

/** The value to write back for a canonical string: dates as ISO (the writers make them real dates), numbers as numbers. */
export function cellOfCanonical(field: TaskField, text: string): CellValue {
  if (text === "") return null;
  if (DATE_FIELDS.includes(field) && isIsoDate(text)) return text;
  if ((field === "progress" || field === "month") && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}
