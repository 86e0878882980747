// Writes the tracker for `build`: a new file from the input rows, or, when --out already holds a
// tracker, the same file updated in place of the old one without losing what users added: their rows
// as they filled them in, their own columns (values stay with their rows, matched by Mã NV), cell
// notes on the task table, their own sheets and names. New tasks of the input are appended.
import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import type ExcelJS from "exceljs";
import { isIsoDate } from "../core/dates";
import { DEFAULT_WINDOW_DAYS } from "../core/judge";
import { DEFAULT_SCORING } from "../core/rating";
import { READ_ERRORS } from "../core/strings/cli";
import { PRINT_PARTS, REBUILD_TEXT } from "../core/strings/rebuild";
import { checkTasks } from "../core/tasks/checkTasks";
import type { Catalog, CellValue, IsoDate, LocatedFinding, RawRow } from "../core/types";
import { DEFAULT_CATALOG } from "../core/units/preset";
import { buildTrackerPlan, type TrackerSettings } from "../workbook/buildTrackerPlan";
import { TASK_SHEET, taskCellAddress } from "../workbook/layout";
import type { WorkbookPlan } from "../workbook/plan";
import { planAppend, type AppendPlan, type Renamed } from "../workbook/schema/append";
import { trackerIdOf } from "../workbook/schema/trackerId";
import { rowKey } from "../workbook/schema/rows";
import { DATE_FIELDS } from "../workbook/taskCells";
import { addExtraColumns, type ExtraColumn } from "./rebuild/extraColumns";
import { collectNotes, newColumns, restoreNotes } from "./rebuild/notes";
import { restoreTextBelow, textBelow, userCellsOnGenerated, writeKeptSheet, type KeptCell } from "./rebuild/keptContent";
import { collectLooks, restoreLooks } from "./rebuild/rowLooks";
import { readCell } from "./read/cellValue";
import { storedValue } from "./read/sparse";
import { itemsExcelJsDrops, type PackageScan } from "./rebuild/partsLost";
import { collectColumnLooks, restoreColumnLooks } from "./rebuild/columnLooks";
import { boxAddress, collectSheetExtras, restoreSheetExtras, SAME_PLACE, type SheetExtras } from "./rebuild/sheetExtras";
import { taskPlacement } from "./rebuild/taskPlacement";
import { repointNames } from "./rebuild/names";
import { rewriteLosses } from "./rebuild/rewriteLosses";
import { collectPrint, restorePrint, type PrintPart } from "./rebuild/printLooks";
import { TrackerReadError } from "./read/errors";
import { loadWorkbook, readTrackerWorkbook, type TrackerFile } from "./readTracker";
import { writeWorkbookAtomically } from "./write/atomicWrite";
import { withFileLock } from "./write/fileLock";
import { renderPlan, writePlanToFile } from "./writePlan";

export interface WriteTrackerOptions {
  /** --as-of: the date for the report-date cell. Absent: =TODAY() for a new file, unchanged on update. */
  reportDate?: IsoDate;
  /** The day the build runs, for the findings listed in the workbook. */
  today: IsoDate;
}

export interface WriteTrackerResult {
  rebuilt: boolean;
  /** Rows kept from the existing tracker, and input rows appended. */
  kept: number;
  added: number;
  /** Input rows whose Mã NV a different task of the tracker held, added under a new one. */
  renamed: Renamed[];
  /** Recurring obligations the tracker holds as one row (see planAppend): the notices' matter. */
  obligations?: Pick<AppendPlan, "keptWhole" | "stillCounted">;
  total: number;
  reportDate: IsoDate | null;
  /**
   * Cells of the old task table (A1, on `sheet`) whose formulas were written back as the values they
   * showed: rows and user columns may move on rewriting, so a formula could point at the wrong cells.
   */
  formulasAsValues: { sheet: string; cells: string[] };
  /** What was carried over instead of lost: tasks past a gap, detached columns, text below, cells of generated sheets. */
  carried?: { afterGap: number[]; detached: string[]; textRows: number; generated: KeptCell[]; notices: string[] };
}

/** Holds the tracker's lock from reading it to writing it: a second build waits for the first. */
export async function writeTracker(input: RawRow[], out: string, options: WriteTrackerOptions): Promise<WriteTrackerResult> {
  return withFileLock(out, () => writeUnlocked(input, out, options));
}

async function writeUnlocked(input: RawRow[], out: string, options: WriteTrackerOptions): Promise<WriteTrackerResult> {
  const rows = input.map(asWritten);
  if (!(await exists(out))) {
    const settings = { ...defaultSettings(options.reportDate ?? null), trackerId: trackerIdOf(rows) };
    await writePlanToFile(trackerPlan(rows, DEFAULT_CATALOG, settings, options.today), out);
    return {
      rebuilt: false,
      kept: 0,
      added: rows.length,
      renamed: [],
      total: rows.length,
      reportDate: settings.reportDate,
      formulasAsValues: { sheet: TASK_SHEET, cells: [] },
    };
  }

  const { workbook, tracker, scan } = await openExisting(out);
  const oldSheet = workbook.getWorksheet(tracker.sheet);
  const around = tracker.around ?? { afterGap: [], textRows: [], detachedColumns: [] };
  // Tasks typed past a long gap are kept as tasks: they join the table (with a notice).
  const keptRows = [...tracker.rows, ...around.afterGap.map((a) => a.raw)];
  const keptRowNumbers = [...tracker.rowNumbers, ...around.afterGap.map((a) => a.row)];
  const keptExtras = [...tracker.extras, ...around.afterGap.map((a) => a.extras)];
  const appended = planAppend(keptRows, rows);
  const added = appended.added;
  const merged = [...keptRows, ...added];
  const settings: TrackerSettings = {
    reportDate: options.reportDate ?? tracker.settings.reportDate,
    windowDays: tracker.settings.windowDays,
    scoring: tracker.settings.scoring,
    trackerId: tracker.settings.trackerId ?? trackerIdOf(tracker.rows),
  };
  const plan = trackerPlan(merged, tracker.catalog, settings, options.today);
  // A user's column past a blank column joins the table too, its values staying with their rows.
  const userColumns = [...tracker.extraColumns, ...around.detachedColumns];
  const valueAt = (sheetRow: number, column: number): CellValue => readCell(storedValue(oldSheet?.findRow(sheetRow), column)).value;
  const extras: ExtraColumn[] = userColumns.map(({ header, column }, i) => ({
    header,
    width: oldSheet?.getColumn(column).width,
    values: [
      ...keptRowNumbers.map((r, k) => (i < tracker.extraColumns.length ? (keptExtras[k][i] ?? null) : valueAt(r, column))),
      ...added.map((): CellValue => null),
    ],
  }));
  addExtraColumns(plan, extras);
  const keptTable = { ...tracker, rows: keptRows, rowNumbers: keptRowNumbers, extraColumns: userColumns };
  const notes = collectNotes(keptTable, workbook, rowKey);
  const columnKeys = [
    ...(Object.entries(tracker.columns) as [string, number][]).map(([key, column]) => ({ key, column })),
    ...userColumns.map((c) => ({ key: c.header, column: c.column })),
  ];
  const userKeys = new Set(userColumns.map((c) => c.header));
  // A filter saved on the task table is lost with the rewrite: the rows it hid are shown, with a notice.
  const taskFilter = scan.filters.find((f) => f.sheet === tracker.sheet && f.table !== undefined) ?? scan.filters.find((f) => f.sheet === tracker.sheet);
  const filtered = Boolean(taskFilter && taskFilter.columns.length > 0);
  const unhidden = filtered ? keptRowNumbers.filter((r) => oldSheet?.findRow(r)?.hidden).length : 0;
  const looks = collectLooks(
    oldSheet,
    keptRows.map((row, i) => ({ key: rowKey(row), sheetRow: keptRowNumbers[i] })),
    columnKeys.map((c) => ({ ...c, user: userKeys.has(c.key) })),
    filtered,
  );
  const columnLooks = collectColumnLooks(oldSheet, columnKeys.filter((c) => !userKeys.has(c.key)));
  const below = oldSheet ? textBelow(oldSheet, around.textRows) : [];
  const onGenerated = userCellsOnGenerated(workbook, plan, tracker.sheet);
  // Pictures, the user's own rules, merged cells, views and tab colours of the sheets about to be replaced.
  const taskPlan = plan.sheets.find((s) => s.name === TASK_SHEET);
  const taskExtras = collectSheetExtras(oldSheet, taskPlan);
  const generatedExtras = plan.sheets
    .filter((s) => s.name !== TASK_SHEET && s.name !== tracker.sheet && workbook.getWorksheet(s.name))
    .map((s) => ({ name: s.name, extras: collectSheetExtras(workbook.getWorksheet(s.name), s), print: collectPrint(workbook.getWorksheet(s.name)) }));
  const taskPrint = collectPrint(oldSheet);
  const losses = rewriteLosses(scan, workbook);

  // A task sheet the user renamed is replaced by the plan's; every other sheet of theirs stays.
  const renamed = tracker.sheet !== TASK_SHEET ? workbook.getWorksheet(tracker.sheet) : undefined;
  if (renamed) workbook.removeWorksheet(renamed.id);
  renderPlan(workbook, plan);
  const taskSheet = workbook.getWorksheet(TASK_SHEET);
  const tableWidth = plan.sheets.find((s) => s.name === TASK_SHEET)?.table?.headers.length ?? 0;
  const firstExtra = tableWidth - userColumns.length + 1;
  const userHeaders = userColumns.map((c) => c.header);
  const newColumnOf = newColumns(userHeaders, firstExtra);
  restoreNotes(taskSheet, notes, merged.map(rowKey), userHeaders, firstExtra);
  const richText = restoreLooks(taskSheet, looks, new Map(merged.map((row, i) => [rowKey(row), i + 2])), newColumnOf);
  restoreTextBelow(taskSheet, merged.length + 1, below);
  restoreColumnLooks(taskSheet, columnLooks, newColumnOf);
  const oldLastRow = Math.max(tracker.headerRow, tracker.rowNumbers[tracker.rowNumbers.length - 1] ?? 0);
  const place = taskPlacement({
    oldColumns: columnKeys,
    newColumns: newColumnOf,
    oldHeaderRow: tracker.headerRow,
    oldLastRow,
    newLastRow: merged.length + 1,
    firstTextRow: around.textRows[0],
  });
  const tableBox = { top: 1, left: 1, bottom: merged.length + 1, right: tableWidth };
  const unplaced = restoreSheetExtras(taskSheet, taskExtras, place, { merges: true, keepOut: tableBox });
  const printKept: { sheet: string; parts: PrintPart[] }[] = [{ sheet: TASK_SHEET, parts: restorePrint(taskSheet, taskPrint, place) }];
  for (const { name, extras: sheetExtras, print } of generatedExtras) {
    restoreSheetExtras(workbook.getWorksheet(name), sheetExtras, SAME_PLACE);
    printKept.push({ sheet: name, parts: restorePrint(workbook.getWorksheet(name), print, SAME_PLACE) });
  }
  const movedNames = repointNames(workbook, plan.names, tracker.sheet, TASK_SHEET, place);
  // Nothing is written while anything would be lost: the list goes back to the user instead.
  const lost = [
    ...losses,
    ...unplaced.map((box) => ({ kind: "mergedInTable" as const, where: REBUILD_TEXT.where(tracker.sheet, boxAddress(box)) })),
  ];
  if (lost.length > 0) throw new TrackerReadError("unsupportedParts", REBUILD_TEXT.refused(basename(out), lost));
  writeKeptSheet(workbook, onGenerated);
  await writeWorkbookAtomically(workbook, out);
  return {
    rebuilt: true,
    kept: keptRows.length,
    added: added.length,
    renamed: appended.renamed,
    obligations: { keptWhole: appended.keptWhole, stillCounted: appended.stillCounted },
    total: merged.length,
    reportDate: settings.reportDate,
    formulasAsValues: { sheet: tracker.sheet, cells: tracker.formulaCells },
    carried: {
      afterGap: around.afterGap.map((a) => a.row),
      detached: around.detachedColumns.map((c) => c.header),
      textRows: around.textRows.length,
      generated: onGenerated,
      notices: [
        ...carriedNotices(taskExtras, generatedExtras, scan.threadedComments, tracker.sheet),
        ...printKept.filter((p) => p.parts.length > 0).map((p) => REBUILD_TEXT.print(p.sheet, p.parts.map((part) => PRINT_PARTS[part]))),
        ...(taskFilter ? [REBUILD_TEXT.filter(tracker.sheet, taskFilter.columns, taskFilter.sorted, unhidden)] : []),
        ...[...new Set(scan.filters.filter((f) => f.sheet !== tracker.sheet && (f.columns.length > 0 || f.sorted)).map((f) => f.sheet))].map(REBUILD_TEXT.otherFilter),
        ...(richText.kept.length > 0 ? [REBUILD_TEXT.richText(richText.kept)] : []),
        ...(richText.changed.length > 0 ? [REBUILD_TEXT.richTextChanged(richText.changed)] : []),
        ...(movedNames.length > 0 ? [REBUILD_TEXT.names(movedNames)] : []),
      ],
    },
  };
}

/**
 * A row as the sheet will hold it: ISO dates in date columns become real dates (as the writer makes
 * them), so the findings listed in the workbook are those `check` finds in the file.
 */
function asWritten(row: RawRow): RawRow {
  const written: RawRow = { ...row };
  for (const field of DATE_FIELDS) {
    const value = row[field];
    if (typeof value === "string" && isIsoDate(value)) written[field] = new Date(`${value}T00:00:00Z`);
  }
  return written;
}

function defaultSettings(reportDate: IsoDate | null): TrackerSettings {
  return { reportDate, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING };
}

/** The plan, with the rows' findings listed in the workbook (entries are built as they are, wrong or not). */
function trackerPlan(rows: RawRow[], catalog: Catalog, settings: TrackerSettings, today: IsoDate): WorkbookPlan {
  const findings: LocatedFinding[] = checkTasks(rows, { catalog, today }).map((f) => ({
    ...f,
    sheet: TASK_SHEET,
    cell: f.row >= 0 ? taskCellAddress(f.row, f.field ?? "id") : "A1",
  }));
  return buildTrackerPlan({ rows, catalog, settings, findings });
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file at --out must be a tracker we can read back; anything else is left alone. What ExcelJS would
 * drop from it is listed once the loader has checked its sizes (the rebuild refuses if any).
 */
async function openExisting(out: string): Promise<{ workbook: ExcelJS.Workbook; tracker: TrackerFile; scan: PackageScan }> {
  let opened: { workbook: ExcelJS.Workbook; tracker: TrackerFile };
  try {
    const workbook = await loadWorkbook(out);
    opened = { workbook, tracker: readTrackerWorkbook(workbook, basename(out)) };
  } catch (error) {
    if (error instanceof TrackerReadError) {
      throw new TrackerReadError(error.kind, READ_ERRORS.outIsNotTracker(basename(out), error.message));
    }
    throw error;
  }
  return { ...opened, scan: await itemsExcelJsDrops(await readFile(out)) };
}

/** What the CLI says about what was carried in place (pictures, rules, merges, threaded comments). */
function carriedNotices(
  task: SheetExtras,
  generated: { name: string; extras: SheetExtras }[],
  threadedComments: string[],
  taskSheet: string,
): string[] {
  const notices: string[] = [];
  const withImages = [{ name: taskSheet, extras: task }, ...generated].filter((s) => s.extras.images.length > 0);
  const images = withImages.reduce((n, s) => n + s.extras.images.length, 0);
  if (images > 0) notices.push(REBUILD_TEXT.images(images, withImages.map((s) => s.name)));
  const rules = generated.reduce((n, s) => n + s.extras.validations.length + s.extras.formats.length, 0);
  if (rules > 0) notices.push(REBUILD_TEXT.rules(rules));
  if (task.merges.length > 0) notices.push(REBUILD_TEXT.merges(task.merges.length));
  if (threadedComments.length > 0) notices.push(REBUILD_TEXT.threadedComments(threadedComments));
  return notices;
}
