// The tracker's settings, kept as workbook defined names on "Danh mục" (report date, window, scoring).
import type ExcelJS from "exceljs";
import { readDateCell } from "../../core/dates";
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { RATING_LABELS } from "../../core/strings/vi";
import type { IsoDate, ScoringConfig } from "../../core/types";
import { readCell } from "./cellValue";
import { definedNameCell } from "./definedNameCell";

export const SETTING_NAMES = {
  reportDate: "NgayBaoCao",
  windowDays: "SoNgayCanhBao",
  onTime: "DiemDungHan",
  late: "DiemTreHan",
  overdue: "DiemQuaHan",
  excellent: "MucXuatSac",
  good: "MucTot",
  done: "MucHoanThanh",
  planYear: "NamKeHoach",
} as const;

export interface TrackerSettings {
  /** The date typed in the report-date cell; null when it is =TODAY() (or blank): judge as of today. */
  reportDate: IsoDate | null;
  windowDays: number;
  scoring: ScoringConfig;
  /** The plan year, when the workbook states one (deadlines outside it are flagged). */
  planYear: number | null;
}

export function readSettings(workbook: ExcelJS.Workbook): TrackerSettings {
  const number = (name: string, fallback: number): number => {
    const cell = definedNameCell(workbook, name);
    return toNumber(cell ? readCell(cell.value).value : null) ?? fallback;
  };
  const bandMin = (label: string, name: string): number => {
    const band = DEFAULT_SCORING.bands.find((b) => b.label === label);
    return number(name, band ? band.min : 0);
  };
  return {
    reportDate: readReportDate(workbook),
    planYear: readPlanYear(workbook),
    windowDays: number(SETTING_NAMES.windowDays, DEFAULT_WINDOW_DAYS),
    scoring: {
      onTime: number(SETTING_NAMES.onTime, DEFAULT_SCORING.onTime),
      late: number(SETTING_NAMES.late, DEFAULT_SCORING.late),
      overdue: number(SETTING_NAMES.overdue, DEFAULT_SCORING.overdue),
      bands: DEFAULT_SCORING.bands.map((band) => {
        if (band.label === RATING_LABELS.excellent) return { ...band, min: bandMin(band.label, SETTING_NAMES.excellent) };
        if (band.label === RATING_LABELS.good) return { ...band, min: bandMin(band.label, SETTING_NAMES.good) };
        if (band.label === RATING_LABELS.done) return { ...band, min: bandMin(band.label, SETTING_NAMES.done) };
        return { ...band };
      }),
    },
  };
}

function readReportDate(workbook: ExcelJS.Workbook): IsoDate | null {
  const cell = definedNameCell(workbook, SETTING_NAMES.reportDate);
  if (!cell) return null;
  const raw = cell.value;
  if (raw && typeof raw === "object" && "formula" in raw && /\bTODAY\s*\(/i.test(String(raw.formula))) return null;
  return readDateCell(readCell(raw).value).date;
}

function toNumber(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function readPlanYear(workbook: ExcelJS.Workbook): number | null {
  const cell = definedNameCell(workbook, SETTING_NAMES.planYear);
  const year = toNumber(cell ? readCell(cell.value).value : null);
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : null;
}
