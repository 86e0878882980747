// `tracker snapshot`: the per-unit figures at a report date written as values on "Lịch sử", in the
// tracker after a backup copy beside it, or into a new file. The same date again replaces its block.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { HISTORY_TEXT, SNAPSHOT_ERRORS } from "../core/strings/report";
import type { CellValue, GroupSummary, IsoDate, Summary } from "../core/types";
import { buildHistorySheet, HISTORY_SHEET, historyBlockOf, readHistoryBlocks, withBlock, type HistoryBlock } from "../workbook/report/historySheet";
import { withPrintSetup } from "../workbook/report/printSetup";
import { readCell } from "./read/cellValue";
import { loadWorkbook, readTrackerWorkbook, type TrackerFile } from "./readTracker";
import { itemsExcelJsDrops, partsExcelJsDrops } from "./rebuild/partsLost";
import { rewriteLosses } from "./rebuild/rewriteLosses";
import { LOST_ITEM_LABELS, REBUILD_TEXT, REWRITE_OTHER_FIX } from "../core/strings/rebuild";
import { backupBeside } from "./write/backup";
import { writeWorkbookAtomically } from "./write/atomicWrite";
import { renderPlan } from "./writePlan";

/** Nothing written, for the reason the (Vietnamese) message gives. */
export class SnapshotRefused extends Error {}

export interface SnapshotOptions {
  asOf: IsoDate;
  /** Write here; absent: the tracker itself, after a backup copy. */
  out?: string;
  /** The day, for the backup's name. */
  today: IsoDate;
  /** The engine's figures for the tracker at `asOf` (the CLI's summary, with its check errors). */
  summarise(tracker: TrackerFile, asOf: IsoDate): { summary: Summary; total: GroupSummary };
}

export interface SnapshotResult {
  block: HistoryBlock;
  replaced: boolean;
  provisional: boolean;
  errors: number;
  written: string;
  backup: string | null;
}

export async function snapshotTracker(path: string, options: SnapshotOptions): Promise<SnapshotResult> {
  // ExcelJS drops charts and PivotTables when it rewrites a workbook: refused rather than lost.
  const bytes = await readFile(path).catch(() => Buffer.alloc(0));
  const lost = partsExcelJsDrops(bytes);
  if (lost.length > 0) {
    throw new SnapshotRefused(SNAPSHOT_ERRORS.lostParts(basename(path), lost.map((p) => LOST_ITEM_LABELS[p])));
  }
  const workbook = await loadWorkbook(path);
  const tracker = readTrackerWorkbook(workbook, basename(path));
  // The finer list, once the loader has checked the file's size: names, extension rules, internal links.
  const losses = rewriteLosses(await itemsExcelJsDrops(bytes), workbook);
  if (losses.length > 0) throw new SnapshotRefused(REBUILD_TEXT.refused(basename(path), losses, REWRITE_OTHER_FIX.snapshot));
  const existing = historyCells(workbook);
  if (existing && !ownsHistory(existing)) throw new SnapshotRefused(SNAPSHOT_ERRORS.sheetTaken(basename(path)));

  const { summary, total } = options.summarise(tracker, options.asOf);
  const block = historyBlockOf(summary, total);
  const { blocks, replaced } = withBlock(readHistoryBlocks(existing ?? []), block);
  const { sheet } = buildHistorySheet(blocks);
  renderPlan(workbook, withPrintSetup({ sheets: [sheet], names: [] }));

  const backup = options.out ? null : await backupBeside(path, `ban-sao-${options.today}`);
  const written = options.out ?? path;
  await writeWorkbookAtomically(workbook, written);
  return { block, replaced, provisional: summary.provisional ?? false, errors: summary.headline.errors ?? 0, written, backup };
}

/** The values of "Lịch sử", row by row from A1; null when the workbook has no such sheet. */
function historyCells(workbook: ExcelJS.Workbook): CellValue[][] | null {
  const sheet = workbook.getWorksheet(HISTORY_SHEET);
  if (!sheet) return null;
  const rows: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 10); c++) values.push(readCell(row.getCell(c).value).value);
    rows.push(values);
  }
  return rows;
}

/** A sheet of that name is ours when it starts with our title (or is empty): a user's own sheet is left alone. */
function ownsHistory(cells: CellValue[][]): boolean {
  const first = cells.find((row) => row.some((v) => v !== null && v !== undefined && v !== ""));
  return !first || first[0] === HISTORY_TEXT.title;
}
