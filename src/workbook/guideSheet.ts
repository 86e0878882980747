// The "Hướng dẫn" sheet: what each sheet holds, the colour legend, how to update a row.
import { STATE_LABELS } from "../core/strings/vi";
import { GUIDE_TEXT, SHEET_NAMES } from "../core/strings/workbook";
import { STATES } from "../core/types";
import { rangeA1 } from "./a1";
import { block } from "./blocks";
import { STATE_FILLS, TITLE_FONT } from "./colours";
import type { PlanCell, SheetPlan, StylePlan } from "./plan";

export const GUIDE_SHEET = SHEET_NAMES.guide;

export function buildGuideSheet(): SheetPlan {
  const rows: PlanCell[][] = [[GUIDE_TEXT.title], [], [GUIDE_TEXT.sheetsTitle]];
  const styles: StylePlan[] = [{ range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT }];
  const heading = () => styles.push({ range: rangeA1(0, rows.length), bold: true, fontSize: 12, fontColor: TITLE_FONT });
  heading();
  for (const [sheet, text] of GUIDE_TEXT.sheets) {
    rows.push([sheet, text]);
    styles.push({ range: rangeA1(0, rows.length), bold: true });
  }
  rows.push([], [GUIDE_TEXT.legendTitle]);
  heading();
  for (const state of STATES) {
    rows.push([STATE_LABELS[state], GUIDE_TEXT.legend[state]]);
    const { fill, font } = STATE_FILLS[state];
    styles.push({ range: rangeA1(0, rows.length), fill, fontColor: font, bold: true });
  }
  rows.push([], [GUIDE_TEXT.updateTitle]);
  heading();
  for (const line of GUIDE_TEXT.update) rows.push(["", line]);
  return {
    name: GUIDE_SHEET,
    blocks: [block(0, 1, rows)],
    columns: [
      { index: 0, width: 24 },
      { index: 1, width: 100, wrap: true },
    ],
    styles,
    validations: [],
    conditionalFormats: [],
    tabColor: "#FFC000",
  };
}
