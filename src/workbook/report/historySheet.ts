// The "Lịch sử" sheet: per-unit figures frozen at each report date ("Chốt số liệu"), written as values
// so that a quarter's, half-year's or year's figures stay as reported however the tasks change later.
// One block per date, in date order; freezing a date again replaces its block. The sheet is rebuilt
// whole from the blocks read back, so the CLI (ExcelJS cells) and the add-in (Office.js values) share
// this reading and writing. A trend table (one column of scores per unit) feeds the add-in's chart.
import { fromExcelSerial, fromJsDate, isIsoDate } from "../../core/dates";
import { HISTORY_TEXT, REPORT_SHEETS } from "../../core/strings/report";
import { provisionalRating, RATING_LABELS } from "../../core/strings/vi";
import { compareVi } from "../../core/text";
import type { CellValue, Counts, GroupSummary, IsoDate, Summary } from "../../core/types";
import { rangeA1 } from "../a1";
import { block } from "../blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "../colours";
import type { CellBlock, PlanCell, SheetPlan, StylePlan } from "../plan";

export const HISTORY_SHEET = REPORT_SHEETS.history;

const COUNT_KEYS = ["total", "doneOnTime", "doneLate", "inProgress", "dueSoon", "overdue", "ongoing"] as const;

export interface HistoryRow extends Counts {
  unit: string;
  score: number | null;
  /** As written: an official label, "Chưa đánh giá", or either with "(tạm tính)". */
  rating: string;
}

export interface HistoryBlock {
  asOf: IsoDate;
  units: HistoryRow[];
  total: HistoryRow;
}

/** The figures of one report date, from the engine's summary (`total`: every unit together). */
export function historyBlockOf(summary: Summary, total: GroupSummary): HistoryBlock {
  const row = (unit: string, g: GroupSummary): HistoryRow => ({
    unit,
    total: g.total,
    doneOnTime: g.doneOnTime,
    doneLate: g.doneLate,
    inProgress: g.inProgress,
    dueSoon: g.dueSoon,
    overdue: g.overdue,
    ongoing: g.ongoing,
    score: g.score,
    rating: g.rating === null ? RATING_LABELS.unrated : summary.provisional ? provisionalRating(g.rating) : g.rating,
  });
  return { asOf: summary.asOf, units: summary.units.map((u) => row(u.unit, u)), total: row(HISTORY_TEXT.total, total) };
}

/** `blocks` with `block` in date order; a block of the same date is replaced, never doubled. */
export function withBlock(blocks: readonly HistoryBlock[], added: HistoryBlock): { blocks: HistoryBlock[]; replaced: boolean } {
  const replaced = blocks.some((b) => b.asOf === added.asOf);
  const kept = blocks.filter((b) => b.asOf !== added.asOf);
  return { blocks: [...kept, added].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)), replaced };
}

const WIDTH = HISTORY_TEXT.headers.length;
/** The trend table starts two columns right of the blocks. */
const TREND_COLUMN = WIDTH + 1;
const FIRST_BLOCK_ROW = 4;
const TITLE_PREFIX = HISTORY_TEXT.blockTitle("2000-01-01").replace(/\d{2}\/\d{2}\/\d{4}$/, "");

/** Where the add-in's trend chart reads: the trend table (dates down, one score column per unit). */
export interface TrendRange {
  /** 0-based column, 1-based rows, as rangeA1 takes them. */
  column: number;
  row: number;
  columnCount: number;
  rowCount: number;
}

export function buildHistorySheet(blocks: readonly HistoryBlock[]): { sheet: SheetPlan; trend: TrendRange | null } {
  const cells: CellBlock[] = [block(0, 1, [[HISTORY_TEXT.title], [HISTORY_TEXT.note]])];
  const styles: StylePlan[] = [
    { range: "A1", bold: true, fontSize: 14, fontColor: TITLE_FONT },
    { range: "A2", italic: true },
  ];
  let row = FIRST_BLOCK_ROW;
  for (const b of blocks) {
    const values = (r: HistoryRow): PlanCell[] => [r.unit, ...COUNT_KEYS.map((k) => r[k]), r.score, r.rating];
    cells.push(block(0, row, [[HISTORY_TEXT.blockTitle(b.asOf), { date: b.asOf }], HISTORY_TEXT.headers.slice(), ...b.units.map(values), values(b.total)]));
    const last = row + 2 + b.units.length;
    styles.push(
      { range: rangeA1(0, row), bold: true, fontSize: 12, fontColor: TITLE_FONT },
      { range: rangeA1(1, row), numberFormat: "dd/mm/yyyy", bold: true, horizontal: "left" },
      { range: rangeA1(0, row + 1, WIDTH - 1, row + 1), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: rangeA1(8, row + 2, 8, last), numberFormat: "0.0" },
      { range: rangeA1(0, last, WIDTH - 1, last), bold: true },
      { range: rangeA1(0, row + 1, WIDTH - 1, last), border: true },
    );
    row = last + 2;
  }

  // Trend: one row per date, one column per unit that appears in any block, in Vietnamese order.
  const units = [...new Set(blocks.flatMap((b) => b.units.map((u) => u.unit)))].sort(compareVi);
  let trend: TrendRange | null = null;
  if (blocks.length > 0 && units.length > 0) {
    const rows: PlanCell[][] = [
      [HISTORY_TEXT.trendTitle],
      [HISTORY_TEXT.trendHeader, ...units],
      ...blocks.map((b): PlanCell[] => [{ date: b.asOf }, ...units.map((u) => b.units.find((x) => x.unit === u)?.score ?? null)]),
    ];
    cells.push(block(TREND_COLUMN, FIRST_BLOCK_ROW, rows));
    styles.push(
      { range: rangeA1(TREND_COLUMN, FIRST_BLOCK_ROW), bold: true, fontColor: TITLE_FONT },
      { range: rangeA1(TREND_COLUMN, FIRST_BLOCK_ROW + 1, TREND_COLUMN + units.length, FIRST_BLOCK_ROW + 1), bold: true, wrap: true },
      { range: rangeA1(TREND_COLUMN, FIRST_BLOCK_ROW + 2, TREND_COLUMN, FIRST_BLOCK_ROW + 1 + blocks.length), numberFormat: "dd/mm/yyyy" },
      { range: rangeA1(TREND_COLUMN + 1, FIRST_BLOCK_ROW + 2, TREND_COLUMN + units.length, FIRST_BLOCK_ROW + 1 + blocks.length), numberFormat: "0.0" },
    );
    trend = { column: TREND_COLUMN, row: FIRST_BLOCK_ROW + 1, columnCount: units.length + 1, rowCount: blocks.length + 1 };
  }

  const sheet: SheetPlan = {
    name: HISTORY_SHEET,
    blocks: cells,
    columns: [
      { index: 0, width: 36, wrap: true },
      ...Array.from({ length: WIDTH - 2 }, (_, i) => ({ index: i + 1, width: 11, wrap: true })),
      { index: WIDTH - 1, width: 30, wrap: true },
      { index: WIDTH, width: 3 },
      { index: TREND_COLUMN, width: 12 },
      ...units.map((_, i) => ({ index: TREND_COLUMN + 1 + i, width: 14, wrap: true })),
    ],
    styles,
    validations: [],
    conditionalFormats: [],
    tabColor: "#BF8F00",
  };
  return { sheet, trend };
}

/**
 * The blocks already on the sheet, from its cells (row by row from A1, as either reader gives them).
 * A block starts at a title "Số liệu chốt đến ngày dd/mm/yyyy" whose date cell holds the day; it runs
 * to the "Tổng cộng" row. Rows that do not fit are skipped: a block a user mangled is dropped from
 * the rebuilt sheet only if it cannot be read at all.
 */
export function readHistoryBlocks(cells: readonly (readonly CellValue[])[]): HistoryBlock[] {
  const blocks: HistoryBlock[] = [];
  for (let r = 0; r < cells.length; r++) {
    const title = cells[r]?.[0];
    if (typeof title !== "string" || !title.startsWith(TITLE_PREFIX)) continue;
    const asOf = dateOf(cells[r][1]) ?? dateFromTitle(title);
    if (!asOf) continue;
    const units: HistoryRow[] = [];
    let total: HistoryRow | null = null;
    let i = r + 2;
    for (; i < cells.length; i++) {
      const row = rowOf(cells[i] ?? []);
      if (!row) break;
      if (row.unit === HISTORY_TEXT.total) {
        total = row;
        break;
      }
      units.push(row);
    }
    if (total) blocks.push({ asOf, units, total });
    r = i;
  }
  return blocks;
}

function rowOf(values: readonly CellValue[]): HistoryRow | null {
  const unit = values[0];
  if (typeof unit !== "string" || unit.trim() === "") return null;
  const n = (v: CellValue) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : 0);
  const score = values[8];
  return {
    unit,
    total: n(values[1]),
    doneOnTime: n(values[2]),
    doneLate: n(values[3]),
    inProgress: n(values[4]),
    dueSoon: n(values[5]),
    overdue: n(values[6]),
    ongoing: n(values[7]),
    score: typeof score === "number" ? score : null,
    rating: typeof values[9] === "string" ? values[9] : "",
  };
}

function dateOf(value: CellValue): IsoDate | null {
  if (value instanceof Date) return fromJsDate(value);
  if (typeof value === "number") return fromExcelSerial(value);
  if (typeof value === "string" && isIsoDate(value)) return value;
  return null;
}

function dateFromTitle(title: string): IsoDate | null {
  const m = /(\d{2})\/(\d{2})\/(\d{4})$/.exec(title.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : null;
}

/** What `snapshot --json` prints: the figures written for the date. */
export function historyRecord(block: HistoryBlock, replaced: boolean, provisional: boolean, errors: number) {
  return { asOf: block.asOf, replaced, provisional, errors, units: block.units, total: block.total };
}
