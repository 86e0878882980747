// Calendar dates as ISO strings, and the conversions every sheet reader needs.
import type { CellValue, IsoDate } from "./types";

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system (30 Dec 1899, which absorbs the 1900 leap-year bug for dates after Feb 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The calendar day on this computer's clock: the day a user runs a command or opens the pane. */
export function localToday(now: Date = new Date()): IsoDate {
  return isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function toUtcMs(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(iso) + days * MS_PER_DAY);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / MS_PER_DAY);
}

export function toExcelSerial(iso: IsoDate): number {
  return Math.round((toUtcMs(iso) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
}

export function fromExcelSerial(serial: number): IsoDate {
  return fromUtcMs(EXCEL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY);
}

/** dd/mm/yyyy, the way dates are shown to users. */
export function formatViDate(iso: IsoDate | null): string {
  if (!iso) return "";
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A JS Date as the calendar day it shows in UTC (ExcelJS and Office return UTC-midnight dates). */
export function fromJsDate(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export type DateCellKind = "blank" | "date" | "serial" | "text" | "invalid";

export interface DateCell {
  date: IsoDate | null;
  kind: DateCellKind;
  /** Text like 6/30/2021 that only makes sense month-first (US order). */
  usOrder: boolean;
}

/** Serial numbers Excel uses for 1 Jan 1900 .. 31 Dec 9999. */
export const SERIAL_MIN = 1;
export const SERIAL_MAX = 2_958_465;

/**
 * Reads a date cell however it arrived: a real date (JS Date or Excel serial), or text typed as
 * dd/mm/yyyy, d.m.yyyy, d-m-yyyy or yyyy-mm-dd. Text dates are returned (kind "text") so that a
 * check can flag them and offer the real date as a fix.
 */
export function readDateCell(value: CellValue): DateCell {
  if (value === null || value === undefined) return { date: null, kind: "blank", usOrder: false };
  if (value instanceof Date) {
    const date = fromJsDate(value);
    return { date, kind: date ? "date" : "invalid", usOrder: false };
  }
  if (typeof value === "number") {
    if (Number.isFinite(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
      return { date: fromExcelSerial(value), kind: "serial", usOrder: false };
    }
    return { date: null, kind: "invalid", usOrder: false };
  }
  if (typeof value === "boolean") return { date: null, kind: "invalid", usOrder: false };
  const text = value.replace(/[\u00a0\s]+/g, " ").trim();
  if (text === "") return { date: null, kind: "blank", usOrder: false };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return isValidYmd(y, m, d) ? { date: isoDate(y, m, d), kind: "text", usOrder: false } : invalid();
  }
  const dmy = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$/.exec(text);
  if (dmy) {
    const a = Number(dmy[1]);
    const b = Number(dmy[2]);
    const y = dmy[3].length === 2 ? 2000 + Number(dmy[3]) : Number(dmy[3]);
    if (isValidYmd(y, b, a)) return { date: isoDate(y, b, a), kind: "text", usOrder: false };
    if (isValidYmd(y, a, b)) return { date: isoDate(y, a, b), kind: "text", usOrder: true };
    return invalid();
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const serial = readDateCell(Number(text));
    return serial.date ? { ...serial, kind: "text" } : serial;
  }
  return invalid();
}

function invalid(): DateCell {
  return { date: null, kind: "invalid", usOrder: false };
}
