// Tổng hợp counts per lead unit only for the units it has a row for (those leading a task when it was
// built). A task moved afterwards to a unit without a row is left out of the per-unit figures: say so.
import type ExcelJS from "exceljs";
import { READ_FINDINGS } from "../../core/strings/cli";
import { SHEET_NAMES, SUMMARY_TEXT } from "../../core/strings/workbook";
import { oneLine } from "../../core/text";
import type { LocatedFinding, RawRow } from "../../core/types";
import { isBlankValue, readCell } from "./cellValue";

/** Header rows further down than this are not looked for: the per-unit block is Tổng hợp's first. */
const MAX_ROW = 50;

/** As the sheet's formulas compare a lead with a row label: TRIM of non-breaking spaces, case aside. */
function unitKey(value: unknown): string {
  return oneLine(String(value).replace(/\u00a0/g, " ")).toLowerCase();
}

/** The labels of Tổng hợp's per-unit block, or null when the workbook has no such block. */
export function summaryUnitLabels(workbook: ExcelJS.Workbook): Set<string> | null {
  const sheet = workbook.getWorksheet(SHEET_NAMES.summary);
  if (!sheet) return null;
  const text = (r: number, c: number) => readCell(sheet.getRow(r).getCell(c).value).value;
  for (let r = 2; r <= Math.min(sheet.rowCount, MAX_ROW); r++) {
    if (text(r - 1, 1) !== SUMMARY_TEXT.byUnit || text(r, 1) !== SUMMARY_TEXT.unit || text(r, 2) !== SUMMARY_TEXT.total) continue;
    const labels = new Set<string>();
    for (let below = r + 1; below <= sheet.rowCount; below++) {
      const label = text(below, 1);
      if (isBlankValue(label)) break;
      labels.add(unitKey(label));
    }
    return labels;
  }
  return null;
}

/** One warning per lead unit that has no row, at the lead cell of its first task. */
export function unitsMissingFromSummary(
  rows: RawRow[],
  labels: Set<string>,
  locate: (rowIndex: number) => { sheet: string; cell: string },
): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const reported = new Set<string>();
  rows.forEach((row, index) => {
    if (isBlankValue(row.lead ?? null)) return;
    const key = unitKey(row.lead);
    if (labels.has(key) || reported.has(key)) return;
    reported.add(key);
    const unit = oneLine(String(row.lead));
    findings.push({
      row: index,
      id: row.id === null || row.id === undefined ? "" : oneLine(String(row.id)),
      field: "lead",
      rule: "unit-not-in-summary",
      severity: "warning",
      message: READ_FINDINGS.unitNotInSummary(unit),
      fix: null,
      ...locate(index),
    });
  });
  return findings;
}
