// Reading single cells of the task table, shared by readTask and the checks.
import { formatViDate, fromJsDate } from "../dates";
import { cleanSpaces, foldVietnamese, oneLine } from "../text";
import { STATUSES, type CellValue, type Status } from "../types";

/** Any cell as the text a user sees in it (a real date as dd/mm/yyyy). */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatViDate(fromJsDate(value));
  return String(value);
}

/** Text spread over lines in the cell (titles, notes) keeps its line breaks. */
export function readMultiline(value: CellValue): string {
  return cleanSpaces(cellText(value));
}

export function readLine(value: CellValue): string {
  return oneLine(cellText(value));
}

/** Folded letters only: "Dừng / Điều chỉnh" and "dung/dieu chinh" meet. */
export function statusKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z]+/g, "");
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [statusKey(s), s]));

export function readStatus(value: CellValue): Status | null {
  return STATUS_BY_KEY.get(statusKey(cellText(value))) ?? null;
}

export function readMonth(value: CellValue): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1 && value <= 12 ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(?:thang|t)?\s*\.?\s*(\d{1,2})$/.exec(foldVietnamese(oneLine(value)));
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : null;
}

/** A number, or text such as "50", "50%", "50,5 %". */
export function readNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/.exec(oneLine(value));
  return m ? Number(m[1].replace(",", ".")) : null;
}
