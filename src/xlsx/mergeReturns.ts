// `merge` on files: units' returned copies into the master workbook. The master's own task cells get
// the applied values in place (nothing else of it changes: user columns, notes, other sheets stay),
// the "Đối chiếu" report, "Kiểm tra" and the hidden ledger are rewritten, and the master is written to
// --out or, after a backup copy beside it, in place. Returned files are only ever read. Kiểm tra holds
// what `check` finds in the merged file, and Đối chiếu only the findings the merge brought.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { mergeReturns, type MergeOutcome } from "../core/roundtrip/mergeReturns";
import type { ReturnedCopy } from "../core/roundtrip/types";
import { MERGE_CLI_TEXT, RECONCILE_TEXT } from "../core/strings/merge";
import type { CellValue, IsoDate, LocatedFinding } from "../core/types";
import { DATE_FIELDS } from "../workbook/taskCells";
import { buildLedgerSheet, LEDGER_MARKER, LEDGER_SHEET, readLedgerCells } from "../workbook/roundtrip/ledgerSheet";
import { buildReconcileSheet, mergeReport, readReconcileCells, RECONCILE_SHEET, type ReturnFindings } from "../workbook/roundtrip/reconcileSheet";
import { mergeFindings, type MergeFindings } from "../workbook/roundtrip/mergeFindings";
import { buildFindingsSheet, FINDINGS_SHEET } from "../workbook/findingsSheet";
import { FINDINGS_TEXT } from "../core/strings/workbook";
import { itemsExcelJsDrops, partsExcelJsDrops } from "./rebuild/partsLost";
import { rewriteLosses } from "./rebuild/rewriteLosses";
import { LOST_ITEM_LABELS, REBUILD_TEXT, REWRITE_OTHER_FIX } from "../core/strings/rebuild";
import { TrackerReadError } from "./read/errors";
import { readReturn, sheetCells } from "./read/readReturn";
import { loadWorkbook, readTrackerWorkbook, type TrackerFile } from "./readTracker";
import { isoToDate } from "./write/cellValue";
import { writeWorkbookAtomically } from "./write/atomicWrite";
import { withFileLock } from "./write/fileLock";
import { renderPlan } from "./writePlan";
import { backupBeside } from "./write/backup";

const DATE_FORMAT = "dd/mm/yyyy";

export interface MergeFilesOptions {
  /** Write the merged master here; absent: in place, after a backup copy. */
  out?: string;
  /** The day of the merge: the report's "Ngày nhận" and the date checks judge the returns by. */
  today: IsoDate;
  /** The clock for the backup's name (tests fix it). */
  now?: Date;
  /** `check` of a tracker (the command line's checkTracker): of the master before and after, for Kiểm tra and the report. */
  check?: (tracker: TrackerFile, today: IsoDate) => LocatedFinding[];
}

export interface MergeFilesResult {
  result: MergeOutcome;
  /** Findings the merge brought to the master, under the return whose change caused them. */
  findings: ReturnFindings[];
  /** Findings on the merged tasks that were there before (on Kiểm tra, only counted on Đối chiếu). */
  earlierFindings: number;
  /** The sheet Kiểm tra went to ("Kiểm tra", or "(2)"… beside a user's own); null when not rewritten. */
  checkSheet: string | null;
  /** Returns that were unit copies (read, whatever merging made of them). */
  readable: number;
  /** Where the master was written, or null when nothing was new. */
  written: string | null;
  backup: string | null;
  /** Entries added to "Đối chiếu". */
  added: number;
}

/** Nothing written, for the reason the message gives (no return read, no backup possible, ...). */
export class NothingWrittenError extends Error {}

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

interface OpenedReturn {
  copy: ReturnedCopy;
  /** Why the file could not be read at all. */
  unreadable?: string;
}

async function openReturn(path: string): Promise<OpenedReturn> {
  const file = basename(path);
  try {
    const workbook = await loadWorkbook(path);
    const bytes = await readFile(path);
    const { copy } = readReturn(workbook, file);
    copy.hash = createHash("sha256").update(bytes).digest("hex");
    return { copy };
  } catch (error) {
    if (!(error instanceof TrackerReadError)) throw error;
    return { copy: { file, sent: null, rows: [], proposals: [] }, unreadable: error.message };
  }
}

const MAX_SHEET_NAMES = 10;

/**
 * The sheet the merge keeps its `base` sheet in: `base`, or "base (2)", "(3)"… when a sheet of the
 * user's already holds that name (its A1 is not `mark`): a user's own sheet is never replaced.
 */
function ownSheet(workbook: ExcelJS.Workbook, base: string, mark: string): { name: string; cells: CellValue[][] } {
  for (let i = 1; i <= MAX_SHEET_NAMES; i++) {
    const name = i === 1 ? base : `${base} (${i})`;
    const sheet = workbook.getWorksheet(name);
    if (!sheet) return { name, cells: [] };
    const cells = sheetCells(sheet);
    if (String(cells[0]?.[0] ?? "").trim() === mark) return { name, cells };
  }
  throw new NothingWrittenError(MERGE_CLI_TEXT.noSheetName(base));
}

/** ownSheet, or null when users' sheets hold every name (the merge goes on without that sheet). */
function ownSheetOrNull(workbook: ExcelJS.Workbook, base: string, mark: string): { name: string } | null {
  try {
    return ownSheet(workbook, base, mark);
  } catch (error) {
    if (error instanceof NothingWrittenError) return null;
    throw error;
  }
}

/**
 * An edited row's computed cells (Đánh giá, helper columns) keep their formula but lose the result
 * the last save stored: it judged the old values. The file recalculates on opening (fullCalcOnLoad);
 * until then a reader sees a formula not yet computed, not a Đánh giá that disagrees with the row.
 */
function forgetComputedResults(sheet: ExcelJS.Worksheet, tracker: TrackerFile, edits: readonly { row: number }[]): void {
  for (const row of new Set(edits.map((e) => e.row))) {
    for (const derived of tracker.derived?.[row] ?? []) {
      if (derived.formula === null) continue;
      const cell = sheet.getCell(tracker.rowNumbers[row], derived.column);
      const value = cell.value;
      if (value && typeof value === "object" && "result" in value && value.result !== undefined) cell.value = { ...value, result: undefined } as ExcelJS.CellValue;
    }
  }
}

/** `check` of the master as read and of the workbook as the edits left it (read again: what `check` of the merged file says). */
function checkBeforeAndAfter(
  workbook: ExcelJS.Workbook,
  name: string,
  tracker: TrackerFile,
  result: MergeOutcome,
  options: MergeFilesOptions,
): { after: LocatedFinding[]; diff: MergeFindings } | null {
  if (!options.check) return null;
  const before = options.check(tracker, options.today);
  const merged = result.edits.length > 0 ? readTrackerWorkbook(workbook, name) : tracker;
  const after = result.edits.length > 0 ? options.check(merged, options.today) : before;
  return { after, diff: mergeFindings({ rows: tracker.rows, findings: before }, { rows: merged.rows, findings: after }, result) };
}

export async function mergeReturnFiles(masterPath: string, returnPaths: readonly string[], options: MergeFilesOptions): Promise<MergeFilesResult> {
  // Updating in place reads the master, changes it and writes it back: one writer at a time.
  if (options.out) return mergeUnlocked(masterPath, returnPaths, options);
  return withFileLock(masterPath, () => mergeUnlocked(masterPath, returnPaths, options));
}

async function mergeUnlocked(masterPath: string, returnPaths: readonly string[], options: MergeFilesOptions): Promise<MergeFilesResult> {
  const name = basename(masterPath);
  const bytes = await readFile(masterPath).catch(() => null);
  const lost = bytes ? partsExcelJsDrops(bytes) : [];
  if (lost.length > 0) {
    throw new TrackerReadError("unsupportedParts", MERGE_CLI_TEXT.lostParts(name, lost.map((p) => LOST_ITEM_LABELS[p])));
  }
  const workbook = await loadWorkbook(masterPath);
  const tracker = readTrackerWorkbook(workbook, name);
  // The finer list, once the loader has checked the file's size: names, extension rules, internal links.
  const losses = bytes ? rewriteLosses(await itemsExcelJsDrops(bytes), workbook) : [];
  if (losses.length > 0) throw new TrackerReadError("unsupportedParts", REBUILD_TEXT.refused(name, losses, REWRITE_OTHER_FIX.merge));

  const opened: OpenedReturn[] = [];
  for (const path of returnPaths) opened.push(await openReturn(path));
  const readable = opened.filter((o) => o.copy.sent !== null).length;
  if (readable === 0) throw new NothingWrittenError(MERGE_CLI_TEXT.noReturnRead);

  const ledgerSheet = ownSheet(workbook, LEDGER_SHEET, LEDGER_MARKER);
  const reportSheet = ownSheet(workbook, RECONCILE_SHEET, RECONCILE_TEXT.title);
  const ledger = readLedgerCells(ledgerSheet.cells);
  const result = mergeReturns({ trackerId: tracker.settings.trackerId, rows: tracker.rows }, opened.map((o) => o.copy), ledger);
  // A file the reader could not open says why, instead of the generic "no unit copy".
  for (const refusal of result.refused) {
    const unreadable = opened.find((o) => o.copy.file === refusal.file)?.unreadable;
    if (unreadable && refusal.reason === "notReturn") refusal.message = unreadable;
  }
  // Written into the loaded workbook only: it reaches the file only when something is new.
  const sheet = workbook.getWorksheet(tracker.sheet)!;
  for (const edit of result.edits) {
    if (tracker.columns[edit.field] === undefined) continue;
    const cell = sheet.getCell(tracker.cellOf(edit.row, edit.field));
    if (DATE_FIELDS.includes(edit.field) && typeof edit.value === "string") {
      cell.value = isoToDate(edit.value);
      cell.numFmt = DATE_FORMAT;
    } else {
      cell.value = edit.value === undefined ? null : (edit.value as ExcelJS.CellValue);
    }
  }
  forgetComputedResults(sheet, tracker, result.edits);
  const checked = checkBeforeAndAfter(workbook, name, tracker, result, options);
  const checkSheet = checked ? ownSheetOrNull(workbook, FINDINGS_SHEET, FINDINGS_TEXT.title) : null;
  const diff: MergeFindings = checked?.diff ?? { fresh: [], earlier: 0 };
  const findings = diff.fresh;

  const previous = readReconcileCells(reportSheet.cells);
  const report = mergeReport(previous, result, diff, options.today, checkSheet?.name ?? FINDINGS_SHEET);
  const ledgerChanged = result.ledger.returns.length !== ledger.returns.length;
  const nothingNew = result.edits.length === 0 && report.added === 0 && !ledgerChanged;
  const earlierFindings = diff.earlier;
  if (nothingNew && !options.out) return { result, findings, earlierFindings, checkSheet: null, readable, written: null, backup: null, added: 0 };

  renderPlan(workbook, {
    sheets: [
      { ...buildReconcileSheet(report.rows), name: reportSheet.name },
      ...(checked && checkSheet ? [{ ...buildFindingsSheet(checked.after), name: checkSheet.name }] : []),
      { ...buildLedgerSheet(result.ledger), name: ledgerSheet.name },
    ],
    names: [],
  });

  let backup: string | null = null;
  const target = options.out ?? masterPath;
  if (!options.out) {
    try {
      backup = await backupBeside(masterPath, `truoc-khi-nhan-${stamp(options.now ?? new Date())}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new NothingWrittenError(MERGE_CLI_TEXT.backupFailed(basename(masterPath), code));
    }
  }
  await writeWorkbookAtomically(workbook, target);
  return { result, findings, earlierFindings, checkSheet: checked && checkSheet ? checkSheet.name : null, readable, written: target, backup, added: report.added };
}
