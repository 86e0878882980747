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
import { parseRange } from "../a1";
import { capabilities } from "../capabilities";
import { cellInput, type ExcelInput } from "../cellInput";
import { isOfficeError } from "../errors";
import { importedRow } from "../importedRow";
import { sliceRows } from "../payload";
import { runExcel } from "../run";
import { fieldColumns } from "../taskColumns";
import { openTracker, type OpenedTracker } from "../trackerRead";
import { WriteBatch, SMALL_OP_BYTES } from "../writeBatch";
import { queueSheetPlan } from "../writeSheet";

export function createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult> {
  // The plan year has already shaped each task's due date at import; the workbook has no cell for it yet.
  void planYear;
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.load("items/name"));
    const result = opened.table
      ? await extendTracker(context, opened.table, tasks, caps, progress)
      : await createTracker(context, opened, tasks, caps, progress);
    progress?.(1, PROGRESS_TEXT.done);
    return result;
  });
}

async function createTracker(
  context: Excel.RequestContext,
  opened: OpenedTracker<Excel.WorksheetCollection>,
  tasks: ImportedTask[],
  caps: Capabilities,
  progress?: Progress,
): Promise<CreateResult> {
  const plan = buildTrackerPlan({
    rows: tasks.map(importedRow),
    catalog: DEFAULT_CATALOG,
    settings: { reportDate: null, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING },
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

  progress?.(0.3, PROGRESS_TEXT.writing);
  const rect = parseRange(range.address)!;
  const columns = fieldColumns(headers.values[0]);
  const width = headers.values[0].length;
  const firstSheetRow = rect.row + rect.rowCount + 1;
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
  for (const slice of sliceRows(rows, batch.budget / 2)) {
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
  }
  await batch.flush();
  return { created: false, added: fresh.length, skipped: tasks.length - fresh.length };
}
