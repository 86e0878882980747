// `tracker build INPUT --out FILE.xlsx [--year YYYY] [--as-of YYYY-MM-DD]`: a directive, a pasted
// table or a task list (.json) becomes a tracker workbook; an existing tracker at --out is updated,
// never overwritten: what users added stays, new tasks are appended.
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import { importCells, importText } from "../../core/import/importDirective";
import { ARG_ERRORS, BUILD_TEXT, CLI_USAGE, INPUT_ERRORS, KEPT_TEXT, READ_ERRORS } from "../../core/strings/cli";
import type { CellValue, ImportResult, IsoDate, RawRow } from "../../core/types";
import { APPEND_TEXT } from "../../core/strings/workbook";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { newTaskRow, taskId } from "../../workbook/schema/rows";
import { expandOccurrences } from "../../workbook/report/occurrences";
import { appendNotices } from "../../workbook/schema/appendNotices";
import { loadWorkbook, readTrackerWorkbook, TrackerReadError, type TrackerFile } from "../../xlsx/readTracker";
import { writeTracker } from "../../xlsx/rebuildTracker";
import { isUnitCopy } from "../../xlsx/read/readReturn";
import { MERGE_TEXT } from "../../core/strings/merge";
import { DirectiveInputError, firstSheetCells, readDirectiveInput } from "../readInputFile";
import { localToday, parseArgs, parseAsOf, parseXlsxOut, parseYear, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { writeErrorMessage } from "../format/writeError";

/** A bad INPUT file: the message says which and why (exit code 2). */
export class InputError extends Error {}

export interface BuildInput {
  rows: RawRow[];
  /** Paragraphs of a directive that the importer could not place in a task. */
  unplaced: number;
  /** The importer's notices about the document (e.g. a table flattened by PDF copying). */
  notices: string[];
}

const TEXT_FIELDS = ["id", "source", "section", "title", "product", "lead", "leader", "deadlineText", "status", "evidence", "note"] as const;
const VALUE_FIELDS = ["month", "progress", "due", "extendedDue", "doneDate"] as const;

/** One entry of a task list as `import` prints it, with the optional progress fields, as a sheet row. */
export function rowOfEntry(entry: Record<string, unknown>): RawRow {
  const row: RawRow = {};
  for (const field of TEXT_FIELDS) row[field] = cellOf(entry[field]);
  for (const field of VALUE_FIELDS) row[field] = cellOf(entry[field]);
  const partners = entry.partners;
  row.partners = Array.isArray(partners) ? partners.map((p) => String(p)).join("; ") : cellOf(partners);
  return row;
}

function cellOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Monthly, quarterly and 6-monthly obligations become one row per occurrence of the plan year. */
function rowsOfImport(result: ImportResult, planYear: number | undefined): BuildInput {
  return { rows: expandOccurrences(result.tasks.map(newTaskRow), planYear), unplaced: result.unplaced.length, notices: result.notices };
}

/** Reads INPUT: a task list (.json), or a directive / table file through the importer. */
export async function loadBuildInput(path: string, planYear?: number): Promise<BuildInput> {
  const name = basename(path);
  let input: BuildInput;
  if (extname(path).toLowerCase() === ".json") {
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path, "utf8"));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new InputError(READ_ERRORS.notFound(path));
      throw new InputError(INPUT_ERRORS.badJson(name, error instanceof Error ? error.message : String(error)));
    }
    const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.tasks) ? data.tasks : null;
    if (!list || !list.every(isObject)) throw new InputError(INPUT_ERRORS.notTaskList(name));
    const rows = list.map(rowOfEntry);
    // A progress list ({"match": ..., "status": ...}) is no task list: its entries would become blank tasks.
    const notTasks = rows.flatMap((row, i) => (taskId(row.id) === "" && taskId(row.title) === "" ? [i + 1] : []));
    if (notTasks.length > 0) throw new InputError(INPUT_ERRORS.entriesWithoutTask(name, notTasks));
    input = { rows: expandOccurrences(rows, planYear), unplaced: 0, notices: [] };
  } else if (extname(path).toLowerCase() === ".xlsx") {
    input = await loadXlsxInput(path, planYear);
  } else {
    const options = { catalog: DEFAULT_CATALOG, planYear };
    const source = await readDirectiveInput(path);
    input = rowsOfImport(source.kind === "text" ? importText(source.text, options) : importCells(source.cells, options), planYear);
  }
  if (input.rows.length === 0) throw new InputError([INPUT_ERRORS.noTasks(name), ...input.notices].join("\n"));
  return input;
}

/**
 * An .xlsx INPUT: a tracker (a unit's returned copy, say) gives its rows as they are filled in, with
 * their progress; any other workbook is a pasted directive table, its first sheet read by the importer.
 * A password-protected or corrupt file is refused with the reader's message.
 */
async function loadXlsxInput(path: string, planYear?: number): Promise<BuildInput> {
  const workbook = await loadWorkbook(path);
  // A unit's returned copy is progress to merge, not a plan: building from it would drop what the unit filled in.
  if (isUnitCopy(workbook)) throw new InputError(MERGE_TEXT.unitCopyAsBuildInput(basename(path)));
  const tracker = trackerOf(workbook, basename(path));
  if (tracker && tracker.rows.length > 0) return { rows: tracker.rows, unplaced: 0, notices: [] };
  return rowsOfImport(importCells(firstSheetCells(workbook, path), { catalog: DEFAULT_CATALOG, planYear }), planYear);
}

/** The workbook's task table when it is a tracker's (it has the Đánh giá column), else null. */
function trackerOf(workbook: ExcelJS.Workbook, name: string): TrackerFile | null {
  try {
    const tracker = readTrackerWorkbook(workbook, name);
    return tracker.columns.state !== undefined ? tracker : null;
  } catch (error) {
    if (error instanceof TrackerReadError) return null;
    throw error;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export async function run(args: string[]): Promise<number> {
  let input: string;
  let out: string;
  let planYear: number | undefined;
  let asOf: IsoDate | undefined;
  try {
    const parsed = parseArgs(args, ["--out", "--year", "--as-of"], []);
    if (parsed.positional.length === 0) throw new UsageError(ARG_ERRORS.missingInput);
    if (parsed.positional.length > 1) throw new UsageError(ARG_ERRORS.extraArgument(parsed.positional[1]));
    input = parsed.positional[0];
    out = parsed.values["--out"] ?? "";
    if (out === "") throw new UsageError(ARG_ERRORS.missingOut);
    parseXlsxOut(out);
    planYear = parseYear(parsed.values["--year"]);
    asOf = parseAsOf(parsed.values["--as-of"]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${CLI_USAGE.build}`);
    return 2;
  }

  try {
    const { rows, unplaced, notices } = await loadBuildInput(input, planYear);
    const result = await writeTracker(rows, out, { reportDate: asOf, today: localToday() });
    printOut(result.rebuilt ? BUILD_TEXT.rebuilt(out, result.kept, result.added) : BUILD_TEXT.created(out, result.total));
    for (const r of result.renamed) printErr(APPEND_TEXT.renamed(r.from, r.to, r.title));
    if (result.obligations) for (const notice of appendNotices(result.obligations)) printErr(notice);
    printOut(BUILD_TEXT.reportDate(result.reportDate));
    for (const notice of notices) printErr(notice);
    const { sheet, cells } = result.formulasAsValues;
    if (cells.length > 0) printErr(BUILD_TEXT.formulasAsValues(sheet, cells));
    const carried = result.carried;
    if (carried && carried.afterGap.length > 0) printErr(KEPT_TEXT.afterGap(carried.afterGap));
    if (carried && carried.detached.length > 0) printErr(KEPT_TEXT.detached(carried.detached));
    if (carried && carried.textRows > 0) printErr(KEPT_TEXT.textBelow(carried.textRows));
    if (carried && carried.generated.length > 0) {
      printErr(KEPT_TEXT.generated(carried.generated.length, [...new Set(carried.generated.map((c) => c.sheet))]));
    }
    for (const notice of carried?.notices ?? []) printErr(notice);
    if (unplaced > 0) printErr(BUILD_TEXT.unplaced(unplaced));
    printOut(BUILD_TEXT.nextStep(out));
    return 0;
  } catch (error) {
    if (error instanceof TrackerReadError || error instanceof InputError || error instanceof DirectiveInputError) {
      printErr(error.message);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    printErr(writeErrorMessage(code, out));
    return 2;
  }
}
