// The "Tổng hợp" sheet: the headline and per-unit, month, Board member and section blocks, all formulas
// over the task sheet, so a copy opened anywhere (Excel 2016, LibreOffice, WPS) is true that day.
import { NO_LEAD, NO_LEADER, NO_SECTION, headlineText } from "../core/strings/summary";
import { STATE_LABELS } from "../core/strings/vi";
import { SHEET_NAMES, SUMMARY_TEXT } from "../core/strings/workbook";
import { readDateCell } from "../core/dates";
import type { RawRow, State, TaskField } from "../core/types";
import { absoluteRef, columnLetter, formulaText, rangeA1 } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import { TASK_SHEET, taskColumnIndex } from "./layout";
import { NAMES } from "./names";
import type { CellBlock, PlanCell, SheetPlan, StylePlan } from "./plan";
import { DATE_FORMAT } from "./taskSheet";
import { trimmedText } from "./trimFormula";

export const SUMMARY_SHEET = SHEET_NAMES.summary;

/** The six state columns, in the order of the header row. */
export const SUMMARY_STATES: readonly State[] = ["doneOnTime", "doneLate", "inProgress", "dueSoon", "overdue", "ongoing"];

export interface SummaryInput {
  units: string[];
  hasBlankLead: boolean;
  leaders: string[];
  hasBlankLeader: boolean;
  sections: string[];
  hasBlankSection: boolean;
  /** Last task-sheet row the formulas read. */
  lastRow: number;
  /** Years whose months the month block counts (deadlines outside them are not counted per month). */
  years: number[];
  /** Absolute references of the band labels and minimums on Danh mục, highest first. */
  bands: { label: string; min: string }[];
}

/**
 * A group row: its label, the formula counting its tasks whose Đánh giá is the text in `stateCell`
 * (a header cell), or every judged task when `stateCell` is null, and the cell counting those of
 * them due by the report date (what the score counts).
 */
interface GroupRow {
  label: PlanCell;
  count: (labelCell: string, stateCell: string | null) => string;
  scored: (labelCell: string, stateCell: string) => PlanCell;
}

export function buildSummarySheet(input: SummaryInput): SheetPlan {
  const column = (field: TaskField) => {
    const c = taskColumnIndex(field);
    return absoluteRef(TASK_SHEET, c, 2, c, input.lastRow);
  };
  const state = column("state");
  const dueBy = dueByReportDate(column("extendedDue"), column("due"));
  // SUMPRODUCT over TRIM, not COUNTIFS: a unit typed with a stray or non-breaking space still counts for its unit.
  const byText = (field: TaskField, blankLabel: string) => (name: string): GroupRow => {
    const inGroup = (labelCell: string) => `(${trimmedText(column(field))}=${name === blankLabel ? '""' : labelCell})`;
    return {
      label: name,
      count: (labelCell, stateCell) => `=SUMPRODUCT(${inGroup(labelCell)}*(${state}${stateCell ? `=${stateCell}` : '<>""'}))`,
      scored: (labelCell, stateCell) => ({ formula: `=SUMPRODUCT(${inGroup(labelCell)}*(${state}=${stateCell})*${dueBy})` }),
    };
  };
  const withBlank = (names: string[], hasBlank: boolean, blankLabel: string) => (hasBlank ? [...names, blankLabel] : names);

  const blocks: CellBlock[] = [];
  const styles: StylePlan[] = [];
  let row = 1;

  const done = `COUNTIF(${state},${formulaText(STATE_LABELS.doneOnTime)})+COUNTIF(${state},${formulaText(STATE_LABELS.doneLate)})`;
  const total = `SUMPRODUCT(--(${state}<>""))`;
  const [before, after] = headlineText(0, 1).split("0/1");
  blocks.push(
    block(0, row, [
      [SUMMARY_TEXT.title],
      [{ formula: `=${before ? `${formulaText(before)}&` : ""}(${done})&"/"&${total}&${formulaText(after)}` }],
      [SUMMARY_TEXT.reportDate, { formula: `=${NAMES.reportDate}` }],
    ]),
  );
  styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT },
    { range: "A2", bold: true, fontSize: 12 },
    { range: "B3", numberFormat: DATE_FORMAT, bold: true, horizontal: "left" },
  );
  row = 5;

  const addBlock = (title: string, header: string, groups: GroupRow[]) => {
    const headerRow = row + 1;
    const rows: PlanCell[][] = [[title], headerCells(header)];
    groups.forEach((group, i) => rows.push(groupCells(group, headerRow + 1 + i, headerRow, input.bands)));
    blocks.push(block(0, row, rows));
    styles.push(
      { range: rangeA1(0, row), bold: true, fontSize: 12, fontColor: TITLE_FONT },
      { range: rangeA1(0, headerRow, RATING_COLUMN, headerRow), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      // Lighter and in italics: working columns that feed Điểm, not figures to report.
      {
        range: rangeA1(SCORED_COLUMN, headerRow, LAST_COLUMN, headerRow),
        italic: true,
        fill: WORKING_HEADER_FILL,
        fontColor: TITLE_FONT,
        wrap: true,
        horizontal: "center",
      },
    );
    if (groups.length > 0) {
      const first = headerRow + 1;
      const last = headerRow + groups.length;
      styles.push(
        { range: rangeA1(SCORE_COLUMN, first, SCORE_COLUMN, last), numberFormat: "0.0", horizontal: "center" },
        { range: rangeA1(1, first, SCORE_COLUMN - 1, last), horizontal: "center" },
        { range: rangeA1(SCORED_COLUMN, first, LAST_COLUMN, last), italic: true, fontColor: WORKING_FONT, horizontal: "center" },
      );
    }
    row = headerRow + groups.length + 2;
  };

  addBlock(SUMMARY_TEXT.byUnit, SUMMARY_TEXT.unit, withBlank(input.units, input.hasBlankLead, NO_LEAD).map(byText("lead", NO_LEAD)));
  addBlock(SUMMARY_TEXT.byMonth, SUMMARY_TEXT.month, monthGroups(column("extendedDue"), column("due"), state, input.years));
  addBlock(
    SUMMARY_TEXT.byLeader,
    SUMMARY_TEXT.leader,
    withBlank(input.leaders, input.hasBlankLeader, NO_LEADER).map(byText("leader", NO_LEADER)),
  );
  addBlock(
    SUMMARY_TEXT.bySection,
    SUMMARY_TEXT.section,
    withBlank(input.sections, input.hasBlankSection, NO_SECTION).map(byText("section", NO_SECTION)),
  );

  return {
    name: SUMMARY_SHEET,
    blocks,
    columns: [
      { index: 0, width: 42, wrap: true },
      ...Array.from({ length: SCORE_COLUMN - 1 }, (_, i) => ({ index: i + 1, width: 12, wrap: true })),
      { index: SCORE_COLUMN, width: 9 },
      { index: RATING_COLUMN, width: 26, wrap: true },
      { index: SCORED_COLUMN, width: 16, wrap: true },
      { index: LAST_COLUMN, width: 16, wrap: true },
    ],
    styles,
    validations: [],
    conditionalFormats: [],
    tabColor: "#548235",
  };
}

/** 2000–2060, widened to any deadline year of the rows. */
export function deadlineYears(rows: RawRow[]): number[] {
  let first = 2000;
  let last = 2060;
  for (const row of rows) {
    for (const value of [row.due, row.extendedDue]) {
      const date = readDateCell(value).date;
      if (!date) continue;
      const year = Number(date.slice(0, 4));
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Columns A..J are the agreed contract other tools parse: label, total, six states, score, rating.
 * K and L, after it, are working columns: the completions the score counts (on time, late), i.e.
 * those due by the report date. Overdue tasks are all due by then, so the score counts the whole
 * Quá hạn column.
 */
const SCORE_COLUMN = 2 + SUMMARY_STATES.length;
const RATING_COLUMN = SCORE_COLUMN + 1;
const SCORED_COLUMN = RATING_COLUMN + 1;
const LAST_COLUMN = SCORED_COLUMN + 1;
const WORKING_HEADER_FILL = "#D9E1F2";
const WORKING_FONT = "#7F7F7F";

function headerCells(label: string): PlanCell[] {
  return [
    label,
    SUMMARY_TEXT.total,
    ...SUMMARY_STATES.map((s) => STATE_LABELS[s]),
    SUMMARY_TEXT.score,
    SUMMARY_TEXT.rating,
    SUMMARY_TEXT.scoredOnTime,
    SUMMARY_TEXT.scoredLate,
  ];
}

function groupCells(group: GroupRow, r: number, headerRow: number, bands: SummaryInput["bands"]): PlanCell[] {
  const labelCell = `$A${r}`;
  const stateHeader = (s: State) => `${columnLetter(2 + SUMMARY_STATES.indexOf(s))}$${headerRow}`;
  const stateCells = SUMMARY_STATES.map((s) => ({ formula: group.count(labelCell, stateHeader(s)) }));
  const [onTime, late] = [SCORED_COLUMN, SCORED_COLUMN + 1].map((c) => `${columnLetter(c)}${r}`);
  const overdue = `${columnLetter(2 + SUMMARY_STATES.indexOf("overdue"))}${r}`;
  const counted = `(${onTime}+${late}+${overdue})`;
  const scoreCell = `${columnLetter(SCORE_COLUMN)}${r}`;
  return [
    group.label,
    { formula: group.count(labelCell, null) },
    ...stateCells,
    {
      formula: `=IF(${counted}=0,"",(${NAMES.onTime}*${onTime}+${NAMES.late}*${late}+${NAMES.overdue}*${overdue})/${counted})`,
    },
    { formula: `=IF(${scoreCell}="","",${ratingFormula(scoreCell, bands)})` },
    group.scored(labelCell, stateHeader("doneOnTime")),
    group.scored(labelCell, stateHeader("doneLate")),
  ];
}

/** The day after the report date: a date is on or before the report date when below it, time of day or not. */
const AFTER_REPORT_DATE = `(INT(${NAMES.reportDate})+1)`;

/**
 * Per row, 1 when the effective deadline (Hạn điều chỉnh when it holds a date, else Hạn hoàn thành)
 * is a date on or before the report date, as the Đánh giá formula reads the cells; else 0. Without IF
 * or N, which Excel 2016's SUMPRODUCT only evaluates per row as an array formula: text is no date.
 */
function dueByReportDate(extended: string, due: string): string {
  const hasExtension = `ISNUMBER(${extended})*(${extended}>=1)`;
  return (
    `(${hasExtension}*(${extended}<${AFTER_REPORT_DATE})` +
    `+(1-${hasExtension})*ISNUMBER(${due})*(${due}>=1)*(${due}<${AFTER_REPORT_DATE}))`
  );
}

/** Nested IF over the bands, highest first; below every band gets the last band's label (as rate() does). */
function ratingFormula(score: string, bands: SummaryInput["bands"]): string {
  if (bands.length === 0) return '""';
  const [band, ...rest] = bands;
  if (rest.length === 0) return band.label;
  return `IF(${score}>=${band.min},${band.label},${ratingFormula(score, rest)})`;
}

/**
 * Months 1–12 of the effective deadline: Hạn điều chỉnh when it holds a date, else Hạn hoàn thành, as
 * the Đánh giá formula decides. Every month is listed, so the block stays right after edits, then the
 * tasks without a deadline. A month of any year is the sum over `years` of COUNTIFS on date bounds:
 * the tasks extended into it, plus those due in it, minus those of them extended elsewhere. (MONTH
 * fails on a date typed as text, and TEXT(date,"m") over thousands of rows takes LibreOffice seconds.)
 */
function monthGroups(extended: string, due: string, state: string, years: number[]): GroupRow[] {
  const yearList = `{${years.join(",")}}`;
  const criterion = (stateCell: string | null) => `${state},${stateCell ?? '"?*"'}`;
  // Deadlines in the month of `labelCell`, and with `byReportDate` only those on or before the report date.
  const monthCount = (labelCell: string, stateCell: string | null, byReportDate: boolean) => {
    const within = (range: string) =>
      `${range},">="&DATE(${yearList},${labelCell},1),${range},"<"&DATE(${yearList},${labelCell}+1,1)` +
      (byReportDate ? `,${range},"<"&${AFTER_REPORT_DATE}` : "");
    const s = criterion(stateCell);
    return (
      `=SUMPRODUCT(COUNTIFS(${within(extended)},${s})+COUNTIFS(${within(due)},${s})` +
      `-COUNTIFS(${within(due)},${extended},">=1",${s}))`
    );
  };
  const months = Array.from({ length: 12 }, (_, i): GroupRow => ({
    label: i + 1,
    count: (labelCell, stateCell) => monthCount(labelCell, stateCell, false),
    scored: (labelCell, stateCell) => ({ formula: monthCount(labelCell, stateCell, true) }),
  }));
  const noDeadline: GroupRow = {
    label: SUMMARY_TEXT.noDeadline,
    count: (_, stateCell) => {
      const s = criterion(stateCell);
      return (
        `=COUNTIFS(${s})-COUNTIFS(${extended},">=1",${s})-COUNTIFS(${due},">=1",${s})` +
        `+COUNTIFS(${extended},">=1",${due},">=1",${s})`
      );
    },
    // Without a deadline nothing is due by the report date.
    scored: () => 0,
  };
  return [...months, noDeadline];
}
