// Writes a merge into the open tracker: each edit into its task-table cell, the Đối chiếu report and
// Kiểm tra refreshed, in one request after three reads (none per row). The rows are read again in the
// same Excel.run right before writing: a preview computed before the user sorted, deleted or edited rows
// must never write into the wrong row, so any edited row whose Mã NV or cell changed since refuses the
// whole merge. Kiểm tra is rewritten with runCheck's own functions on the rows as the edits leave them,
// so the workbook never shows findings from before the merge beside a report of after it.
import { fromJsDate, isIsoDate, readDateCell, toExcelSerial } from "../../core/dates";
import { canonicalValue } from "../../core/roundtrip/canonical";
import type { MasterEdit } from "../../core/roundtrip/types";
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { UI } from "../../core/strings/ui";
import type { CellValue, RawRow, TaskField } from "../../core/types";
import { buildReconcileSheet, mergeReport, readReconcileCells, RECONCILE_SHEET } from "../../workbook/roundtrip/reconcileSheet";
import { mergeFindings } from "../../workbook/roundtrip/mergeFindings";
import { readComputedCells } from "../readComputedCells";
import { checkFindings, chooseFindingsSheet, queueFindingsSheet, type ComputedCells } from "./runCheck";
import { RECONCILE_TEXT } from "../../core/strings/merge";
import { MAX_SHEET_NAMES } from "../../workbook/ownership";
import { FINDINGS_SHEET } from "../../workbook/findingsSheet";
import { taskId } from "../../workbook/schema/rows";
import { DATE_FIELDS } from "../../workbook/taskCells";
import { DATE_FORMAT } from "../../workbook/taskSheet";
import { AddinError, type AppliedMerge, type MergeToApply, type Progress } from "../actions";
import { cellAddress } from "../a1";
import { capabilities } from "../capabilities";
import { textInput, type ExcelInput } from "../cellInput";
import { jsonBytes } from "../payload";
import { chooseSheet, queueOwnership, readOwnership } from "../ownedSheets";
import { replaceSheet, surveySheets } from "../replaceSheet";
import { runExcel } from "../run";
import { openTracker, readTracker, requireTable, type TrackerRead } from "../trackerRead";
import { localToday } from "../settingsCells";
import { SMALL_OP_BYTES, WriteBatch } from "../writeBatch";
import { cellsFromA1, queueLedger, queueLedgerSheet } from "./roundTripSheets";

/** An edit's value as Excel should store it: real dates (serial numbers) in date columns, numbers as numbers, text as typed. */
export function editInput(field: TaskField, value: CellValue): ExcelInput {
  if (value === null || value === undefined) return "";
  if (DATE_FIELDS.includes(field)) {
    const iso = value instanceof Date ? fromJsDate(value) : typeof value === "string" && isIsoDate(value) ? value : readDateCell(value).date;
    if (iso) return toExcelSerial(iso);
  }
  if (value instanceof Date) return fromJsDate(value) ?? "";
  if (typeof value === "number" || typeof value === "boolean") return value;
  return value === "" ? "" : textInput(value);
}

/** "Đối chiếu", then "Đối chiếu (2)", "(3)", … : the names the report may take. */
export function reportNames(base: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? base : `${base} (${i + 1})`));
}

const MAX_REPORT_NAMES = MAX_SHEET_NAMES;

/** What Excel will hold once `value` is written through Range.values: text without the apostrophe that keeps it text. */
function stored(input: ExcelInput): CellValue {
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
}

/**
 * The table's rows (one per table row) as the merge's edits leave them. Đánh giá of an edited row is a
 * formula Excel recomputes after the write: its old value says nothing, so it is left unread (blank)
 * rather than judged against the new values; one typed over stays as typed.
 */
function rowsAfter(merge: MergeToApply, read: TrackerRead<unknown>, cells: ComputedCells): RawRow[] {
  const rows = [...read.rows];
  for (const edit of merge.result.edits) {
    const at = merge.basis.tableRows[edit.row];
    if (at === undefined || read.columns[edit.field] === undefined || !rows[at]) continue;
    const row: RawRow = { ...rows[at], [edit.field]: stored(editInput(edit.field, edit.value)) };
    if (cells.stateFormulas[at] === "=") row.state = null;
    rows[at] = row;
  }
  return rows;
}

/** The first edit whose row no longer holds what the preview saw, or null when every one is in place. */
function firstMoved(merge: MergeToApply, read: TrackerRead<unknown>): MasterEdit | null {
  const { rows, tableRows } = merge.basis;
  for (const edit of merge.result.edits) {
    const seen = rows[edit.row];
    const at = tableRows[edit.row];
    const now = at === undefined ? undefined : read.rows[at];
    if (!seen || !now) return edit;
    if (taskId(now.id) === "" || taskId(now.id) !== taskId(seen.id)) return edit;
    if (canonicalValue(edit.field, now[edit.field]) !== canonicalValue(edit.field, seen[edit.field])) return edit;
  }
  return null;
}

export function applyMerge(merge: MergeToApply, progress?: Progress): Promise<AppliedMerge> {
  const caps = capabilities();
  const names = reportNames(RECONCILE_SHEET, MAX_REPORT_NAMES);
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    // Request 1: the table, the names, the tabs (which report names are taken), the ledger sheet.
    const opened = await openTracker(context, () => ({ survey: surveySheets(context), ledger: queueLedgerSheet(context) }));
    const table = requireTable(opened.table);
    const existing = new Map(opened.extra.survey.sheets.items.map((s) => [s.name.toLowerCase(), s.name]));
    // Request 2: the rows again, and the cells of every existing sheet the report could go to.
    const read = await readTracker(context, table, opened.names, () => ({
      used: names
        .filter((name) => existing.has(name.toLowerCase()))
        .map((name) => ({ name, used: context.workbook.worksheets.getItem(existing.get(name.toLowerCase())!).getUsedRangeOrNullObject(true).load("address,values") })),
      ownership: queueOwnership(context, opened.names, [...existing.values()], [RECONCILE_SHEET, FINDINGS_SHEET]),
    }));

    const moved = firstMoved(merge, read);
    if (moved) throw new AddinError(UI.roundTrip.receive.stale(taskId(merge.basis.rows[moved.row]?.id) || `#${moved.row + 1}`), "StalePreview");
    // Request 3: what check reads beyond the values (Đánh giá's formulas, rows below the table).
    const cells = await readComputedCells(context, read);
    const before = checkFindings(read, read.rows, cells);
    const afterRows = rowsAfter(merge, read, cells);
    const after = checkFindings(read, afterRows, cells);

    // A sheet of that name is ours when our mark points at it (or, in a tracker made before marks, when
    // its A1 holds the report's title): a user's own sheet is never replaced.
    const cellsOf = new Map(read.extra.used.map(({ name, used }) => [name.toLowerCase(), cellsFromA1(used)]));
    const ownership = readOwnership(read.extra.ownership);
    const choice = chooseSheet(RECONCILE_SHEET, ownership, RECONCILE_TEXT.title);
    if (!choice) throw new AddinError(UI.roundTrip.receive.noReportName(RECONCILE_SHEET), "NoReportSheet");
    const target = choice.name;
    const checkChoice = chooseFindingsSheet(ownership);
    const diff = mergeFindings({ rows: read.rows, findings: before }, { rows: afterRows, findings: after }, merge.result);
    const previous = readReconcileCells(choice.exists ? (cellsOf.get(target.toLowerCase()) ?? []) : []);
    const report = mergeReport(previous, merge.result, diff, localToday(), checkChoice?.name ?? FINDINGS_SHEET);
    const plan = { ...buildReconcileSheet(report.rows), name: target };

    progress?.(0.5, PROGRESS_TEXT.writing);
    const sheet = context.workbook.worksheets.getItem(read.sheet);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    let written = 0;
    let skipped = 0;
    for (const edit of merge.result.edits) {
      const column = read.columns[edit.field];
      if (column === undefined) {
        skipped++;
        continue;
      }
      const address = cellAddress(read.rect.row + 1 + merge.basis.tableRows[edit.row], read.rect.column + column);
      const input = editInput(edit.field, edit.value);
      const isDate = DATE_FIELDS.includes(edit.field) && typeof input === "number";
      await batch.add(SMALL_OP_BYTES * (isDate ? 2 : 1) + jsonBytes(input), () => {
        const range = sheet.getRange(address);
        range.values = [[input]];
        if (isDate) range.numberFormat = [[DATE_FORMAT]];
      });
      written++;
    }
    await replaceSheet(context, opened.extra.survey, ownership, choice, plan, caps, batch);
    // A tracker without Kiểm tra gets one: the report's count line points there.
    if (checkChoice) await queueFindingsSheet(context, opened.extra.survey, ownership, checkChoice, after, caps, batch);
    if (merge.ledger) await queueLedger(context, opened.extra.ledger, merge.ledger, caps, batch);
    await batch.flush();
    progress?.(1, PROGRESS_TEXT.done);
    return {
      written,
      skipped,
      sheet: target,
      renamed: target !== RECONCILE_SHEET,
      checkSheet: checkChoice?.name ?? null,
      newFindings: diff.fresh.reduce((n, f) => n + f.findings.length, 0),
      earlierFindings: diff.earlier,
    };
  });
}
