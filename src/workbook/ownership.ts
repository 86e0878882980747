// Which sheets the add-in created. Each gets a mark: a workbook-level defined name pointing at its A1.
// A defined name survives saving in Excel, LibreOffice and WPS, ExcelJS writes it like any other plan
// name, it follows the sheet when the user renames or moves it, and it turns into #REF! when the sheet
// is deleted, so a sheet the user adds later under the same name is never mistaken for ours.
import { foldVietnamese } from "../core/text";
import { sheetRef } from "./a1";
import type { NamePlan, SheetPlan, WorkbookPlan } from "./plan";

export const OWNER_MARK_PREFIX = "TDNV_Trang_";

/** How many names the add-in tries for one sheet ("Kiểm tra", "Kiểm tra (2)", … "(10)"). */
export const MAX_SHEET_NAMES = 10;

/** "Kiểm tra (2)" → "TDNV_Trang_KiemTra_2": ASCII, so every spreadsheet program reads it back alike. */
export function ownerMarkName(sheet: string): string {
  const words = foldVietnamese(sheet)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1));
  return OWNER_MARK_PREFIX + (words.join("_") || "X");
}

export function isOwnerMark(name: string): boolean {
  return name.toLowerCase().startsWith(OWNER_MARK_PREFIX.toLowerCase());
}

export function ownerMark(sheet: string): NamePlan {
  return { name: ownerMarkName(sheet), refersTo: `${sheetRef(sheet)}!$A$1` };
}

/** The plan with a mark for each of its sheets (plans that already carry one keep theirs). */
export function markOwnedSheets(plan: WorkbookPlan): WorkbookPlan {
  const have = new Set(plan.names.map((n) => n.name.toLowerCase()));
  const marks = plan.sheets.map((s) => ownerMark(s.name)).filter((m) => !have.has(m.name.toLowerCase()));
  return { ...plan, names: [...plan.names, ...marks] };
}

/**
 * The sheet an address or reference names: "'Kiểm tra'!$A$1", "=Sheet1!A1", "'It''s'!A1:B2" → the
 * sheet's name; null for "#REF!" (the sheet was deleted) or an address without a sheet.
 */
export function sheetOfReference(reference: string): string | null {
  const text = reference.replace(/^=/, "").trim();
  const quoted = /^'((?:[^']|'')+)'!/.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!#][^!]*)!/.exec(text);
  return plain ? plain[1] : null;
}

/** Lower-cased names of the sheets the marks point at. */
export function ownedSheets(markReferences: Iterable<string | null>): Set<string> {
  const owned = new Set<string>();
  for (const reference of markReferences) {
    const sheet = reference ? sheetOfReference(reference) : null;
    if (sheet) owned.add(sheet.toLowerCase());
  }
  return owned;
}

/** "Kiểm tra", then "Kiểm tra (2)", "(3)", …: the names a sheet of ours may take. */
export function sheetNameChoices(base: string, count = MAX_SHEET_NAMES): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? base : `${base} (${i + 1})`));
}

/** What the plan writes in A1 of a sheet (its title), used to recognise sheets made before marks existed. */
export function planTitle(plan: SheetPlan): string | null {
  const first = plan.blocks.find((b) => b.topLeft === "A1")?.rows[0]?.[0];
  return typeof first === "string" && first !== "" ? first : null;
}

export interface SheetClaim {
  /** A sheet of that name exists (lower-cased names). */
  exists(name: string): boolean;
  /** The existing sheet of that name is ours (marked, or an unmarked sheet of an older version holding our title). */
  ours(name: string): boolean;
}

/**
 * The first name of `choices` that is free or already ours; null when users' sheets hold all of them.
 * A user's sheet is never chosen, so it is never cleared or deleted.
 */
export function pickSheetName(choices: string[], claim: SheetClaim): string | null {
  return choices.find((name) => !claim.exists(name.toLowerCase()) || claim.ours(name.toLowerCase())) ?? null;
}

/**
 * The plan with sheet `from` written as `to`: its own name, its mark, and every reference to it in
 * formulas, links, names, validations and rules ("'Nhiệm vụ'!" → "'Nhiệm vụ (2)'!").
 */
export function renamePlanSheet(plan: WorkbookPlan, from: string, to: string): WorkbookPlan {
  const oldRef = `${sheetRef(from)}!`;
  const newRef = `${sheetRef(to)}!`;
  const swap = (value: unknown): unknown => {
    if (typeof value === "string") return value.includes(oldRef) ? value.split(oldRef).join(newRef) : value;
    if (Array.isArray(value)) return value.map(swap);
    if (value && typeof value === "object" && !(value instanceof Date)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    }
    return value;
  };
  const markOf = ownerMarkName(from).toLowerCase();
  return {
    sheets: plan.sheets.map((s) => {
      const swapped = swap(s) as SheetPlan;
      return s.name === from ? { ...swapped, name: to } : swapped;
    }),
    names: plan.names.map((n) => (n.name.toLowerCase() === markOf ? ownerMark(to) : (swap(n) as NamePlan))),
  };
}
