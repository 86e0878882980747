// The "Tổng hợp" sheet: the headline and per-unit, month, Board member and section blocks, all formulas
// over the task table, so a copy opened anywhere (Excel 2016, LibreOffice, WPS) is true that day.
//
// Every figure is one COUNTIFS over whole table columns by structured reference (see taskRefs.ts): the
// state in Đánh giá, and the hidden helper columns (effective deadline, lead / Board member / section
// as compared). No SUMPRODUCT and no array of years: recalculation grows with the rows, once (issue
// 14 §5). Each block ends with a row for the tasks no row above counts (a lead typed after the sheet
// was built, or deadlines in another year), worked out as the totals row minus the rows above, so
// the figures always add up without a refresh, and a totals row.
//
// Partner roles (issue 13 §3): a unit's score weighs the tasks it partners on by TrongSoPhoiHop, as
// the engine does (rating.ts unitScoreOf). Who partners on what is read from Phân công's table
// (BangPhanCong: one row per task × unit × role, with the live Điểm of the task as of the report
// date), three more COUNTIFS per unit row in hidden working columns, evaluated only while the weight
// is above 0. A workbook without that table (older trackers, the sheet deleted) keeps lead-only
// formulas, since Excel refuses a formula naming a table it does not hold, and cell A4 says so.
import { NO_LEAD, NO_LEADER, NO_SECTION, headlineText } from "../core/strings/summary";
import { ROLE_LABELS, ASSIGNMENT_TEXT } from "../core/strings/report";
import { RATING_LABELS, STATE_LABELS } from "../core/strings/vi";
import { SHEET_NAMES, SUMMARY_TEXT } from "../core/strings/workbook";
import type { State } from "../core/types";
import { columnLetter, formulaText, rangeA1 } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import { NAMES } from "./names";
import { ASSIGNMENT_TABLE } from "./report/assignmentSheet";
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
  /**
   * Whether the workbook holds Phân công's table with its Đơn vị, Vai trò, Đánh giá and Điểm columns:
   * then a unit's score and rating weigh its partner roles by TrongSoPhoiHop. Lead roles only otherwise.
   */
  partnerTable?: boolean;
  /** Some unit only partners and has no row of its own (the weight was 0 when the sheet was built). */
  partnerOnlyUnlisted?: boolean;
}

/** The Phân công columns the partner figures count, by the headers the sheet is built with. */
export const PARTNER_TABLE_HEADERS: readonly string[] = [
  ASSIGNMENT_TEXT.headers.unit,
  ASSIGNMENT_TEXT.headers.role,
  ASSIGNMENT_TEXT.headers.state,
  ASSIGNMENT_TEXT.headers.score,
];

const assignmentColumn = (header: string) => `${ASSIGNMENT_TABLE}[${header}]`;

/**
 * A group row: its label and the COUNTIFS criteria (range, criterion pairs, no leading comma) that
 * select its tasks, given the sheet row it is on; null criteria for a row worked out from the others.
 */
interface GroupRow {
  label: PlanCell;
  criteria: ((r: number) => string) | null;
  /** Whether its tasks can count towards the score (tasks without a deadline never do). */
  scored: boolean;
  /** A unit row whose partner roles count (in a block that weighs them): the criteria on Phân công. */
  partner?: (r: number) => string;
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
/** The unit block's hidden partner columns: partner roles the score counts, on time, late, overdue. */
const PARTNER_COLUMN = LAST_COLUMN + 1;
const PARTNER_STATES = ["doneOnTime", "doneLate", "overdue"] as const;
/** The partner weight as the engine reads the setting: 0 when blank, text, negative or missing. */
const PARTNER_WEIGHT = `IFERROR(MAX(0,N(${NAMES.partnerWeight})),0)`;

/**
 * Excel refuses a string literal over 255 characters in a formula: longer text is joined from pieces.
 */
function longFormulaText(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += 200) pieces.push(formulaText(text.slice(i, i + 200)));
  return pieces.join("&");
}

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
      // With a partner weight above 0: how partner roles count, or, without Phân công, that they do not here.
      [{ formula: `=IFERROR(IF(N(${NAMES.partnerWeight})>0,${partnerNote(input)},""),"")` }],
    ]),
  );
  styles.push(
    { range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT },
    { range: "A2", bold: true, fontSize: 12 },
    { range: "B3", numberFormat: DATE_FORMAT, bold: true, horizontal: "left" },
    { range: "A4", italic: true },
  );
  row = 5;

  /** `weight`: the partner weight, for the unit block when Phân công is there. */
  const addBlock = (title: PlanCell[], header: string, groups: GroupRow[], otherLabel: string, weight?: string) => {
    const headerRow = row + 1;
    const first = headerRow + 1;
    const all: GroupRow[] = [...groups, { label: otherLabel, criteria: null, scored: true }];
    const totalsRow = first + all.length;
    const frame: BlockFrame = { headerRow, first, totalsRow, state, due, bands: input.bands, weight };
    const rows: PlanCell[][] = [title, [...headerCells(header), ...(weight ? PARTNER_HEADERS : [])]];
    all.forEach((group, i) => rows.push(groupCells(group, first + i, frame)));
    rows.push(groupCells({ label: SUMMARY_TEXT.totals, criteria: () => "", scored: true }, totalsRow, frame));
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

  // The unit block's title row shows the partner weight its scores apply. The formulas read the setting
  // themselves rather than that cell: a figure must not rest on a cell no report date recalculates
  // (LibreOffice keeps such a cell's saved value when it opens a copy).
  const unitTitleRow = row;
  const partnerCriteria = (r: number) =>
    `${assignmentColumn(ASSIGNMENT_TEXT.headers.unit)},"="&$A${r},${assignmentColumn(ASSIGNMENT_TEXT.headers.role)},${formulaText(ROLE_LABELS.partner)}`;
  addBlock(
    input.partnerTable ? [SUMMARY_TEXT.byUnit, SUMMARY_TEXT.partnerWeight, { formula: `=${PARTNER_WEIGHT}` }] : [SUMMARY_TEXT.byUnit],
    SUMMARY_TEXT.unit,
    withBlank(input.units, input.hasBlankLead, NO_LEAD)
      .map(byText("leadText", NO_LEAD))
      // The blank-lead group is no unit: nobody partners as it.
      .map((g) => (input.partnerTable && g.label !== NO_LEAD ? { ...g, partner: partnerCriteria } : g)),
    SUMMARY_TEXT.otherGroups,
    input.partnerTable ? PARTNER_WEIGHT : undefined,
  );
  if (input.partnerTable) styles.push({ range: rangeA1(1, unitTitleRow, 2, unitTitleRow), bold: true, horizontal: "left" });
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
      ...PARTNER_STATES.map((_, i) => ({ index: PARTNER_COLUMN + i, width: 16, wrap: true, hidden: true })),
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
  /** The partner weight (an expression), in the unit block when Phân công is there. */
  weight?: string;
}

const PARTNER_HEADERS: PlanCell[] = [SUMMARY_TEXT.partnerOnTime, SUMMARY_TEXT.partnerLate, SUMMARY_TEXT.partnerOverdue];

/** A4: said only while the weight is above 0. */
function partnerNote(input: SummaryInput): string {
  if (!input.partnerTable) return formulaText(SUMMARY_TEXT.partnerWeightNote);
  return longFormulaText(SUMMARY_TEXT.partnerWeightApplied + (input.partnerOnlyUnlisted ? SUMMARY_TEXT.partnerOnlyMissing : ""));
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
  const points = (a: string, b: string, c: string) => `${NAMES.onTime}*${a}+${NAMES.late}*${b}+${NAMES.overdue}*${c}`;
  const leadScore = `IF(${counted}=0,"",(${points(onTime, late, overdue)})/${counted})`;
  const scoreCell = `${letter(SCORE_COLUMN)}${r}`;
  const cells: PlanCell[] = [
    group.label,
    figure(1, `${state},"?*"`),
    ...SUMMARY_STATES.map((s, i) => figure(2 + i, `${state},${stateHeader(s)}`)),
    { formula: `=${leadScore}` },
    // A group with nothing due by the report date is not rated: "Chưa đánh giá", never a zero.
    { formula: `=IF(${scoreCell}="",${formulaText(RATING_LABELS.unrated)},${ratingFormula(scoreCell, frame.bands)})` },
    scoredFigure(SCORED_COLUMN, "doneOnTime"),
    scoredFigure(SCORED_COLUMN + 1, "doneLate"),
  ];
  const { weight } = frame;
  if (!weight) return cells;
  if (!group.partner) return [...cells, null, null, null];
  // The unit's partner roles the score counts, in Phân công: its Điểm is a number exactly when the task
  // counts as of the report date (equal to that state's points; "" otherwise). Overdue always counts.
  const partner = group.partner(r);
  const counts = PARTNER_STATES.map((s): PlanCell => {
    const points = s === "doneOnTime" ? NAMES.onTime : s === "doneLate" ? NAMES.late : null;
    const scored = points ? `,${assignmentColumn(ASSIGNMENT_TEXT.headers.score)},${points}` : "";
    return { formula: `=IF(${weight}>0,COUNTIFS(${partner},${assignmentColumn(ASSIGNMENT_TEXT.headers.state)},${stateHeader(s)}${scored}),0)` };
  });
  // (lead points + w·partner points) / (lead count + w·partner count), in unitScoreOf's order.
  const [pOnTime, pLate, pOverdue] = PARTNER_STATES.map((_, i) => `${letter(PARTNER_COLUMN + i)}${r}`);
  const partnerCount = `(${pOnTime}+${pLate}+${pOverdue})`;
  const withPartners = `(${counted}+${weight}*${partnerCount})`;
  cells[SCORE_COLUMN] = {
    formula:
      `=IF(${weight}>0,IF(${withPartners}=0,"",(${points(onTime, late, overdue)}+${weight}*(${points(pOnTime, pLate, pOverdue)}))/${withPartners}),` +
      `${leadScore})`,
  };
  return [...cells, ...counts];
}

/** Nested IF over the bands, highest first; below every band gets the last band's label (as rate() does). */
function ratingFormula(score: string, bands: SummaryInput["bands"]): string {
  if (bands.length === 0) return '""';
  const [band, ...rest] = bands;
  if (rest.length === 0) return band.label;
  return `IF(${score}>=${band.min},${band.label},${ratingFormula(score, rest)})`;
}
