// The tracker's settings as its named cells on "Danh mục" hold them (report date, window, scores,
// bands, partner weight, plan year): one reading for the add-in and the file reader, whatever loaded the cells.
import { fromExcelSerial, readDateCell } from "../../core/dates";
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import type { CellValue, IsoDate, ScoringConfig } from "../../core/types";
import { BAND_NAMES, NAMES } from "../names";

/** Every single-cell name the readers look at. */
export const SETTING_NAMES = [
  NAMES.reportDate,
  NAMES.windowDays,
  NAMES.onTime,
  NAMES.late,
  NAMES.overdue,
  ...BAND_NAMES,
  NAMES.planYear,
  NAMES.trackerId,
  NAMES.partnerWeight,
] as const;

/**
 * The top-left cell of each named range that exists: its value, its formula, and, for the band
 * minimums, the label in the cell to its left (`below`: the label under the last named band).
 */
export type NamedCells = Map<string, { value: CellValue; formula?: CellValue; label?: CellValue; below?: CellValue }>;

export interface SettingsRead {
  /** null when the cell follows =TODAY() (or is blank). */
  reportDate: IsoDate | null;
  /** The day rows are judged as of: the report date, the day the cell last computed for =TODAY(), or `today`. */
  asOf: IsoDate;
  windowDays: number;
  scoring: ScoringConfig;
  /** NamKeHoach: a whole year 1900–9999; undefined when missing, blank or not a year. */
  planYear: number | undefined;
  /** MaSoTheoDoi: the identity unit copies carry back to their tracker; undefined in trackers built before it. */
  trackerId: string | undefined;
}

function toNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function labelText(value: CellValue): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

export function isTodayFormula(formula: CellValue): boolean {
  return typeof formula === "string" && /\bTODAY\s*\(/i.test(formula);
}

/** `today`: the caller's calendar day, for when the workbook holds no computed report date. */
export function readSettingsCells(cells: NamedCells, today: IsoDate): SettingsRead {
  const number = (name: string, fallback: number): number => toNumber(cells.get(name)?.value) ?? fallback;
  const report = cells.get(NAMES.reportDate);
  const followsToday = !report || isTodayFormula(report.formula) || (report.value === null || report.value === undefined || report.value === "");
  const reportDate = followsToday ? null : readDateCell(report.value).date;
  const computed = report && typeof report.value === "number" ? fromExcelSerial(report.value) : null;
  const year = toNumber(cells.get(NAMES.planYear)?.value);
  const id = cells.get(NAMES.trackerId)?.value;
  let below: string | null = null;
  const bands = DEFAULT_SCORING.bands.map((band, i) => {
    if (i < BAND_NAMES.length) {
      const cell = cells.get(BAND_NAMES[i]);
      if (cell) below = labelText(cell.below);
      return { min: number(BAND_NAMES[i], band.min), label: labelText(cell?.label) ?? band.label };
    }
    return { ...band, label: (i === BAND_NAMES.length ? below : null) ?? band.label };
  });
  return {
    reportDate,
    asOf: reportDate ?? computed ?? today,
    windowDays: number(NAMES.windowDays, DEFAULT_WINDOW_DAYS),
    scoring: {
      onTime: number(NAMES.onTime, DEFAULT_SCORING.onTime),
      late: number(NAMES.late, DEFAULT_SCORING.late),
      overdue: number(NAMES.overdue, DEFAULT_SCORING.overdue),
      bands,
      partnerWeight: Math.max(0, number(NAMES.partnerWeight, 0)),
    },
    planYear: year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined,
    trackerId: typeof id === "string" && id.trim() !== "" ? id.trim() : undefined,
  };
}
