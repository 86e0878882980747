// Creates the tracker from the plan, or appends the tasks whose id it does not hold yet.
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../core/strings/excel";
import type { ImportedTask } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import { TASK_SHEET } from "../../workbook/layout";
import type { SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { AddinError, type Capabilities, type CreateResult, type Progress } from "../actions";
import { capabilities } from "../capabilities";
import { planAppend } from "../../workbook/schema/append";
import { appendNotices } from "../../workbook/schema/appendNotices";
import { isBlankRow, newTaskRow } from "../../workbook/schema/rows";
import { expandOccurrences } from "../../workbook/report/occurrences";
import { runExcel } from "../run";
import { openTracker, readTracker, type OpenedTracker } from "../trackerRead";
import { CREATING_MARK, writeNewTracker } from "../writeTracker";
import { appendTaskRows, compactCell } from "./appendTaskRows";

export function createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.load("items/name"));
    // A table left by a create that failed and could not be undone is a half-built tracker: created again.
    const result = opened.table && !opened.names.has(CREATING_MARK.toLowerCase())
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

  await appendTaskRows(context, table, read, appended.added, caps, progress);
  return { created: false, added: appended.added.length, skipped, renamed: appended.renamed, ...notes };
}

function compactTaskSheet(plan: WorkbookPlan): WorkbookPlan {
  const compact = (sheet: SheetPlan): SheetPlan => ({ ...sheet, blocks: sheet.blocks.map((b) => ({ ...b, rows: b.rows.map((row) => row.map(compactCell)) })) });
  return { ...plan, sheets: plan.sheets.map((sheet) => (sheet.name === TASK_SHEET ? compact(sheet) : sheet)) };
}
