// Reading single cells of the task table, shared by readTask and the checks.
import { formatViDate, fromJsDate } from "../dates";
import { cleanSpaces, foldVietnamese, oneLine } from "../text";
import { STATUSES, type CellValue, type Status } from "../types";

/** Any cell as the text a user sees in it (a real date as dd/mm/yyyy). */
export function cellText(value: CellValue): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatViDate(fromJsDate(value));
  return String(value);
}

/** With a space at either end, anything cleanSpaces or oneLine would change. */
const UNTIDY = /[^\S ]|\u200b| {2}/;
const SPACE = 32;

/** `cleanSpaces` (or `oneLine`), skipping the work for text that is already tidy, as most cells are. */
export function tidyText(text: string, multiline: boolean): string {
  if (text === "") return text;
  const tidy = text.charCodeAt(0) !== SPACE && text.charCodeAt(text.length - 1) !== SPACE && !UNTIDY.test(text);
  if (tidy) return text;
  return multiline ? cleanSpaces(text) : oneLine(text);
}

/** Text spread over lines in the cell (titles, notes) keeps its line breaks. */
export function readMultiline(value: CellValue): string {
  return tidyText(cellText(value), true);
}

export function readLine(value: CellValue): string {
  return tidyText(cellText(value), false);
}

/** Folded letters only: "Dừng / Điều chỉnh" and "dung/dieu chinh" meet. */
export function statusKey(text: string): string {
  return foldVietnamese(text).replace(/[^a-z]+/g, "");
}

const STATUS_BY_KEY = new Map<string, Status>(STATUSES.map((s) => [statusKey(s), s]));

const statusMemo = new Map<string, Status | null>();

export function readStatus(value: CellValue): Status | null {
  const text = cellText(value);
  let status = statusMemo.get(text);
  if (status === undefined) {
    status = STATUS_BY_KEY.get(statusKey(text)) ?? null;
    // Statuses come from a short list; anything else is rare enough to look up each time.
    if (statusMemo.size < 1000) statusMemo.set(text, status);
  }
  return status;
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
