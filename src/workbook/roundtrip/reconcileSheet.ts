// The "Đối chiếu" sheet of a merged master: one row per applied change, conflict, refusal, extension
// proposal of every return merged so far, and each `check` finding a merge brought to the master (with
// one line per merge counting those that were already there: Kiểm tra lists them). Flat, one header row, an Excel table, so
// the planner can filter and pivot it. The sheet is rewritten at each merge from its own cells read
// back plus the new entries, so merging a file again adds no duplicate lines.
import { DATE_FIELDS } from "../../core/types";
import type { MergeResult } from "../../core/roundtrip/types";
import { RECONCILE_TEXT } from "../../core/strings/merge";
import { REFUSAL_TEXT } from "../../core/strings/roundtrip";
import { SEVERITY_LABELS } from "../../core/strings/workbook";
import { TASK_HEADERS } from "../../core/strings/vi";
import { formatViDate, fromExcelSerial, fromJsDate, isIsoDate } from "../../core/dates";
import { oneLine } from "../../core/text";
import type { CellValue, IsoDate, TaskField } from "../../core/types";
import { formulaText, rangeA1 } from "../a1";
import { block } from "../blocks";
import { HEADER_FILL, HEADER_FONT, STATE_FILLS, TITLE_FONT } from "../colours";
import type { PlanCell, SheetPlan } from "../plan";
import type { MergeFindings, ReturnFindings } from "./mergeFindings";

export type { ReturnFindings } from "./mergeFindings";

export const RECONCILE_SHEET = RECONCILE_TEXT.sheet;

const KEYS = ["received", "file", "unit", "id", "column", "kind", "master", "returned", "note"] as const;
type Key = (typeof KEYS)[number];
export type ReconcileRow = Record<Key, string>;

const HEADER_ROW = 2;

function shown(field: TaskField | null, value: string): string {
  return field && DATE_FIELDS.includes(field) && isIsoDate(value) ? formatViDate(value) : value;
}

const column = (field: TaskField | null) => (field ? TASK_HEADERS[field] : "");

/** The new entries of one merge, in the order the merge met them, per file. */
export function reconcileRowsOf(result: MergeResult, findings: readonly ReturnFindings[], received: IsoDate): ReconcileRow[] {
  const k = RECONCILE_TEXT.kinds;
  const rows: ReconcileRow[] = [
    ...result.applied.map((a) => ({
      received, file: a.file, unit: a.unit, id: a.id, column: column(a.field), kind: k.applied,
      master: shown(a.field, a.from), returned: shown(a.field, a.to), note: RECONCILE_TEXT.appliedNote,
    })),
    ...result.conflicts.map((c) => ({
      received, file: c.file, unit: c.unit, id: c.id, column: column(c.field), kind: k.conflict,
      master: shown(c.field, c.master), returned: shown(c.field, c.returned), note: RECONCILE_TEXT.conflictNote(shown(c.field, c.sent)),
    })),
    ...result.refused.map((r) => ({
      received, file: r.file, unit: r.unit, id: r.id, column: column(r.field), kind: k.refused,
      master: "", returned: shown(r.field, r.value), note: r.message ?? REFUSAL_TEXT[r.reason],
    })),
    ...result.proposals.map((p) => ({
      received, file: p.file, unit: p.unit, id: p.id, column: TASK_HEADERS.extendedDue, kind: k.proposal,
      master: "", returned: shown("extendedDue", p.proposedDue), note: RECONCILE_TEXT.proposalNote(p.reason),
    })),
    ...findings.flatMap(({ file, unit, findings: list }) =>
      list.map((f) => ({
        received, file, unit, id: f.id, column: column(f.field), kind: k.finding,
        master: "", returned: "", note: RECONCILE_TEXT.newFindingNote(f.cell ?? "", SEVERITY_LABELS[f.severity], f.message),
      })),
    ),
  ];
  const order = new Map<string, number>();
  for (const row of rows) if (!order.has(row.file)) order.set(row.file, order.size);
  return rows.map((row, i) => ({ row, i })).sort((a, b) => order.get(a.row.file)! - order.get(b.row.file)! || a.i - b.i).map(({ row }) => row);
}

/** An entry is the same whenever it was received: what, from where, and what it says. */
function entryKey(row: ReconcileRow): string {
  return KEYS.filter((key) => key !== "received").map((key) => row[key]).join("\u0001");
}

/** The previous entries, then the new ones not already listed. */
export function appendReconcileRows(previous: readonly ReconcileRow[], fresh: readonly ReconcileRow[]): { rows: ReconcileRow[]; added: number } {
  const seen = new Set(previous.map(entryKey));
  const rows = [...previous];
  for (const row of fresh) {
    const key = entryKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
  }
  return { rows, added: rows.length - previous.length };
}

function distinct(values: readonly string[]): string {
  return [...new Set(values.filter((v) => v !== ""))].join(", ");
}

/**
 * The report after a merge: the previous entries, this merge's new ones, and, when it added any, one
 * line counting the findings on the merged tasks that were there before (listed on `checkSheet` only).
 * A merge that adds nothing adds no count either, so merging the same file again changes nothing.
 */
export function mergeReport(
  previous: readonly ReconcileRow[],
  result: MergeResult,
  findings: MergeFindings,
  received: IsoDate,
  checkSheet: string,
): { rows: ReconcileRow[]; added: number } {
  const report = appendReconcileRows(previous, reconcileRowsOf(result, findings.fresh, received));
  if (report.added === 0 || findings.earlier === 0) return report;
  const merged = [...result.applied, ...result.conflicts];
  report.rows.push({
    received, file: distinct(merged.map((c) => c.file)), unit: distinct(merged.map((c) => c.unit)), id: "", column: "",
    kind: RECONCILE_TEXT.kinds.finding, master: "", returned: "", note: RECONCILE_TEXT.earlierFindings(findings.earlier, checkSheet),
  });
  return { rows: report.rows, added: report.added + 1 };
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return fromJsDate(value) ?? "";
  return oneLine(String(value));
}

function dateText(value: CellValue): string {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return fromExcelSerial(value);
  return text(value);
}

/** The entries of a "Đối chiếu" sheet from its cells (row 1 first), found under their header row. */
export function readReconcileCells(cells: readonly (readonly CellValue[])[]): ReconcileRow[] {
  const headers = KEYS.map((key) => RECONCILE_TEXT.headers[key]);
  const headerAt = cells.findIndex((line) => headers.every((h, c) => text(line?.[c]) === h));
  if (headerAt < 0) return [];
  const rows: ReconcileRow[] = [];
  for (const line of cells.slice(headerAt + 1)) {
    const row = Object.fromEntries(KEYS.map((key, c) => [key, key === "received" ? dateText(line?.[c]) : text(line?.[c])])) as ReconcileRow;
    if (row.kind === "") continue;
    rows.push(row);
  }
  return rows;
}

function cellOf(key: Key, value: string): PlanCell {
  return key === "received" && isIsoDate(value) ? { date: value } : value;
}

/**
 * The sheet of these entries: the earlier ones read back from the sheet and this merge's, appended
 * (appendReconcileRows), so that no merge's record is lost.
 */
export function buildReconcileSheet(rows: readonly ReconcileRow[]): SheetPlan {
  const headers = KEYS.map((key) => RECONCILE_TEXT.headers[key]);
  const body: PlanCell[][] =
    rows.length > 0 ? rows.map((row) => KEYS.map((key) => cellOf(key, row[key]))) : [["", "", "", "", "", "", "", "", RECONCILE_TEXT.empty]];
  const last = HEADER_ROW + body.length;
  const width = KEYS.length;
  const kindColumn = `$F${HEADER_ROW + 1}`;
  const highlight = (kind: string, fill: { fill: string; font: string }) => ({
    range: rangeA1(0, HEADER_ROW + 1, width - 1, last),
    formula: `=${kindColumn}=${formulaText(kind)}`,
    fill: fill.fill,
    fontColor: fill.font,
    stopIfTrue: true,
  });
  return {
    name: RECONCILE_SHEET,
    blocks: [block(0, 1, [[RECONCILE_TEXT.title]]), block(0, HEADER_ROW, [headers, ...body])],
    table: { name: RECONCILE_TEXT.table, range: rangeA1(0, HEADER_ROW, width - 1, last), headers, style: "TableStyleLight9" },
    columns: [
      { index: 0, width: 12, numberFormat: "dd/mm/yyyy" },
      { index: 1, width: 24, wrap: true },
      { index: 2, width: 22, wrap: true },
      { index: 3, width: 10 },
      { index: 4, width: 18, wrap: true },
      { index: 5, width: 15 },
      { index: 6, width: 24, wrap: true },
      { index: 7, width: 24, wrap: true },
      { index: 8, width: 60, wrap: true },
    ],
    styles: [
      { range: "A1", bold: true, fontSize: 13, fontColor: TITLE_FONT },
      { range: rangeA1(0, HEADER_ROW, width - 1, HEADER_ROW), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [
      highlight(RECONCILE_TEXT.kinds.conflict, STATE_FILLS.overdue),
      highlight(RECONCILE_TEXT.kinds.refused, STATE_FILLS.dueSoon),
    ],
    tabColor: "#7030A0",
  };
}
