// Writes a new tracker's sheets and names: all of them, or, when a request fails midway, none (the
// sheets and names this command added are taken away again in the same Excel.run). Sheets of ours left
// by an earlier attempt are rewritten, so a retry works; a user's sheet is never written into: ours goes
// under "(2)" and the pane says so.
import { LONG_WORK_TEXT, OWNED_TEXT } from "../core/strings/pane";
import { PROGRESS_TEXT } from "../core/strings/excel";
import type { WorkbookPlan } from "../workbook/plan";
import { isOwnerMark, markOwnedSheets, ownedSheets, pickSheetName, renamePlanSheet, sheetNameChoices } from "../workbook/ownership";
import { AddinError, type Capabilities, type Progress } from "./actions";
import { jsonBytes } from "./payload";
import { SMALL_OP_BYTES, WriteBatch } from "./writeBatch";
import { queueSheetPlan, queueTable } from "./writeSheet";

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
        } else {
          sheets.set(sheetPlan.name, context.workbook.worksheets.add(sheetPlan.name));
          addedSheets.push(sheetPlan.name);
        }
      }
    });
    // Names first: the dropdowns and formulas refer to them. A stale name of ours is replaced.
    for (const name of plan.names) {
      await batch.add(SMALL_OP_BYTES, () => {
        if (names.has(name.name.toLowerCase())) context.workbook.names.getItem(name.name).delete();
        else addedNames.push(name.name);
        context.workbook.names.add(name.name, `=${name.refersTo}`);
      });
    }
    // The task table last: the tracker exists for later commands only once every sheet is written.
    for (const sheetPlan of plan.sheets) {
      await queueSheetPlan(sheets.get(sheetPlan.name)!, sheetPlan, caps, batch, { tableLater: true });
    }
    for (const sheetPlan of plan.sheets) {
      if (sheetPlan.table) await queueTable(sheets.get(sheetPlan.name)!, sheetPlan.table, batch);
    }
    const taskSheet = plan.sheets.find((s) => s.table)?.name;
    if (taskSheet) await batch.add(SMALL_OP_BYTES, () => sheets.get(taskSheet)!.activate());
    await batch.flush();
  } catch (error) {
    progress?.(WRITE_FROM, LONG_WORK_TEXT.undoing);
    await undo(context, addedSheets, addedNames);
    throw error;
  }
  return { notes };
}

/**
 * Takes away what a failed create added. Best effort: when Excel refuses this too, the sheets stay
 * marked as ours, so the next attempt rewrites them instead of stopping at "sheet taken".
 */
async function undo(context: Excel.RequestContext, sheets: string[], names: string[]): Promise<void> {
  if (sheets.length === 0 && names.length === 0) return;
  try {
    const items = names.map((name) => context.workbook.names.getItemOrNullObject(name));
    const tabs = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const item of items) if (!item.isNullObject) item.delete();
    for (const tab of tabs) if (!tab.isNullObject) tab.delete();
    await context.sync();
  } catch {
    // The original error is the one to show; what could not be undone is rewritten by the retry.
  }
}
