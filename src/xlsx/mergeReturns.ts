// `merge` on files: units' returned copies into the master workbook. The master's own task cells get
// the applied values in place (nothing else of it changes: user columns, notes, other sheets stay),
// the "Đối chiếu" report and the hidden ledger are rewritten, and the master is written to --out or,
// after a backup copy beside it, in place. Returned files are only ever read.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { mergeReturns, type MergeOutcome } from "../core/roundtrip/mergeReturns";
import type { ReturnedCopy } from "../core/roundtrip/types";
import { LOST_PART_LABELS } from "../core/strings/cli";
import { MERGE_CLI_TEXT, RECONCILE_TEXT } from "../core/strings/merge";
import type { CellValue, IsoDate, LocatedFinding } from "../core/types";
import { DATE_FIELDS } from "../workbook/taskCells";
import { buildLedgerSheet, LEDGER_MARKER, LEDGER_SHEET, readLedgerCells } from "../workbook/roundtrip/ledgerSheet";
import {
  appendReconcileRows,
  buildReconcileSheet,
  readReconcileCells,
  RECONCILE_SHEET,
  reconcileRowsOf,
  type ReturnFindings,
} from "../workbook/roundtrip/reconcileSheet";
import { partsExcelJsDrops } from "./rebuild/partsLost";
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
  /** `check` of a return's task table (the command line's checkTracker), its findings joining the report. */
  check?: (tracker: TrackerFile, today: IsoDate) => LocatedFinding[];
}

export interface MergeFilesResult {
  result: MergeOutcome;
  findings: ReturnFindings[];
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
  findings: ReturnFindings | null;
  /** Why the file could not be read at all. */
  unreadable?: string;
}

async function openReturn(path: string, options: MergeFilesOptions): Promise<OpenedReturn> {
  const file = basename(path);
  try {
    const workbook = await loadWorkbook(path);
    const bytes = await readFile(path);
    const { copy, tracker } = readReturn(workbook, file);
    copy.hash = createHash("sha256").update(bytes).digest("hex");
    const findings = copy.sent && tracker && options.check ? { file, unit: copy.sent.unit, findings: options.check(tracker, options.today) } : null;
    return { copy, findings };
  } catch (error) {
    if (!(error instanceof TrackerReadError)) throw error;
    return { copy: { file, sent: null, rows: [], proposals: [] }, findings: null, unreadable: error.message };
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
    throw new TrackerReadError("unsupportedParts", MERGE_CLI_TEXT.lostParts(name, lost.map((p) => LOST_PART_LABELS[p])));
  }
  const workbook = await loadWorkbook(masterPath);
  const tracker = readTrackerWorkbook(workbook, name);

  const opened: OpenedReturn[] = [];
  for (const path of returnPaths) opened.push(await openReturn(path, options));
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
  const findings = opened.flatMap((o) => (o.findings && !result.alreadyMerged.includes(o.copy.file) ? [o.findings] : []));

  const previous = readReconcileCells(reportSheet.cells);
  const report = appendReconcileRows(previous, reconcileRowsOf(result, findings, options.today));
  const ledgerChanged = result.ledger.returns.length !== ledger.returns.length;
  const nothingNew = result.edits.length === 0 && report.added === 0 && !ledgerChanged;
  if (nothingNew && !options.out) return { result, findings, readable, written: null, backup: null, added: 0 };

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
  renderPlan(workbook, {
    sheets: [
      { ...buildReconcileSheet(report.rows), name: reportSheet.name },
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
  return { result, findings, readable, written: target, backup, added: report.added };
}
