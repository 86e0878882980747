// Creates the tracker from the plan, or appends the tasks whose id it does not hold yet.
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../core/strings/excel";
import { TASK_FIELDS, type ImportedTask, type RawRow } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import { taskRowCells } from "../../workbook/taskCells";
import { compactRowReferences, HELPER_KEYS, taskRefs } from "../../workbook/taskRefs";
import { TASK_SHEET } from "../../workbook/layout";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { HELPER_HEADERS } from "../../core/strings/workbook";
import { AddinError, type Capabilities, type CreateResult, type Progress } from "../actions";
import { rectAddress, type Rect } from "../a1";
import { capabilities } from "../capabilities";
import { cellInput, type ExcelInput } from "../cellInput";
import { planAppend } from "../../workbook/schema/append";
import { appendNotices } from "../../workbook/schema/appendNotices";
import { isBlankRow, newTaskRow } from "../../workbook/schema/rows";
import { sharedFormulaColumns, withoutShared } from "../columnFormulas";
import { expandOccurrences } from "../../workbook/report/occurrences";
import { jsonBytes, sliceRows } from "../payload";
import { LONG_WORK_TEXT } from "../../core/strings/pane";
import { runExcel } from "../run";
import { openTracker, readTracker, type OpenedTracker } from "../trackerRead";
import { WriteBatch, SMALL_OP_BYTES } from "../writeBatch";
import { queueBlock, queueSharedFormulas } from "../writeSheet";
import { writeNewTracker } from "../writeTracker";

export function createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.load("items/name"));
    const result = opened.table
      ? await extendTracker(context, opened, opened.table, tasks, caps, progress, planYear)
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
  // Monthly, quarterly and 6-monthly obligations become one row per occurrence, as `tracker build` makes them.
  const rows = expandOccurrences(tasks.map(newTaskRow), planYear);
  const plan = buildTrackerPlan({
    rows,
    catalog: DEFAULT_CATALOG,
    settings: { reportDate: null, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING },
    planYear,
  });
  // Sheets of ours from an earlier attempt are rewritten; a user's sheet is never written into.
  const written = await writeNewTracker(context, opened.names, opened.extra.items.map((s) => s.name), compactTaskSheet(plan), caps, progress);
  return { created: true, added: rows.length, skipped: 0, renamed: [], ...(written.notes.length > 0 ? { notes: written.notes } : {}) };
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
  planYear?: number,
): Promise<CreateResult> {
  const read = await readTracker(context, table, opened.names);
  if (read.columns.id === undefined) throw new AddinError(TRACKER_ERRORS.noIdColumn, "NoIdColumn");
  const rows = read.rows.filter((row) => !isBlankRow(row));
  const appended = planAppend(rows, expandOccurrences(tasks.map(newTaskRow), planYear ?? read.settings.planYear));
  const skipped = appended.alreadyThere;
  // An obligation held as one row, and an old one-row row counted beside new occurrences, are said in the outcome.
  const notices = appendNotices(appended);
  const notes = notices.length > 0 ? { notes: notices } : {};
  if (appended.added.length === 0) return { created: false, added: 0, skipped, renamed: [], ...notes };

  const { rect, columns } = read;
  const width = rect.columnCount;
  const reusable = await blankTail(context, table, rect, read.rows, columns.state);

  progress?.(0.3, PROGRESS_TEXT.writing);
  const firstSheetRow = rect.row + rect.rowCount + 1 - reusable;
  // Formulas name the columns by the headers the table has now (structured references), so they are
  // right whatever columns the user inserted, moved or renamed; the helper columns are found by header too.
  const refs = taskRefs(read.headers);
  const helperAt = HELPER_KEYS.map((key) => read.headers.findIndex((h) => typeof h === "string" && h.trim() === HELPER_HEADERS[key]));
  const cellsOf = appended.added.map((row): ExcelInput[] => {
    const cells = taskRowCells(row, refs).map(compactCell);
    const out: ExcelInput[] = new Array(width).fill("");
    TASK_FIELDS.forEach((field, f) => {
      const at = columns[field];
      if (at !== undefined) out[at] = cellInput(cells[f]);
    });
    helperAt.forEach((at, h) => {
      if (at >= 0) out[at] = cellInput(cells[TASK_FIELDS.length + h]);
    });
    return out;
  });
  // Progress per request: a big append goes in several.
  const total = Math.max(1, jsonBytes(cellsOf));
  const batch = new WriteBatch(context, caps.suspendScreenUpdating).onSent((sent, requests) =>
    progress?.(0.3 + 0.65 * Math.min(1, sent / total), LONG_WORK_TEXT.writingPart(requests + 1)),
  );
  // Đánh giá and the helper columns: one formula each over all the new rows, written after them.
  const shared = sharedFormulaColumns(cellsOf);
  const rowsOut = withoutShared(cellsOf, shared);
  const intoBlank = rowsOut.slice(0, reusable);
  if (intoBlank.length > 0) {
    const blank = { row: firstSheetRow - 1, column: rect.column, rowCount: intoBlank.length, columnCount: width };
    await queueBlock(table.worksheet, blank, intoBlank, batch);
  }
  for (const slice of sliceRows(rowsOut.slice(reusable), batch.sliceBudget)) {
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
  }
  const added = { row: firstSheetRow - 1, column: rect.column, rowCount: cellsOf.length, columnCount: width };
  await queueSharedFormulas(table.worksheet, added, shared, batch);
  await batch.flush();
  return { created: false, added: appended.added.length, skipped, renamed: appended.renamed, ...notes };
}

/** Row references in their short form (see compactRowReferences): the same formulas in half the request bytes. */
function compactCell(cell: PlanCell): PlanCell {
  return cell !== null && typeof cell === "object" && "formula" in cell ? { formula: compactRowReferences(cell.formula) } : cell;
}

function compactTaskSheet(plan: WorkbookPlan): WorkbookPlan {
  const compact = (sheet: SheetPlan): SheetPlan => ({ ...sheet, blocks: sheet.blocks.map((b) => ({ ...b, rows: b.rows.map((row) => row.map(compactCell)) })) });
  return { ...plan, sheets: plan.sheets.map((sheet) => (sheet.name === TASK_SHEET ? compact(sheet) : sheet)) };
}
