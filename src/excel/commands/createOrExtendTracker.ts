// Creates the tracker from the plan, or appends the tasks whose id it does not hold yet.
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../core/strings/excel";
import { TASK_HEADERS } from "../../core/strings/vi";
import { oneLine } from "../../core/text";
import { TASK_FIELDS, type CellValue, type ImportedTask } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import { TASK_SHEET } from "../../workbook/layout";
import { taskRowCells } from "../../workbook/taskCells";
import { AddinError, type Capabilities, type CreateResult, type Progress } from "../actions";
import { parseRange, rectAddress, type Rect } from "../a1";
import { capabilities } from "../capabilities";
import { cellInput, type ExcelInput } from "../cellInput";
import { isOfficeError } from "../errors";
import { importedRow } from "../importedRow";
import { sliceRows } from "../payload";
import { runExcel } from "../run";
import { fieldColumns } from "../taskColumns";
import { openTracker, type OpenedTracker } from "../trackerRead";
import { WriteBatch, SMALL_OP_BYTES } from "../writeBatch";
import { queueBlock, queueSheetPlan } from "../writeSheet";

export function createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.load("items/name"));
    const result = opened.table
      ? await extendTracker(context, opened.table, tasks, caps, progress)
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
    rows: tasks.map(importedRow),
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
  return { created: true, added: tasks.length, skipped: 0 };
}

/** Identity of a task in the tracker: its id, or its title when it has no id. */
function taskKey(id: CellValue, title: CellValue): string {
  const text = (v: CellValue) => (v === null || v === undefined || v instanceof Date ? "" : oneLine(String(v)).toLowerCase());
  return text(id) !== "" ? `id:${text(id)}` : `title:${text(title)}`;
}

/**
 * How many rows at the end of the table nobody typed anything in (a new table starts with one such row):
 * new tasks fill them before the table grows. Only when the id and title columns end blank does it
 * cost a request, to look at the whole of those rows.
 */
async function blankTail(
  context: Excel.RequestContext,
  table: Excel.Table,
  rect: Rect,
  ids: CellValue[][],
  titles: CellValue[][],
  stateColumn: number | undefined,
): Promise<number> {
  let candidates = 0;
  while (candidates < ids.length && taskKey(ids[ids.length - 1 - candidates][0], titles[ids.length - 1 - candidates][0]) === "title:") {
    candidates++;
  }
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
  table: Excel.Table,
  tasks: ImportedTask[],
  caps: Capabilities,
  progress?: Progress,
): Promise<CreateResult> {
  const range = table.getRange().load("address");
  const headers = table.getHeaderRowRange().load("values");
  const ids = table.columns.getItem(TASK_HEADERS.id).getDataBodyRange().load("values");
  const titles = table.columns.getItem(TASK_HEADERS.title).getDataBodyRange().load("values");
  try {
    await context.sync();
  } catch (error) {
    if (isOfficeError(error, "ItemNotFound")) throw new AddinError(TRACKER_ERRORS.noIdColumn, "NoIdColumn");
    throw error;
  }
  const known = new Set(ids.values.map((row, i) => taskKey(row[0], titles.values[i][0])));
  const fresh = tasks.filter((task) => {
    const key = taskKey(task.id, task.title);
    if (known.has(key)) return false;
    known.add(key);
    return true;
  });
  if (fresh.length === 0) return { created: false, added: 0, skipped: tasks.length };

  const rect = parseRange(range.address)!;
  const columns = fieldColumns(headers.values[0]);
  const width = headers.values[0].length;
  const reusable = await blankTail(context, table, rect, ids.values, titles.values, columns.state);

  progress?.(0.3, PROGRESS_TEXT.writing);
  const firstSheetRow = rect.row + rect.rowCount + 1 - reusable;
  const rows = fresh.map((task, i): ExcelInput[] => {
    const cells = taskRowCells(importedRow(task), firstSheetRow + i);
    const row: ExcelInput[] = new Array(width).fill("");
    TASK_FIELDS.forEach((field, f) => {
      const at = columns[field];
      if (at !== undefined) row[at] = cellInput(cells[f]);
    });
    return row;
  });
  const batch = new WriteBatch(context, caps.suspendScreenUpdating);
  const intoBlank = rows.slice(0, reusable);
  if (intoBlank.length > 0) {
    const blank = { row: firstSheetRow - 1, column: rect.column, rowCount: intoBlank.length, columnCount: width };
    await queueBlock(table.worksheet, blank, intoBlank, batch);
  }
  for (const slice of sliceRows(rows.slice(reusable), batch.sliceBudget)) {
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
  }
  await batch.flush();
  return { created: false, added: fresh.length, skipped: tasks.length - fresh.length };
}
