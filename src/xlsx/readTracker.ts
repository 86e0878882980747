// Reads a tracker workbook (.xlsx) into what the core checks and summarises, without ever crashing on
// a bad file: every unusable input becomes a TrackerReadError with a Vietnamese message and a fix.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { READ_ERRORS } from "../core/strings/cli";
import { TrackerReadError } from "./read/errors";
import { loadWorkbookBytes, type LoadOptions } from "./read/loadBytes";
import { SHEET_NAMES } from "../core/strings/workbook";
import { REPORT_SHEETS } from "../core/strings/report";
import { READ_LIMITS } from "./read/limits";
import { tooBig } from "./read/packageLimits";
import { readTrackerWorkbook, type TrackerFile } from "./read/trackerWorkbook";

export { TrackerReadError } from "./read/errors";
export type { TrackerSettings } from "./read/readSettings";
export { readTrackerWorkbook, type TrackerFile } from "./read/trackerWorkbook";

/**
 * The sheets a tracker's reader never looks at: generated lists (Phân công alone holds two rows per
 * task), the guide and the matrix. The task table, Danh mục and Tổng hợp are read.
 */
export const UNREAD_SHEETS: readonly string[] = [SHEET_NAMES.findings, SHEET_NAMES.guide, SHEET_NAMES.matrix, REPORT_SHEETS.assignments, REPORT_SHEETS.history];

/** Reads and validates an .xlsx file. Throws TrackerReadError (never anything else) on bad input. */
export async function readTrackerFile(path: string, options: LoadOptions = { skipSheets: UNREAD_SHEETS }): Promise<TrackerFile> {
  const workbook = await loadWorkbook(path, options);
  return readTrackerWorkbook(workbook, basename(path));
}

/** Loads an .xlsx file into ExcelJS, whatever saved it, turning every way it can fail into a TrackerReadError. */
export async function loadWorkbook(path: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new TrackerReadError("unreadable", READ_ERRORS.notAFile(name));
    // Not even read into memory when past the limit.
    if (info.size > READ_LIMITS.fileBytes) throw tooBig(name, "fileBytes", "", info.size);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof TrackerReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new TrackerReadError("notFound", READ_ERRORS.notFound(path));
    throw new TrackerReadError("unreadable", READ_ERRORS.unreadable(name, code ?? String(error)));
  }
  return loadWorkbookBytes(bytes, name, options);
}

