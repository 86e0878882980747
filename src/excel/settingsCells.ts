// The tracker's settings as named cells on "Danh mục", read and written through the names.
import { fromExcelSerial, readDateCell } from "../core/dates";
import { DEFAULT_WINDOW_DAYS } from "../core/judge";
import { DEFAULT_SCORING } from "../core/rating";
import { RATING_LABELS } from "../core/strings/vi";
import type { CellValue, IsoDate, ScoringConfig } from "../core/types";
import { NAMES } from "../workbook/names";

/** The plan year, when the workbook states one (the .xlsx reader uses the same name). */
export const PLAN_YEAR_NAME = "NamKeHoach";

/** Every single-cell name the adapter reads. */
export const SETTING_NAMES = [
  NAMES.reportDate,
  NAMES.windowDays,
  NAMES.onTime,
  NAMES.late,
  NAMES.overdue,
  NAMES.excellent,
  NAMES.good,
  NAMES.done,
  PLAN_YEAR_NAME,
] as const;

/** The top-left cell of each named range that exists: its value and formula. */
export type NamedCells = Map<string, { value: CellValue; formula: CellValue }>;

export interface SettingsRead {
  /** null when the cell follows =TODAY() (or is blank). */
  reportDate: IsoDate | null;
  /** The day rows are judged as of: the report date, or the day Excel computed for =TODAY(). */
  asOf: IsoDate;
  windowDays: number;
  scoring: ScoringConfig;
  planYear: number | undefined;
}

function toNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

export function isTodayFormula(formula: CellValue): boolean {
  return typeof formula === "string" && formula.startsWith("=") && /\bTODAY\s*\(/i.test(formula);
}

/** The local calendar day, for when the workbook has no usable date. */
export function localToday(): IsoDate {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function readSettingsCells(cells: NamedCells): SettingsRead {
  const number = (name: string, fallback: number): number => toNumber(cells.get(name)?.value) ?? fallback;
  const report = cells.get(NAMES.reportDate);
  const followsToday = !report || isTodayFormula(report.formula);
  const reportDate = followsToday ? null : readDateCell(report.value).date;
  const computed = report && typeof report.value === "number" ? fromExcelSerial(report.value) : null;
  const bandMin = (label: string, name: string): number => number(name, DEFAULT_SCORING.bands.find((b) => b.label === label)?.min ?? 0);
  const year = toNumber(cells.get(PLAN_YEAR_NAME)?.value);
  return {
    reportDate,
    asOf: reportDate ?? computed ?? localToday(),
    windowDays: number(NAMES.windowDays, DEFAULT_WINDOW_DAYS),
    scoring: {
      onTime: number(NAMES.onTime, DEFAULT_SCORING.onTime),
      late: number(NAMES.late, DEFAULT_SCORING.late),
      overdue: number(NAMES.overdue, DEFAULT_SCORING.overdue),
      bands: DEFAULT_SCORING.bands.map((band) => {
        if (band.label === RATING_LABELS.excellent) return { ...band, min: bandMin(band.label, NAMES.excellent) };
        if (band.label === RATING_LABELS.good) return { ...band, min: bandMin(band.label, NAMES.good) };
        if (band.label === RATING_LABELS.done) return { ...band, min: bandMin(band.label, NAMES.done) };
        return { ...band };
      }),
    },
    planYear: year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined,
  };
}
