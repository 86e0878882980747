// The "Tổng hợp" sheet: the headline and per-unit, month, Board member and section blocks, all formulas
// over the task table, so a copy opened anywhere (Excel 2016, LibreOffice, WPS) is true that day.
//
// Every figure is one COUNTIFS over whole table columns by structured reference (see taskRefs.ts): the
// state in Đánh giá, and the hidden helper columns (effective deadline, lead / Board member / section
// as compared). No SUMPRODUCT and no array of years: recalculation grows with the rows, once (issue
// 14 §5). Each block ends with a row for the tasks no row above counts (a lead typed after the sheet
// was built, or deadlines in another year), worked out as the totals row minus the rows above, so
// the figures always add up without a refresh, and a totals row.
import { NO_LEAD, NO_LEADER, NO_SECTION, headlineText } from "../core/strings/summary";
import { RATING_LABELS, STATE_LABELS } from "../core/strings/vi";
import { SHEET_NAMES, SUMMARY_TEXT } from "../core/strings/workbook";
import type { State } from "../core/types";
import { columnLetter, formulaText, rangeA1 } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import { NAMES } from "./names";
import type { CellBlock, PlanCell, SheetPlan, StylePlan } from "./plan";
import { taskRefs, type HelperKey, type TaskRefs } from "./taskRefs";
import { DATE_FORMAT } from "./taskSheet";

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
  /** Absolute references of the band labels and minimums on Danh mục, highest first. */
  bands: { label: string; min: string }[];
  /** How the formulas name the task columns (the table's real headers); a fresh tracker's by default. */
  refs?: TaskRefs;
}

/**
 * A group row: its label and the COUNTIFS criteria (range, criterion pairs, no leading comma) that
 * select its tasks, given the sheet row it is on; null criteria for a row worked out from the others.
 */
interface GroupRow {
  label: PlanCell;
  criteria: ((r: number) => string) | null;
  /** Whether its tasks can count towards the score (tasks without a deadline never do). */
  scored: boolean;
}

/**
 * Columns A..J are the agreed contract other tools parse: label, total, six states, score, rating.
 * K and L, after it, are hidden working columns: the completions the score counts (on time, late),
 * i.e. those due by the report date. Overdue tasks are all due by then, so the score counts the whole
 * Quá hạn column.
 */
const SCORE_COLUMN = 2 + SUMMARY_STATES.length;
const RATING_COLUMN = SCORE_COLUMN + 1;
const SCORED_COLUMN = RATING_COLUMN + 1;
const LAST_COLUMN = SCORED_COLUMN + 1;

export function buildSummarySheet(input: SummaryInput): SheetPlan {
  const refs = input.refs ?? taskRefs();
  const state = refs.column("state");
  const due = refs.column("effectiveDue");
  const blocks: CellBlock[] = [];
  const styles: StylePlan[] = [];
  let row = 1;

  const count = (label: State) => `COUNTIFS(${state},${formulaText(STATE_LABELS[label])})`;
  const [before, after] = headlineText(0, 1).split("0/1");
  blocks.push(
    block(0, row, [
      [SUMMARY_TEXT.title],
      [{ formula: `=${before ? `${formulaText(before)}&` : ""}(${count("doneOnTime")}+${count("doneLate")})&"/"&COUNTIFS(${state},"?*")&${formulaText(after)}` }],
      [SUMMARY_TEXT.reportDate, { formula: `=${NAMES.reportDate}` }],
      // The blocks count lead roles; a partner weight set on Danh mục is applied by the engine only: say so.
      [{ formula: `=IFERROR(IF(${NAMES.partnerWeight}>0,${formulaText(SUMMARY_TEXT.partnerWeightNote)},""),"")` }],
    ]),
  );
  styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT },
    { range: "A2", bold: true, fontSize: 12 },
    { range: "B3", numberFormat: DATE_FORMAT, bold: true, horizontal: "left" },
    { range: "A4", italic: true },
  );
  row = 5;

  const addBlock = (title: PlanCell[], header: string, groups: GroupRow[], otherLabel: string) => {
    const headerRow = row + 1;
    const first = headerRow + 1;
    const all: GroupRow[] = [...groups, { label: otherLabel, criteria: null, scored: true }];
    const totalsRow = first + all.length;
    const rows: PlanCell[][] = [title, headerCells(header)];
    all.forEach((group, i) => rows.push(groupCells(group, first + i, { headerRow, first, totalsRow, state, due, bands: input.bands })));
    rows.push(groupCells({ label: SUMMARY_TEXT.totals, criteria: () => "", scored: true }, totalsRow, { headerRow, first, totalsRow, state, due, bands: input.bands }));
    blocks.push(block(0, row, rows));
    styles.push(
      { range: rangeA1(0, row), bold: true, fontSize: 12, fontColor: TITLE_FONT },
      { range: rangeA1(0, headerRow, LAST_COLUMN, headerRow), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: rangeA1(SCORE_COLUMN, first, SCORE_COLUMN, totalsRow), numberFormat: "0.0", horizontal: "center" },
      { range: rangeA1(1, first, SCORE_COLUMN - 1, totalsRow), horizontal: "center" },
      { range: rangeA1(0, totalsRow - 1), italic: true },
      { range: rangeA1(0, totalsRow, RATING_COLUMN, totalsRow), bold: true, border: true },
    );
    row = totalsRow + 2;
  };

  const byText = (key: Exclude<HelperKey, "effectiveDue">, blankLabel: string) => (name: string): GroupRow => ({
    label: name,
    // "" matches blank cells; a name is compared whole ("=" then the name), case ignored as COUNTIFS does.
    criteria: (r) => `${refs.column(key)},${name === blankLabel ? '""' : `"="&$A${r}`}`,
    scored: true,
  });
  const withBlank = (names: string[], hasBlank: boolean, blankLabel: string) => (hasBlank ? [...names, blankLabel] : names);

  addBlock(
    [SUMMARY_TEXT.byUnit],
    SUMMARY_TEXT.unit,
    withBlank(input.units, input.hasBlankLead, NO_LEAD).map(byText("leadText", NO_LEAD)),
    SUMMARY_TEXT.otherGroups,
  );
  // The month block covers one year: the plan year, or the report date's year when there is none.
  const monthTitleRow = row;
  const yearCell = `$C$${monthTitleRow}`;
  const months = Array.from({ length: 12 }, (_, i): GroupRow => ({
    label: i + 1,
    criteria: (r) => `${due},">="&DATE(${yearCell},$A${r},1),${due},"<"&DATE(${yearCell},$A${r}+1,1)`,
    scored: true,
  }));
  addBlock(
    [SUMMARY_TEXT.byMonth, SUMMARY_TEXT.year, { formula: `=IF(N(${NAMES.planYear})>=1,${NAMES.planYear},YEAR(${NAMES.reportDate}))` }],
    SUMMARY_TEXT.month,
    [...months, { label: SUMMARY_TEXT.noDeadline, criteria: () => `${due},0`, scored: false }],
    SUMMARY_TEXT.otherYears,
  );
  styles.push({ range: rangeA1(1, monthTitleRow, 2, monthTitleRow), bold: true, horizontal: "left" });
  addBlock(
    [SUMMARY_TEXT.byLeader],
    SUMMARY_TEXT.leader,
    withBlank(input.leaders, input.hasBlankLeader, NO_LEADER).map(byText("leaderText", NO_LEADER)),
    SUMMARY_TEXT.otherGroups,
  );
  addBlock(
    [SUMMARY_TEXT.bySection],
    SUMMARY_TEXT.section,
    withBlank(input.sections, input.hasBlankSection, NO_SECTION).map(byText("sectionText", NO_SECTION)),
    SUMMARY_TEXT.otherGroups,
  );

  return {
    name: SUMMARY_SHEET,
    blocks,
    columns: [
      { index: 0, width: 42, wrap: true },
      { index: 1, width: 10, wrap: true },
      ...SUMMARY_STATES.map((_, i) => ({ index: 2 + i, width: 13, wrap: true })),
      { index: SCORE_COLUMN, width: 9 },
      { index: RATING_COLUMN, width: 28, wrap: true },
      { index: SCORED_COLUMN, width: 16, wrap: true, hidden: true },
      { index: LAST_COLUMN, width: 16, wrap: true, hidden: true },
    ],
    styles,
    validations: [],
    conditionalFormats: [],
    tabColor: "#548235",
  };
}

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

interface BlockFrame {
  headerRow: number;
  /** First group row and the totals row. */
  first: number;
  totalsRow: number;
  /** Đánh giá and the effective-deadline helper, whole columns. */
  state: string;
  due: string;
  bands: SummaryInput["bands"];
}

/** The day after the report date: a deadline is on or before the report date when below it. */
const AFTER_REPORT_DATE = `(INT(${NAMES.reportDate})+1)`;

function groupCells(group: GroupRow, r: number, frame: BlockFrame): PlanCell[] {
  const { headerRow, first, totalsRow, state, due } = frame;
  const letter = (c: number) => columnLetter(c);
  const stateHeader = (s: State) => `${letter(2 + SUMMARY_STATES.indexOf(s))}$${headerRow}`;
  const criteria = group.criteria?.(r);
  const countifs = (...parts: string[]) => `=COUNTIFS(${[criteria, ...parts].filter((p) => p).join(",")})`;
  // A row worked out from the others: the totals row minus the group rows above it.
  const rest = (c: number): PlanCell => ({ formula: `=${letter(c)}${totalsRow}-SUM(${letter(c)}${first}:${letter(c)}${r - 1})` });
  const figure = (c: number, ...parts: string[]): PlanCell => (criteria === undefined ? rest(c) : { formula: countifs(...parts) });
  const scoredFigure = (c: number, s: State): PlanCell =>
    criteria === undefined ? rest(c) : group.scored ? { formula: countifs(`${state},${stateHeader(s)}`, `${due},">=1"`, `${due},"<"&${AFTER_REPORT_DATE}`) } : 0;

  const [onTime, late] = [SCORED_COLUMN, SCORED_COLUMN + 1].map((c) => `${letter(c)}${r}`);
  const overdue = `${letter(2 + SUMMARY_STATES.indexOf("overdue"))}${r}`;
  const counted = `(${onTime}+${late}+${overdue})`;
  const scoreCell = `${letter(SCORE_COLUMN)}${r}`;
  return [
    group.label,
    figure(1, `${state},"?*"`),
    ...SUMMARY_STATES.map((s, i) => figure(2 + i, `${state},${stateHeader(s)}`)),
    {
      formula: `=IF(${counted}=0,"",(${NAMES.onTime}*${onTime}+${NAMES.late}*${late}+${NAMES.overdue}*${overdue})/${counted})`,
    },
    // A group with nothing due by the report date is not rated: "Chưa đánh giá", never a zero.
    { formula: `=IF(${scoreCell}="",${formulaText(RATING_LABELS.unrated)},${ratingFormula(scoreCell, frame.bands)})` },
    scoredFigure(SCORED_COLUMN, "doneOnTime"),
    scoredFigure(SCORED_COLUMN + 1, "doneLate"),
  ];
}

/** Nested IF over the bands, highest first; below every band gets the last band's label (as rate() does). */
function ratingFormula(score: string, bands: SummaryInput["bands"]): string {
  if (bands.length === 0) return '""';
  const [band, ...rest] = bands;
  if (rest.length === 0) return band.label;
  return `IF(${score}>=${band.min},${band.label},${ratingFormula(score, rest)})`;
}
