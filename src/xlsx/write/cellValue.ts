// Plan cells as ExcelJS values: formulas without their "=", ISO dates as UTC-midnight dates.
import type ExcelJS from "exceljs";
import type { IsoDate } from "../../core/types";
import type { PlanCell } from "../../workbook/plan";

export function isoToDate(iso: IsoDate): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

export function excelValue(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  if ("formula" in cell) return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return isoToDate(cell.date);
}

export function isPlanDate(cell: PlanCell): cell is { date: IsoDate } {
  return cell !== null && typeof cell === "object" && "date" in cell;
}
