// A unit's returned copy, as loaded by ExcelJS, in the shape the merge reads: what was sent (the
// hidden "Bản gửi" sheet), the rows as the unit left them, its extension proposals and when it was
// saved. Whatever the file holds, the answer is a ReturnedCopy: a file that is no copy, or no tracker
// at all, comes back with `sent: null` or no rows, to be refused and listed, never a crash.
import type ExcelJS from "exceljs";
import { fromJsDate } from "../../core/dates";
import type { ExtensionProposal, ReturnedCopy } from "../../core/roundtrip/types";
import { PROPOSAL_HEADERS } from "../../core/strings/roundtrip";
import type { CellValue } from "../../core/types";
import { readSentCells, SENT_MARKER, SENT_SHEET } from "../../workbook/roundtrip/sentSheet";
import { headerKey } from "../../workbook/schema/headers";
import { readCell } from "./cellValue";
import { TrackerReadError } from "./errors";
import { readTrackerWorkbook, type TrackerFile } from "./trackerWorkbook";
import { storedCells, storedRows } from "./sparse";

/** Columns of a sheet read as plain values ("Bản gửi" has two dozen). */
const MAX_COLUMNS = 300;

export interface ReadReturn {
  copy: ReturnedCopy;
  /** The copy's task table, for `check`; null when the file holds none. */
  tracker: TrackerFile | null;
}

/**
 * Every cell of a sheet as plain values, row 1 first: a sparse array (rows not stored are holes), so a
 * crafted cell at XFD1048576 costs one row, not a million.
 */
export function sheetCells(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const cells: CellValue[][] = [];
  for (const row of storedRows(worksheet)) {
    const line: CellValue[] = [];
    for (const { cell, column } of storedCells(row)) if (column <= MAX_COLUMNS) line[column - 1] = readCell(cell.value).value;
    cells[row.number - 1] = Array.from(line, (value) => value ?? null);
  }
  return cells;
}

function sentSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.getWorksheet(SENT_SHEET);
}

/** A unit copy carries its "Bản gửi" record: `build` refuses it as input and points to `merge`. */
export function isUnitCopy(workbook: ExcelJS.Workbook): boolean {
  const sheet = sentSheet(workbook);
  if (!sheet) return false;
  const first = readCell(sheet.getCell(1, 1).value).value;
  return typeof first === "string" && first.trim() === SENT_MARKER;
}

function proposalsOf(tracker: TrackerFile): ExtensionProposal[] {
  const at = (header: string) => tracker.extraColumns.findIndex((c) => headerKey(c.header) === headerKey(header));
  const due = at(PROPOSAL_HEADERS.proposedDue);
  const reason = at(PROPOSAL_HEADERS.reason);
  if (due < 0 && reason < 0) return [];
  return tracker.rows.map((row, i) => ({
    id: row.id === null || row.id === undefined ? "" : String(row.id).trim(),
    proposedDue: due >= 0 ? (tracker.extras[i][due] ?? null) : null,
    reason: reason >= 0 ? String(tracker.extras[i][reason] ?? "").trim() : "",
  }));
}

export function readReturn(workbook: ExcelJS.Workbook, file: string): ReadReturn {
  const sheet = sentSheet(workbook);
  const sent = sheet ? readSentCells(sheetCells(sheet)) : null;
  let tracker: TrackerFile | null = null;
  try {
    tracker = readTrackerWorkbook(workbook, file);
  } catch (error) {
    if (!(error instanceof TrackerReadError)) throw error;
  }
  const modified = workbook.modified instanceof Date && !Number.isNaN(workbook.modified.getTime()) ? workbook.modified : null;
  const copy: ReturnedCopy = {
    file,
    sent,
    rows: tracker?.rows ?? [],
    proposals: tracker ? proposalsOf(tracker) : [],
    ...(modified && fromJsDate(modified) ? { savedAt: modified.toISOString() } : {}),
  };
  return { copy, tracker };
}
