// The tracker's settings, kept as workbook defined names on "Danh mục" (report date, window, scoring).
import type ExcelJS from "exceljs";
import { readDateCell } from "../../core/dates";
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import type { IsoDate, RatingBand } from "../../core/types";
import type { TrackerSettings as PlanSettings } from "../../workbook/catalogSheet";
import { BAND_NAMES, NAMES } from "../../workbook/names";
import { readCell } from "./cellValue";
import { definedNameCell } from "./definedNameCell";

/** The settings a tracker file states: those the plan is built with, and the plan year when the file names one. */
export interface TrackerSettings extends PlanSettings {
  /** NamKeHoach: a whole year 1900–9999; undefined when the name is missing or its cell blank or not a year. */
  planYear?: number;
}

/** What the cells say; a missing name or a cell that is not a number keeps the default. */
export function readSettings(workbook: ExcelJS.Workbook): TrackerSettings {
  const number = (name: string, fallback: number): number => {
    const cell = definedNameCell(workbook, name);
    return toNumber(cell ? readCell(cell.value).value : null) ?? fallback;
  };
  return {
    reportDate: readReportDate(workbook),
    windowDays: number(NAMES.windowDays, DEFAULT_WINDOW_DAYS),
    scoring: {
      onTime: number(NAMES.onTime, DEFAULT_SCORING.onTime),
      late: number(NAMES.late, DEFAULT_SCORING.late),
      overdue: number(NAMES.overdue, DEFAULT_SCORING.overdue),
      bands: readBands(workbook, number),
    },
    planYear: readPlanYear(workbook),
  };
}

/** The year in NamKeHoach; undefined when blank, not a year, or not named (trackers built before it). */
function readPlanYear(workbook: ExcelJS.Workbook): number | undefined {
  const cell = definedNameCell(workbook, NAMES.planYear);
  const year = toNumber(cell ? readCell(cell.value).value : null);
  return year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999 ? year : undefined;
}

/**
 * Each named minimum has its label in the cell to its left (Danh mục's band block); the band below
 * the last named one (Không hoàn thành nhiệm vụ) has no name and keeps its preset minimum, but its
 * label is read from the row under the last named band.
 */
function readBands(workbook: ExcelJS.Workbook, number: (name: string, fallback: number) => number): RatingBand[] {
  let below: ExcelJS.Cell | null = null;
  return DEFAULT_SCORING.bands.map((band, i) => {
    if (i < BAND_NAMES.length) {
      const cell = definedNameCell(workbook, BAND_NAMES[i]);
      if (cell) below = cell.worksheet.getCell(Number(cell.row) + 1, Number(cell.col) - 1);
      const label = cell ? labelAt(cell.worksheet.getCell(Number(cell.row), Number(cell.col) - 1)) : null;
      return { min: number(BAND_NAMES[i], band.min), label: label ?? band.label };
    }
    const label = i === BAND_NAMES.length && below ? labelAt(below) : null;
    return { ...band, label: label ?? band.label };
  });
}

function labelAt(cell: ExcelJS.Cell): string | null {
  const { value } = readCell(cell.value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** A date typed in the cell; null when the cell is =TODAY() (or blank): judge as of the day it is opened. */
function readReportDate(workbook: ExcelJS.Workbook): IsoDate | null {
  const cell = definedNameCell(workbook, NAMES.reportDate);
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
