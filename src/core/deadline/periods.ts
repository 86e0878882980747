// The calendar spans a deadline phrase can name, before and after their year is known.
import { isValidYmd, isoDate, lastDayOfMonth } from "../dates";
import type { IsoDate } from "../types";

export type PeriodUnit = "day" | "month" | "quarter" | "half" | "year";

/** A day, month, quarter, part of a year or whole year; `year` null until context supplies it. */
export interface Period {
  unit: PeriodUnit;
  year: number | null;
  /** First and last month covered (1-12). */
  m1: number;
  m2: number;
  /** Only for unit "day". */
  day: number | null;
  /** "năm sau": the year is one after the year the context supplies. */
  following?: boolean;
}

export const dayPeriod = (day: number, month: number, year: number | null): Period => ({
  unit: "day",
  year,
  m1: month,
  m2: month,
  day,
});

export const monthPeriod = (month: number, year: number | null): Period => ({
  unit: "month",
  year,
  m1: month,
  m2: month,
  day: null,
});

export const quarterPeriod = (quarter: number, year: number | null): Period => ({
  unit: "quarter",
  year,
  m1: quarter * 3 - 2,
  m2: quarter * 3,
  day: null,
});

/** A run of months inside one year: "6 tháng đầu năm", "cuối năm". */
export const partOfYear = (m1: number, m2: number, year: number | null): Period => ({
  unit: "half",
  year,
  m1,
  m2,
  day: null,
});

export const yearPeriod = (year: number | null): Period => ({ unit: "year", year, m1: 1, m2: 12, day: null });

/** Months out of 1-12, days that the month does not have (29/2 is checked once the year is known). */
export function isValidPeriod(p: Period): boolean {
  if (!(p.m1 >= 1 && p.m2 <= 12 && p.m1 <= p.m2)) return false;
  if (p.day === null) return true;
  return isValidYmd(p.year ?? 2000, p.m1, p.day);
}

export function periodStart(p: Period, year: number): IsoDate {
  return isoDate(year, p.m1, p.day ?? 1);
}

export function periodEnd(p: Period, year: number): IsoDate {
  return p.day === null ? lastDayOfMonth(year, p.m2) : isoDate(year, p.m2, p.day);
}
