// "Bản cam kết": the page a unit signs at the start of the year, printed from its copy: its tasks with
// products and deadlines on A4, one page wide, the header row repeated, and the two signatures.
import { UNIT_COPY_TEXT } from "../../core/strings/split";
import type { RawRow } from "../../core/types";
import { HEADER_FILL, HEADER_FONT } from "../colours";
import type { PlanCell, SheetPlan, StylePlan } from "../plan";
import { DATE_FORMAT } from "../taskSheet";
import { dueCell, textCell } from "./copyCells";

const WIDTHS = [9, 48, 22, 18, 13];
/** Rows 1-3 title, unit and pledge; row 4 blank; the header repeated on every page is row 5. */
export const COMMITMENT_HEADER_ROW = 5;

export function buildCommitmentSheet(rows: readonly RawRow[], unit: string, planYear: number | undefined): SheetPlan {
  const t = UNIT_COPY_TEXT;
  const width = WIDTHS.length;
  const line = (...cells: PlanCell[]): PlanCell[] => [...cells, ...new Array<PlanCell>(width - cells.length).fill(null)];
  const tasks = rows.map((row) => [textCell(row.id), textCell(row.title), textCell(row.product), textCell(row.deadlineText), dueCell(row)]);
  const lastTask = COMMITMENT_HEADER_ROW + tasks.length;
  const placeRow = lastTask + 2;
  const roleRow = placeRow + 1;
  const hintRow = roleRow + 1;
  const cells: PlanCell[][] = [
    line(t.commitmentTitle(planYear)),
    line(t.commitmentUnit(unit)),
    line(t.commitmentIntro(rows.length)),
    line(),
    [...t.commitmentHeaders],
    ...tasks,
    line(),
    line(null, null, t.commitmentPlace(planYear)),
    line(t.signUnit, null, t.signDirector),
    line(t.signHint, null, t.signHint),
  ];
  const centred = (range: string, extra: Partial<StylePlan> = {}): StylePlan => ({ range, horizontal: "center", ...extra });
  return {
    name: t.commitmentSheet,
    blocks: [{ topLeft: "A1", rows: cells }],
    columns: WIDTHS.map((w, index) => ({ index, width: w, ...(index === 4 ? { numberFormat: DATE_FORMAT } : { wrap: true }) })),
    styles: [
      centred("A1", { bold: true, fontSize: 14 }),
      centred("A2", { bold: true, fontSize: 12 }),
      centred("A3", { italic: true, wrap: true }),
      centred(`A${COMMITMENT_HEADER_ROW}:E${COMMITMENT_HEADER_ROW}`, { bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true }),
      ...(tasks.length > 0 ? [{ range: `A${COMMITMENT_HEADER_ROW}:E${lastTask}`, border: true }] : []),
      ...(tasks.length > 0 ? [centred(`E${COMMITMENT_HEADER_ROW + 1}:E${lastTask}`)] : []),
      centred(`C${placeRow}`, { italic: true }),
      centred(`A${roleRow}:C${roleRow}`, { bold: true }),
      centred(`A${hintRow}:C${hintRow}`, { italic: true }),
    ],
    merges: [
      "A1:E1",
      "A2:E2",
      "A3:E3",
      `C${placeRow}:E${placeRow}`,
      `A${roleRow}:B${roleRow}`,
      `C${roleRow}:E${roleRow}`,
      `A${hintRow}:B${hintRow}`,
      `C${hintRow}:E${hintRow}`,
    ],
    validations: [],
    conditionalFormats: [],
    protection: { unlocked: [] },
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      repeatRows: `${COMMITMENT_HEADER_ROW}:${COMMITMENT_HEADER_ROW}`,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6 },
    },
  };
}
