// Creates the tracker from the plan, or appends the tasks whose id it does not hold yet.
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../core/strings/excel";
import { TASK_FIELDS, type ImportedTask, type RawRow } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import { TASK_SHEET } from "../../workbook/layout";
import { taskRowCells } from "../../workbook/taskCells";
import { AddinError, type Capabilities, type CreateResult, type Progress } from "../actions";
import { rectAddress, type Rect } from "../a1";
import { capabilities } from "../capabilities";
import { cellInput, type ExcelInput } from "../cellInput";
import { planAppend } from "../../workbook/schema/append";
import { isBlankRow, newTaskRow } from "../../workbook/schema/rows";
import { sliceRows } from "../payload";
import { runExcel } from "../run";
import { openTracker, readTracker, type OpenedTracker } from "../trackerRead";
import { WriteBatch, SMALL_OP_BYTES } from "../writeBatch";
import { queueBlock, queueSheetPlan } from "../writeSheet";

export function createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.load("items/name"));
    const result = opened.table
      ? await extendTracker(context, opened, opened.table, tasks, caps, progress)
      : await createTracker(context, opened, tasks, planYear, caps, progress);
    progress?.(1, PROGRESS_TEXT.done);
    return result;
  });
}

async function createTracker(
  context: Excel.RequestContext,
  opened: OpenedTracker<Excel.WorksheetCollection>,
  tasks: ImportedTask[],
  planYear: number | undefined,
  caps: Capabilities,
  progress?: Progress,
): Promise<CreateResult> {
  // The plan year has already shaped each task's due date at import; NamKeHoach keeps it for later checks.
  const plan = buildTrackerPlan({
    rows: tasks.map(newTaskRow),
    catalog: DEFAULT_CATALOG,
    settings: { reportDate: null, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING },
    planYear,
  });
  const existing = new Set(opened.extra.items.map((s) => s.name.toLowerCase()));
  const taken = plan.sheets.filter((s) => existing.has(s.name.toLowerCase())).map((s) => s.name);

  // A sheet of ours left over (e.g. the tracker table was deleted) is reused only when empty: user data is never overwritten.
  if (taken.length > 0) {
    const used = taken.map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true) }));
    await context.sync();
    const busy = used.find((u) => !u.range.isNullObject);
    if (busy) throw new AddinError(TRACKER_ERRORS.sheetTaken(busy.name), "SheetTaken");
  }

  progress?.(0.2, PROGRESS_TEXT.writing);
  const batch = new WriteBatch(context, caps.suspendScreenUpdating);
  const sheets = new Map<string, Excel.Worksheet>();
  await batch.add(SMALL_OP_BYTES * plan.sheets.length, () => {
    for (const sheetPlan of plan.sheets) {
      const reuse = existing.has(sheetPlan.name.toLowerCase());
      sheets.set(sheetPlan.name, reuse ? context.workbook.worksheets.getItem(sheetPlan.name) : context.workbook.worksheets.add(sheetPlan.name));
    }
  });
  // Names first: the dropdowns and formulas refer to them. A stale name of ours is replaced.
  for (const name of plan.names) {
    await batch.add(SMALL_OP_BYTES, () => {
      if (opened.names.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).delete();
      context.workbook.names.add(name.name, `=${name.refersTo}`);
    });
  }
  for (const sheetPlan of plan.sheets) {
    await queueSheetPlan(sheets.get(sheetPlan.name)!, sheetPlan, caps, batch);
  }
  await batch.add(SMALL_OP_BYTES, () => sheets.get(TASK_SHEET)?.activate());
  await batch.flush();
  return { created: true, added: tasks.length, skipped: 0, renamed: [] };
}

/**
 * How many rows at the end of the table nobody typed anything in (a new table starts with one such row):
 * new tasks fill them before the table grows. Only when the task fields of the last rows are blank
 * does it cost a request, to look at the whole of those rows (the user's own columns too).
 */
async function blankTail(context: Excel.RequestContext, table: Excel.Table, rect: Rect, rows: RawRow[], stateColumn: number | undefined): Promise<number> {
  let candidates = 0;
  while (candidates < rows.length && isBlankRow(rows[rows.length - 1 - candidates])) candidates++;
  if (candidates === 0) return 0;
  const tail = { row: rect.row + rect.rowCount - candidates, column: rect.column, rowCount: candidates, columnCount: rect.columnCount };
  const cells = table.worksheet.getRange(rectAddress(tail)).load("values");
  await context.sync();
  let blank = 0;
  for (let i = cells.values.length - 1; i >= 0; i--) {
    const typed = cells.values[i].some((v, c) => c !== stateColumn && v !== "" && v !== null);
    if (typed) break;
    blank++;
  }
  return blank;
}

async function extendTracker(
  context: Excel.RequestContext,
  opened: OpenedTracker<Excel.WorksheetCollection>,
  table: Excel.Table,
  tasks: ImportedTask[],
  caps: Capabilities,
  progress?: Progress,
): Promise<CreateResult> {
  const read = await readTracker(context, table, opened.names);
  if (read.columns.id === undefined) throw new AddinError(TRACKER_ERRORS.noIdColumn, "NoIdColumn");
  const rows = read.rows.filter((row) => !isBlankRow(row));
  const appended = planAppend(rows, tasks.map(newTaskRow));
  const skipped = appended.alreadyThere;
  if (appended.added.length === 0) return { created: false, added: 0, skipped, renamed: [] };

  const { rect, columns } = read;
  const width = rect.columnCount;
  const reusable = await blankTail(context, table, rect, read.rows, columns.state);

  progress?.(0.3, PROGRESS_TEXT.writing);
  const firstSheetRow = rect.row + rect.rowCount + 1 - reusable;
  const cellsOf = appended.added.map((row, i): ExcelInput[] => {
    const cells = taskRowCells(row, firstSheetRow + i);
    const out: ExcelInput[] = new Array(width).fill("");
    TASK_FIELDS.forEach((field, f) => {
      const at = columns[field];
      if (at !== undefined) out[at] = cellInput(cells[f]);
    });
    return out;
  });
  const batch = new WriteBatch(context, caps.suspendScreenUpdating);
  const intoBlank = cellsOf.slice(0, reusable);
  if (intoBlank.length > 0) {
    const blank = { row: firstSheetRow - 1, column: rect.column, rowCount: intoBlank.length, columnCount: width };
    await queueBlock(table.worksheet, blank, intoBlank, batch);
  }
  for (const slice of sliceRows(cellsOf.slice(reusable), batch.sliceBudget)) {
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
  }
  await batch.flush();
  return { created: false, added: appended.added.length, skipped, renamed: appended.renamed };
}
