// Which sheets of the open workbook are ours (src/workbook/ownership.ts), read in the request a command
// already makes, and the marks written with the sheets. A sheet that is not ours is never cleared or deleted.
import { isOwnerMark, ownedSheets, ownerMarkName, pickSheetName, sheetNameChoices } from "../workbook/ownership";
import { sheetRef } from "../workbook/a1";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";

export interface SheetSurvey {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
}

/** Request 1: the tabs and the active sheet. */
export function surveySheets(context: Excel.RequestContext): SheetSurvey {
  return {
    sheets: context.workbook.worksheets.load("items/name"),
    active: context.workbook.worksheets.getActiveWorksheet().load("name"),
  };
}

export interface QueuedOwnership {
  marks: Excel.Range[];
  /** A1 of each existing sheet a command may want, to recognise unmarked sheets of older versions. */
  titles: Map<string, Excel.Range>;
  names: Set<string>;
  sheets: Map<string, string>;
}

/**
 * Request 2: where each mark points, and A1 of the existing sheets among `wanted` (each base name with
 * its "(2)" … choices). `names` are the workbook's defined names (lower case) and `sheets` its tabs, from request 1.
 */
export function queueOwnership(context: Excel.RequestContext, names: Set<string>, sheets: string[], wanted: string[]): QueuedOwnership {
  const marks = [...names].filter(isOwnerMark).map((name) => context.workbook.names.getItem(name).getRangeOrNullObject().load("address"));
  const byLower = new Map(sheets.map((s) => [s.toLowerCase(), s]));
  const titles = new Map<string, Excel.Range>();
  for (const base of wanted) {
    for (const choice of sheetNameChoices(base)) {
      const name = byLower.get(choice.toLowerCase());
      if (name) titles.set(choice.toLowerCase(), context.workbook.worksheets.getItem(name).getRange("A1").load("values"));
    }
  }
  return { marks, titles, names, sheets: byLower };
}

export interface Ownership {
  /** The workbook's defined names (lower case), to replace a mark rather than add a second one. */
  names: Set<string>;
  /** Existing sheets: lower case → as spelt. */
  sheets: Map<string, string>;
  /** Lower-cased names of the sheets a mark points at. */
  owned: Set<string>;
  /** True when the workbook carries no mark at all (a tracker made before marks existed). */
  unmarked: boolean;
  /** A1 of the candidate sheets, lower-cased name → text. */
  titles: Map<string, string>;
}

export function readOwnership(queued: QueuedOwnership): Ownership {
  const live = queued.marks.filter((r) => !r.isNullObject).map((r) => r.address);
  const titles = new Map<string, string>();
  for (const [name, range] of queued.titles) titles.set(name, String(range.values[0]?.[0] ?? ""));
  return { names: queued.names, sheets: queued.sheets, owned: ownedSheets(live), unmarked: queued.marks.length === 0, titles };
}

export interface SheetChoice {
  /** The name to write the sheet under. */
  name: string;
  /** A sheet of that name exists (and is ours): it is rewritten, not added. */
  exists: boolean;
  /** True when a user's sheet holds the base name, so ours went under another. */
  renamed: boolean;
}

/**
 * Where a sheet of ours called `base` goes: the base name or the first "(n)" that is free or ours. A
 * sheet is ours when a mark points at it, or, in a workbook without any mark (made by an older version),
 * when its A1 holds the title the plan writes there. Null when users' sheets hold every choice.
 */
export function chooseSheet(base: string, ownership: Ownership, title: string | null): SheetChoice | null {
  const name = pickSheetName(sheetNameChoices(base), {
    exists: (lower) => ownership.sheets.has(lower),
    ours: (lower) => ownership.owned.has(lower) || (ownership.unmarked && title !== null && ownership.titles.get(lower) === title),
  });
  if (name === null) return null;
  return { name, exists: ownership.sheets.has(name.toLowerCase()), renamed: name !== base };
}

/** Queues the mark of `sheet` (already added in the batch): a stale mark of that name is replaced. */
export async function queueMark(context: Excel.RequestContext, sheet: string, ownership: Pick<Ownership, "names">, batch: WriteBatch): Promise<void> {
  const mark = ownerMarkName(sheet);
  await batch.add(SMALL_OP_BYTES, () => {
    if (ownership.names.has(mark.toLowerCase())) context.workbook.names.getItem(mark).delete();
    context.workbook.names.add(mark, `=${sheetRef(sheet)}!$A$1`);
  });
  ownership.names.add(mark.toLowerCase());
}
