// Xếp loại: rewrites "Phân công" (one row per task × unit × role) from the task table, then the rating
// PivotTables on "Xếp loại" (units × states, and the mean score), made afresh each time so they show
// the table as it is now. Hosts without PivotTables (ExcelApi 1.8) get the table and the reason.
// Phân công's table is rewritten in place, never deleted: Tổng hợp's formulas name BangPhanCong, and
// Excel turns a formula naming a deleted table into #REF! for good.
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { OWNED_TEXT } from "../../core/strings/pane";
import { ASSIGNMENT_TEXT, RATINGS_TEXT, REPORT_PANE_TEXT, ROLE_LABELS } from "../../core/strings/report";
import { ASSIGNMENT_SHEET, ASSIGNMENT_TABLE, buildAssignmentSheet } from "../../workbook/report/assignmentSheet";
import { planTitle } from "../../workbook/ownership";
import { withPrintSetup } from "../../workbook/report/printSetup";
import { buildRatingsSheet, PIVOT_PLACES, RATINGS_SHEET } from "../../workbook/report/ratingsSheet";
import { taskRefs } from "../../workbook/taskRefs";
import { AddinError, type Progress } from "../actions";
import { capabilities } from "../capabilities";
import { queueMark, queueOwnership, readOwnership, type Ownership } from "../ownedSheets";
import { chooseOrRefuse, replaceSheet, surveySheets } from "../replaceSheet";
import { fitsInPlace, queueTableLookup, queueTableShape, readTableShape, rewriteTableInPlace, type TableShape } from "../rewriteTableSheet";
import { runExcel } from "../run";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { WriteBatch } from "../writeBatch";

export interface RatingsResult {
  /** The assignment rows written. */
  rows: number;
  pivots: boolean;
  /** Vietnamese notes: why the pivots or their role filter are missing. */
  notes: string[];
}

function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
}

export function refreshRatings(progress?: Progress): Promise<RatingsResult> {
  const caps = capabilities();
  const pivots = supports("1.8");
  const filters = supports("1.12");
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => ({ survey: surveySheets(context), assignments: queueTableLookup(context, ASSIGNMENT_TABLE) }));
    const { survey, assignments } = opened.extra;
    const sheetNames = survey.sheets.items.map((s) => s.name);
    const read = await readTracker(context, requireTable(opened.table), opened.names, () => ({
      ownership: queueOwnership(context, opened.names, sheetNames, [ASSIGNMENT_SHEET, RATINGS_SHEET]),
      shape: assignments.isNullObject ? null : queueTableShape(assignments),
    }));

    progress?.(0.4, PROGRESS_TEXT.writing);
    // Table rows as read (blank ones included), so each assignment knows its task's row in the table.
    const [assignment, ratings] = withPrintSetup({
      sheets: [buildAssignmentSheet(read.rows, taskRefs(read.headers)), buildRatingsSheet(pivots ? undefined : REPORT_PANE_TEXT.noPivots)],
      names: [],
    }).sheets;
    const ownership = readOwnership(read.extra.ownership);
    const shape = read.extra.shape ? readTableShape(read.extra.shape) : null;
    // A table of that name on a user's sheet is theirs: nothing is written, and the pane says which.
    if (shape && !isOurs(shape, ownership, planTitle(assignment))) throw new AddinError(OWNED_TEXT.tableTaken(ASSIGNMENT_TABLE, shape.sheetName), "TableTaken");
    const inPlace = shape && fitsInPlace(shape, assignment) ? shape : null;
    const ratingsChoice = chooseOrRefuse(ratings, ownership);
    const assignmentChoice = inPlace ? null : chooseOrRefuse(assignment, ownership);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    // Xếp loại first: its old pivots read the old Phân công table.
    const ratingsName = await replaceSheet(context, survey, ownership, ratingsChoice, ratings, caps, batch);
    if (inPlace) {
      await queueMark(context, inPlace.sheetName, ownership, batch);
      await rewriteTableInPlace(inPlace, assignment, caps, batch);
    } else {
      await replaceSheet(context, survey, ownership, assignmentChoice!, assignment, caps, batch);
    }
    await batch.flush();

    const notes: string[] = [];
    if (!pivots) {
      notes.push(REPORT_PANE_TEXT.noPivots);
    } else {
      progress?.(0.8, PROGRESS_TEXT.writing);
      const h = ASSIGNMENT_TEXT.headers;
      const sheet = context.workbook.worksheets.getItem(ratingsName);
      const source = context.workbook.tables.getItem(ASSIGNMENT_TABLE);
      const states = sheet.pivotTables.add(RATINGS_TEXT.statesPivot, source, sheet.getRange(PIVOT_PLACES.states));
      states.rowHierarchies.add(states.hierarchies.getItem(h.unit));
      states.rowHierarchies.add(states.hierarchies.getItem(h.role));
      states.columnHierarchies.add(states.hierarchies.getItem(h.state));
      const count = states.dataHierarchies.add(states.hierarchies.getItem(h.id));
      count.summarizeBy = "Count";
      count.name = RATINGS_TEXT.count;

      const score = sheet.pivotTables.add(RATINGS_TEXT.scorePivot, source, sheet.getRange(PIVOT_PLACES.score));
      score.filterHierarchies.add(score.hierarchies.getItem(h.role));
      score.rowHierarchies.add(score.hierarchies.getItem(h.unit));
      const mean = score.dataHierarchies.add(score.hierarchies.getItem(h.score));
      mean.summarizeBy = "Average";
      mean.name = RATINGS_TEXT.average;
      // The engine's score counts the lead's tasks (partners weigh 0 by default): the role filter says so.
      if (filters) {
        score.hierarchies.getItem(h.role).fields.getItem(h.role).applyFilter({ manualFilter: { selectedItems: [ROLE_LABELS.lead] } });
      } else {
        notes.push(REPORT_PANE_TEXT.noPivotFilter);
      }
      await context.sync();
    }
    progress?.(1, PROGRESS_TEXT.done);
    return { rows: Math.max(0, assignment.blocks[0].rows.length - 1), pivots, notes };
  });
}


/**
 * The table stands on a sheet of ours: marked, or, in a tracker made before marks, holding Phân công's
 * header in A1. A user's sheet holding a table of that name is never written into.
 */
function isOurs(shape: TableShape, ownership: Ownership, title: string | null): boolean {
  const lower = shape.sheetName.toLowerCase();
  return ownership.owned.has(lower) || (ownership.unmarked && title !== null && ownership.titles.get(lower) === title);
}
