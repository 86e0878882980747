// The user's defined names through a rebuild. ExcelJS keeps a name only when it is a list of ranges:
// a name holding a formula or a constant would vanish, so the rebuild refuses naming it. A name
// pointing into the task sheet, whose columns and rows move, follows its cells (by header and Mã NV
// order, as everything else laid over the sheet does).
import type ExcelJS from "exceljs";
import type { NamePlan } from "../../workbook/plan";
import { boxAddress, decodeBox, moveBox, type Placement } from "./sheetExtras";

interface NameModel {
  name: string;
  ranges: string[];
}

/** Names of the package ExcelJS did not keep; names Excel itself manages (_xlnm.*) are its own. */
export function namesExcelJsDrops(inPackage: { name: string; text: string }[], workbook: ExcelJS.Workbook): { name: string; text: string }[] {
  const kept = new Set((workbook.definedNames.model as NameModel[]).map((n) => n.name));
  return inPackage.filter((n) => n.name && !n.name.startsWith("_xlnm.") && !kept.has(n.name));
}

/**
 * Moves the ranges of the user's names that point into the old task sheet to the new one (renamed to
 * `newSheet` if the user had renamed it); returns the names that changed. Call after the plan's names
 * are written: those are left alone.
 */
export function repointNames(workbook: ExcelJS.Workbook, plan: NamePlan[], oldSheet: string, newSheet: string, place: Placement): string[] {
  const planNames = new Set(plan.map((n) => n.name));
  const moved: string[] = [];
  const model = (workbook.definedNames.model as NameModel[]).map((name) => {
    if (planNames.has(name.name)) return name;
    const ranges = name.ranges.map((range) => moveRange(range, oldSheet, newSheet, place));
    if (ranges.every((r, i) => r === name.ranges[i])) return name;
    moved.push(name.name);
    return { ...name, ranges };
  });
  if (moved.length > 0) workbook.definedNames.model = model as typeof workbook.definedNames.model;
  return moved;
}

function moveRange(range: string, oldSheet: string, newSheet: string, place: Placement): string {
  const bang = range.lastIndexOf("!");
  if (bang < 0) return range;
  const sheet = range.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  if (sheet !== oldSheet) return range;
  const cells = range.slice(bang + 1);
  if (!/^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(cells)) return range;
  const was = decodeBox(cells.replace(/\$/g, ""));
  const box = moveBox(was, place);
  if (oldSheet === newSheet && JSON.stringify(box) === JSON.stringify(was)) return range;
  const absolute = boxAddress(box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${newSheet.replace(/'/g, "''")}'!${absolute}`;
}
