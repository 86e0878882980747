// Reads a directive file for the importer: text (.txt), a pasted table saved as .tsv / .csv, or the
// first sheet of an .xlsx workbook (cell values as Excel holds them: numbers, dates, rich text).
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { guessCsvDelimiter, parseDelimited } from "../core/import/delimited";
import { IMPORT_CLI_ERRORS as E } from "../core/strings/import";
import type { CellValue } from "../core/types";
import { withoutInvisible } from "../workbook/schema/rows";
import { literalDateFormula, readCell } from "../xlsx/read/cellValue";
import { TrackerReadError } from "../xlsx/read/errors";
import { fileSignature } from "../xlsx/read/fileSignature";
import { loadWorkbookBytes } from "../xlsx/read/loadBytes";
import { storedCells, storedRows } from "../xlsx/read/sparse";

export type DirectiveInput = { kind: "text"; text: string } | { kind: "cells"; cells: CellValue[][] };

/** The file cannot be read as a directive; the message says why, in Vietnamese. */
export class DirectiveInputError extends Error {}

const EXTENSIONS = [".txt", ".tsv", ".csv", ".xlsx"];
/** A directive or a pasted table is a few hundred kilobytes; a text file past this is something else. */
const TEXT_LIMIT_MB = 20;
/** Columns of a pasted table read (a directive's table has a dozen). */
const MAX_COLUMNS = 300;
/** Blank rows kept in a run: more say nothing more to the importer, and a far cell would make millions. */
const MAX_BLANK_RUN = 50;

async function readBytes(path: string, limitBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    if (info.size > limitBytes) throw new DirectiveInputError(E.tooBigText(path, TEXT_LIMIT_MB));
    return await readFile(path);
  } catch (error) {
    if (error instanceof DirectiveInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new DirectiveInputError(code === "ENOENT" ? E.missingFile(path) : E.unreadableFile(path));
  }
}

/** UTF-8 (with or without BOM), or UTF-16 as Windows Notepad saves "Unicode" text. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  return bytes.toString("utf8").replace(/^\ufeff/, "");
}

/** A workbook, PDF or Word file renamed .csv: zip or OLE signature, or NUL bytes (absent from UTF-8 text). */
function isBinary(bytes: Buffer): boolean {
  const signature = fileSignature(bytes);
  if (signature !== "other" && signature !== "empty") return true;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return false;
  const head = bytes.subarray(0, 8192);
  return head.includes(0) || head.subarray(0, 5).toString("latin1") === "%PDF-";
}

export async function readDirectiveInput(path: string): Promise<DirectiveInput> {
  const ext = extname(path).toLowerCase();
  if (!EXTENSIONS.includes(ext)) throw new DirectiveInputError(E.badExtension(path));
  if (ext === ".xlsx") return { kind: "cells", cells: await readFirstSheet(path) };
  const bytes = await readBytes(path, TEXT_LIMIT_MB * 1024 * 1024);
  if (isBinary(bytes)) throw new DirectiveInputError(E.notText(path));
  const text = withoutInvisible(decode(bytes));
  if (ext === ".txt") return { kind: "text", text };
  const delimiter = ext === ".tsv" ? "\t" : guessCsvDelimiter(text);
  return { kind: "cells", cells: parseDelimited(text, delimiter).map((row) => row.map(tableCell)) };
}

/** A pasted "=DATE(2026,1,1)" is that date, not text naming the year 2026. */
function tableCell(value: CellValue): CellValue {
  return typeof value === "string" && value.startsWith("=") ? (literalDateFormula(value) ?? value) : value;
}

/** Through the same loader as trackers: its limits, and its messages for files that are no .xlsx. */
async function readFirstSheet(path: string): Promise<CellValue[][]> {
  let workbook: ExcelJS.Workbook;
  try {
    const bytes = await readFile(path);
    workbook = await loadWorkbookBytes(bytes, basename(path));
  } catch (error) {
    if (error instanceof TrackerReadError) throw new DirectiveInputError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new DirectiveInputError(E.missingFile(path));
    if (code !== undefined) throw new DirectiveInputError(E.unreadableFile(path));
    throw new DirectiveInputError(E.badXlsx(path));
  }
  return firstSheetCells(workbook, path);
}

/**
 * The first sheet of a loaded workbook, as the importer reads a pasted table: the rows stored (long
 * runs of blank rows shortened), the columns up to the last one holding something.
 */
export function firstSheetCells(workbook: ExcelJS.Workbook, path: string): CellValue[][] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DirectiveInputError(E.emptyWorkbook(path));
  const rows = storedRows(sheet).filter((row) => row.hasValues);
  let width = 0;
  for (const row of rows) for (const { column } of storedCells(row)) if (column <= MAX_COLUMNS && column > width) width = column;
  const cells: CellValue[][] = [];
  let previous = 0;
  for (const row of rows) {
    const blanks = Math.min(row.number - previous - 1, MAX_BLANK_RUN);
    for (let i = 0; i < blanks; i++) cells.push(new Array<CellValue>(width).fill(null));
    previous = row.number;
    const values = new Array<CellValue>(width).fill(null);
    for (const { cell, column } of storedCells(row)) if (column <= width) values[column - 1] = cellValue(cell);
    cells.push(values);
  }
  return cells;
}

/** A cell as the importer sees it; a merged cell's value sits in its top-left cell only, as when pasted. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return readCell(cell.value).value;
}
