// Writes a merge into the open tracker: each edit into its task-table cell and the Đối chiếu report
// sheet, in one request after two reads. The rows are read again in the same Excel.run right before
// writing: a preview computed before the user sorted, deleted or edited rows must never write into
// the wrong row, so any edited row whose Mã NV or cell changed since refuses the whole merge.
import { fromJsDate, isIsoDate, readDateCell, toExcelSerial } from "../../core/dates";
import { canonicalValue } from "../../core/roundtrip/canonical";
import type { MasterEdit } from "../../core/roundtrip/types";
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { UI } from "../../core/strings/ui";
import type { CellValue, TaskField } from "../../core/types";
import { appendReconcileRows, buildReconcileSheet, readReconcileCells, reconcileRowsOf, RECONCILE_SHEET } from "../../workbook/roundtrip/reconcileSheet";
import { RECONCILE_TEXT } from "../../core/strings/merge";
import { MAX_SHEET_NAMES } from "../../workbook/ownership";
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
  const fresh = reconcileRowsOf(merge.result, merge.findings ?? [], localToday());
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
      ownership: queueOwnership(context, opened.names, [...existing.values()], [RECONCILE_SHEET]),
    }));

    const moved = firstMoved(merge, read);
    if (moved) throw new AddinError(UI.roundTrip.receive.stale(taskId(merge.basis.rows[moved.row]?.id) || `#${moved.row + 1}`), "StalePreview");

    // A sheet of that name is ours when our mark points at it (or, in a tracker made before marks, when
    // its A1 holds the report's title): a user's own sheet is never replaced.
    const cellsOf = new Map(read.extra.used.map(({ name, used }) => [name.toLowerCase(), cellsFromA1(used)]));
    const ownership = readOwnership(read.extra.ownership);
    const choice = chooseSheet(RECONCILE_SHEET, ownership, RECONCILE_TEXT.title);
    if (!choice) throw new AddinError(UI.roundTrip.receive.noReportName(RECONCILE_SHEET), "NoReportSheet");
    const target = choice.name;
    const previous = readReconcileCells(choice.exists ? (cellsOf.get(target.toLowerCase()) ?? []) : []);
    const plan = { ...buildReconcileSheet(appendReconcileRows(previous, fresh).rows), name: target };

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
    if (merge.ledger) await queueLedger(context, opened.extra.ledger, merge.ledger, caps, batch);
    await batch.flush();
    progress?.(1, PROGRESS_TEXT.done);
    return { written, skipped, sheet: target, renamed: target !== RECONCILE_SHEET };
  });
}
