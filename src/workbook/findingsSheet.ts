// The "Kiểm tra" sheet: the findings of the last check, each cell a link to the cell to fix.
import { FINDINGS_TEXT, SEVERITY_LABELS, SHEET_NAMES } from "../core/strings/workbook";
import type { LocatedFinding } from "../core/types";
import { formulaText, rangeA1, sheetRef } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, STATE_FILLS, TITLE_FONT } from "./colours";
import type { PlanCell, SheetPlan } from "./plan";

export const FINDINGS_SHEET = SHEET_NAMES.findings;
const HEADER_ROW = 2;
/**
 * Findings listed on the sheet, errors first. A 50,000-task tracker can have 150,000: listing them all
 * (each with a link) doubled the time to write and read the file for a list no one scrolls through.
 */
export const LISTED_FINDINGS = 1000;

export function buildFindingsSheet(all: LocatedFinding[]): SheetPlan {
  const errorsFirst = all.length > LISTED_FINDINGS ? [...all.filter((f) => f.severity === "error"), ...all.filter((f) => f.severity !== "error")] : all;
  const findings = errorsFirst.slice(0, LISTED_FINDINGS);
  const rest = errorsFirst.slice(LISTED_FINDINGS);
  const rows = findings.map((f): PlanCell[] => [
    f.sheet,
    f.cell ? { formula: `=HYPERLINK(${formulaText(`#${sheetRef(f.sheet)}!${f.cell}`)},${formulaText(f.cell)})` } : "",
    f.id,
    f.rule,
    SEVERITY_LABELS[f.severity],
    f.message,
    f.fix ? f.fix.label : "",
  ]);
  if (rest.length > 0) rows.push(["", "", "", "", "", FINDINGS_TEXT.more(findings.length, rest.length, rest.filter((f) => f.severity === "error").length)]);
  const width = FINDINGS_TEXT.headers.length;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const severity = `$E${HEADER_ROW + 1}`;
  return {
    name: FINDINGS_SHEET,
    blocks: [block(0, 1, [[FINDINGS_TEXT.title], FINDINGS_TEXT.headers.slice(), ...(rows.length > 0 ? rows : [["", "", "", "", "", FINDINGS_TEXT.none]])])],
    columns: [
      { index: 0, width: 14 },
      { index: 1, width: 8 },
      { index: 2, width: 10 },
      { index: 3, width: 22 },
      { index: 4, width: 11 },
      { index: 5, width: 60, wrap: true },
      { index: 6, width: 40, wrap: true },
    ],
    styles: [
      { range: "A1", bold: true, fontSize: 13, fontColor: TITLE_FONT },
      { range: rangeA1(0, HEADER_ROW, width - 1, HEADER_ROW), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true },
      { range: rangeA1(1, HEADER_ROW + 1, 1, last), fontColor: "#0563C1" },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [
      {
        range: rangeA1(0, HEADER_ROW + 1, width - 1, last),
        formula: `=${severity}=${formulaText(SEVERITY_LABELS.error)}`,
        fill: STATE_FILLS.overdue.fill,
        fontColor: STATE_FILLS.overdue.font,
        stopIfTrue: true,
      },
      {
        range: rangeA1(0, HEADER_ROW + 1, width - 1, last),
        formula: `=${severity}=${formulaText(SEVERITY_LABELS.warning)}`,
        fill: STATE_FILLS.dueSoon.fill,
        fontColor: STATE_FILLS.dueSoon.font,
        stopIfTrue: true,
      },
    ],
    tabColor: "#C00000",
  };
}
