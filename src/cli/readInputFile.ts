// Reads a directive file for the importer: text (.txt), a pasted table saved as .tsv / .csv, or the
// first sheet of an .xlsx workbook (cell values as Excel holds them: numbers, dates, rich text).
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { guessCsvDelimiter, parseDelimited } from "../core/import/delimited";
import { IMPORT_CLI_ERRORS as E } from "../core/strings/import";
import type { CellValue } from "../core/types";

export type DirectiveInput = { kind: "text"; text: string } | { kind: "cells"; cells: CellValue[][] };

/** The file cannot be read as a directive; the message says why, in Vietnamese. */
export class DirectiveInputError extends Error {}

const EXTENSIONS = [".txt", ".tsv", ".csv", ".xlsx"];

async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DirectiveInputError(code === "ENOENT" ? E.missingFile(path) : E.unreadableFile(path));
  }
}

/** UTF-8 (with or without BOM), or UTF-16 as Windows Notepad saves "Unicode" text. */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  return bytes.toString("utf8").replace(/^\ufeff/, "");
}

export async function readDirectiveInput(path: string): Promise<DirectiveInput> {
  const ext = extname(path).toLowerCase();
  if (!EXTENSIONS.includes(ext)) throw new DirectiveInputError(E.badExtension(path));
  const bytes = await readBytes(path);
  if (ext === ".xlsx") return { kind: "cells", cells: await readFirstSheet(bytes, path) };
  const text = decode(bytes);
  if (ext === ".txt") return { kind: "text", text };
  const delimiter = ext === ".tsv" ? "\t" : guessCsvDelimiter(text);
  return { kind: "cells", cells: parseDelimited(text, delimiter) };
}

async function readFirstSheet(bytes: Buffer, path: string): Promise<CellValue[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DirectiveInputError(E.badXlsx(path));
  }
  return firstSheetCells(workbook, path);
}

/** The first sheet of a loaded workbook, as the importer reads a pasted table. */
export function firstSheetCells(workbook: ExcelJS.Workbook, path: string): CellValue[][] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DirectiveInputError(E.emptyWorkbook(path));
  const cells: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellValue(row.getCell(c)));
    cells.push(values);
  }
  return cells;
}

/** A cell as the importer sees it; a merged cell's value sits in its top-left cell only, as when pasted. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return plain(cell.value);
}

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return plain(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value) return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  return null;
}
