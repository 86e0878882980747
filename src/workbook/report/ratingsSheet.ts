// The "Xếp loại" sheet around the add-in's PivotTables: a title and how to read them. The pivots
// themselves are Excel objects, made by src/excel/commands/pivots.ts from the Phân công table.
import { RATINGS_TEXT, REPORT_SHEETS } from "../../core/strings/report";
import { TITLE_FONT } from "../colours";
import type { SheetPlan } from "../plan";

export const RATINGS_SHEET = REPORT_SHEETS.ratings;

/** Where the pivots go: units × states at A5, the score beside it (past the widest states pivot). */
export const PIVOT_PLACES = { states: "A5", score: "M5" } as const;

/** `notice`: why the pivots are missing (a host without ExcelApi 1.8), shown on the sheet. */
export function buildRatingsSheet(notice?: string): SheetPlan {
  return {
    name: RATINGS_SHEET,
    blocks: [{ topLeft: "A1", rows: [[RATINGS_TEXT.title], [RATINGS_TEXT.note], [notice ?? null]] }],
    columns: [{ index: 0, width: 34 }],
    styles: [
      { range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT },
      { range: "A2", italic: true },
      { range: "A3", bold: true, fontColor: "#9C0006" },
    ],
    validations: [],
    conditionalFormats: [],
    tabColor: "#7030A0",
  };
}
