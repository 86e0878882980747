// Cell values as text: dates shown dd/mm/yyyy, numbers as written ("1." pasted into Excel becomes 1).
import { formatViDate, fromExcelSerial, fromJsDate } from "../dates";
import { cleanSpaces } from "../text";
import type { CellValue } from "../types";
import { stripEmphasis } from "./cleanText";

export function cellText(value: CellValue): string {
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (value instanceof Date) return formatViDate(fromJsDate(value));
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  return value
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => stripEmphasis(cleanSpaces(l)))
    .filter((l) => l !== "")
    .join("\n");
}

// Serial numbers of 1 Jan 1960 .. 31 Dec 2099: a deadline cell holding one was a date.
const SERIAL_MIN = 21916;
const SERIAL_MAX = 73050;

/**
 * A deadline cell: Excel turned "30/6/2026" into a date or a serial number, which a sheet saved as
 * CSV/TSV or read as text keeps as digits ("46203").
 */
export function deadlineCellText(value: CellValue): string {
  const serial = typeof value === "string" && /^\s*\d{5}\s*$/.test(value) ? Number(value) : value;
  if (typeof serial === "number" && Number.isInteger(serial) && serial >= SERIAL_MIN && serial <= SERIAL_MAX) {
    return formatViDate(fromExcelSerial(serial));
  }
  return cellText(value);
}

/** A cell's lines as one line; bullet lines inside the cell become "; "-separated items. */
export function cellLine(text: string): string {
  let out = "";
  for (const raw of text.split("\n")) {
    const bullet = /^[-+*•–]\s*/.exec(raw);
    const line = (bullet ? raw.slice(bullet[0].length) : raw).trim();
    if (line === "") continue;
    if (out === "") out = line;
    else if (bullet && !/[:;,.]$/.test(out)) out += `; ${line}`;
    else out += ` ${line}`;
  }
  return out;
}
