// Writes a new tracker's sheets and names: all of them, or, when a request fails midway, none (the
// sheets, names and tables this command added are taken away again in the same Excel.run). Sheets of ours
// left by an earlier attempt are rewritten, so a retry works; a user's sheet is never written into: ours
// goes under "(2)" and the pane says so.
//
// Order: sheets, names, then the tables (over their header rows), then every sheet's cells. Excel refuses
// a formula with a structured reference to a table it does not hold yet (BangNhiemVu[Tình trạng] on Tổng
// hợp, the task table's own Đánh giá), so no table can come last. What "table last" protected, that a
// half-built tracker is never taken for a finished one, the name CREATING_MARK now says: it is added in
// the first request and deleted in the last, and createOrExtendTracker creates again while it stands.
import { LONG_WORK_TEXT, OWNED_TEXT } from "../core/strings/pane";
import { PROGRESS_TEXT } from "../core/strings/excel";
import type { TablePlan, WorkbookPlan } from "../workbook/plan";
import { sheetRef } from "../workbook/a1";
import { isOwnerMark, markOwnedSheets, ownedSheets, pickSheetName, renamePlanSheet, sheetNameChoices } from "../workbook/ownership";
import { AddinError, type Capabilities, type Progress } from "./actions";
import { parseRange, rectAddress } from "./a1";
import { cellInput } from "./cellInput";
import { jsonBytes } from "./payload";
import { SMALL_OP_BYTES, WriteBatch } from "./writeBatch";
import { queueSheetPlan, queueTable } from "./writeSheet";

/**
 * A defined name that exists only while a create is under way (or after one failed and could not be
 * undone): the task table exists before the other sheets are written, so the table alone no longer
 * says the tracker is whole.
 */
export const CREATING_MARK = "TDNV_DangTao";

export interface WrittenTracker {
  /** Vietnamese notes for the user: sheets of ours that went under another name. */
  notes: string[];
}

interface SheetLook {
  used: Excel.Range;
  tables: Excel.TableCollection;
}

/** Share of the progress bar the writing takes (reading and planning come before it). */
const WRITE_FROM = 0.2;
const WRITE_TO = 0.95;

export async function writeNewTracker(
  context: Excel.RequestContext,
  names: Set<string>,
  sheetNames: string[],
  input: WorkbookPlan,
  caps: Capabilities,
  progress?: Progress,
): Promise<WrittenTracker> {
  let plan = markOwnedSheets(input);
  const existing = new Map(sheetNames.map((s) => [s.toLowerCase(), s]));
  const marks = [...names].filter(isOwnerMark);
  const candidates = new Set<string>();
  for (const sheet of plan.sheets) for (const choice of sheetNameChoices(sheet.name)) if (existing.has(choice.toLowerCase())) candidates.add(choice.toLowerCase());

  // One request, only when some name is taken or marks exist: which sheets are ours, which are empty.
  let owned = new Set<string>();
  const looks = new Map<string, SheetLook>();
  if (candidates.size > 0) {
    const markRanges = marks.map((name) => context.workbook.names.getItem(name).getRangeOrNullObject().load("address"));
    for (const lower of candidates) {
      const sheet = context.workbook.worksheets.getItem(existing.get(lower)!);
      looks.set(lower, { used: sheet.getUsedRangeOrNullObject(true), tables: sheet.tables.load("items/name") });
    }
    await context.sync();
    owned = ownedSheets(markRanges.filter((r) => !r.isNullObject).map((r) => r.address));
  }
  const isEmpty = (lower: string) => looks.get(lower)?.used.isNullObject ?? true;

  const notes: string[] = [];
  const finalName = new Map<string, string>();
  for (const sheet of input.sheets) {
    const name = pickSheetName(sheetNameChoices(sheet.name), {
      exists: (lower) => existing.has(lower),
      ours: (lower) => owned.has(lower) || isEmpty(lower),
    });
    if (name === null) throw new AddinError(OWNED_TEXT.noFreeName(sheet.name), "NoFreeSheetName");
    finalName.set(sheet.name, name);
    if (name !== sheet.name) {
      plan = renamePlanSheet(plan, sheet.name, name);
      notes.push(OWNED_TEXT.renamed(sheet.name, name));
    }
  }

  const addedSheets: string[] = [];
  const addedNames: string[] = [];
  /** Existing sheets this attempt writes into, and which of them were empty, not ours: emptied again by the undo. */
  const reused: string[] = [];
  const reusedEmpty: string[] = [];
  const expected = Math.max(1, jsonBytes(plan));
  progress?.(WRITE_FROM, PROGRESS_TEXT.writing);
  const batch = new WriteBatch(context, caps.suspendScreenUpdating).onSent((sent, requests) =>
    progress?.(WRITE_FROM + (WRITE_TO - WRITE_FROM) * Math.min(1, sent / expected), LONG_WORK_TEXT.writingPart(requests + 1)),
  );
  try {
    const sheets = new Map<string, Excel.Worksheet>();
    await batch.add(SMALL_OP_BYTES * plan.sheets.length, () => {
      for (const sheetPlan of plan.sheets) {
        const lower = sheetPlan.name.toLowerCase();
        const look = looks.get(lower);
        if (existing.has(lower)) {
          // Ours from an earlier attempt (or an empty sheet): emptied, tables and all, then written again.
          const sheet = context.workbook.worksheets.getItem(existing.get(lower)!);
          for (const table of look?.tables.items ?? []) table.delete();
          sheet.getRange().clear("All");
          sheets.set(sheetPlan.name, sheet);
          reused.push(sheetPlan.name);
          if (!owned.has(lower)) reusedEmpty.push(sheetPlan.name);
        } else {
          sheets.set(sheetPlan.name, context.workbook.worksheets.add(sheetPlan.name));
          addedSheets.push(sheetPlan.name);
        }
      }
    });
    const taskSheet = plan.sheets.find((s) => s.table)?.name;
    if (!names.has(CREATING_MARK.toLowerCase())) {
      await batch.add(SMALL_OP_BYTES, () => context.workbook.names.add(CREATING_MARK, `=${sheetRef(plan.sheets[0].name)}!$A$1`));
      addedNames.push(CREATING_MARK);
    }
    // Names next: the dropdowns and formulas refer to them. A stale name of ours is replaced.
    for (const name of plan.names) {
      await batch.add(SMALL_OP_BYTES, () => {
        if (names.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).delete();
        else addedNames.push(name.name);
        context.workbook.names.add(name.name, `=${name.refersTo}`);
      });
    }
    // Then each table over its header row alone: every formula below may name it.
    for (const sheetPlan of plan.sheets) {
      const table = sheetPlan.table;
      if (!table) continue;
      const sheet = sheets.get(sheetPlan.name)!;
      await batch.add(SMALL_OP_BYTES + jsonBytes(table.headers), () => queueHeaderRow(sheet, table));
      await queueTable(sheet, table, batch);
    }
    for (const sheetPlan of plan.sheets) {
      await queueSheetPlan(sheets.get(sheetPlan.name)!, sheetPlan, caps, batch, { tableLater: true });
    }
    // The tracker is whole once this last request is applied.
    await batch.add(SMALL_OP_BYTES, () => {
      if (taskSheet) sheets.get(taskSheet)!.activate();
      context.workbook.names.getItem(CREATING_MARK).delete();
    });
    await batch.flush();
  } catch (error) {
    progress?.(WRITE_FROM, LONG_WORK_TEXT.undoing);
    const tables = new Set(plan.sheets.flatMap((s) => (s.table ? [s.table.name.toLowerCase()] : [])));
    await undo(context, { sheets: addedSheets, names: addedNames, tables, reused, emptied: reusedEmpty });
    throw error;
  }
  return { notes };
}

/** The table's header row, written alone so the table can be added before any formula naming it. */
function queueHeaderRow(sheet: Excel.Worksheet, table: TablePlan): void {
  const rect = parseRange(table.range);
  if (!rect) throw new Error(`plan: bad range ${table.range}`);
  sheet.getRange(rectAddress({ ...rect, rowCount: 1, columnCount: table.headers.length })).formulas = [table.headers.map(cellInput)];
}

interface Added {
  sheets: string[];
  names: string[];
  /** The plan's tables (lower case): on a sheet this attempt reused they outlive the sheets' deletion. */
  tables: Set<string>;
  /** Existing sheets written into; of those, the ones that were empty before are emptied again. */
  reused: string[];
  emptied: string[];
}

/**
 * Takes away what a failed create added. Best effort: when Excel refuses this too, the sheets stay
 * marked as ours and CREATING_MARK stays, so the next attempt rewrites them instead of stopping at
 * "sheet taken" or extending a half-built tracker.
 */
async function undo(context: Excel.RequestContext, added: Added): Promise<void> {
  try {
    const items = added.names.map((name) => context.workbook.names.getItemOrNullObject(name));
    // Only tables on sheets this attempt wrote into: a user's table elsewhere is never touched.
    const onReused = added.reused.map((name) => context.workbook.worksheets.getItem(name).tables.load("items/name"));
    const tabs = added.sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    const emptied = added.emptied.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const tables of onReused) for (const table of tables.items) if (added.tables.has(table.name.toLowerCase())) table.delete();
    for (const item of items) if (!item.isNullObject) item.delete();
    for (const tab of tabs) if (!tab.isNullObject) tab.delete();
    for (const tab of emptied) if (!tab.isNullObject) tab.getRange().clear("All");
    await context.sync();
  } catch {
    // The original error is the one to show; what could not be undone is rewritten by the retry.
  }
}
