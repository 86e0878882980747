// What writing a loaded workbook back with ExcelJS would lose, item by item with its sheet and cell:
// the parts and rules it ignores (see partsLost.ts), names holding a formula or a constant, and names
// scoped to one sheet (made workbook-wide, and of two of one spelling only one kept). Every command
// that rewrites a user's file (build onto it, merge, snapshot) refuses while this list is not empty.
import type ExcelJS from "exceljs";
import { REBUILD_TEXT, type LostItemKind } from "../../core/strings/rebuild";
import { namesExcelJsDrops } from "./names";
import type { PackageScan } from "./partsLost";

export interface RewriteLoss {
  kind: LostItemKind;
  where: string;
}

/** Call on the workbook as loaded, before anything is written into it. */
export function rewriteLosses(scan: PackageScan, workbook: ExcelJS.Workbook): RewriteLoss[] {
  return [
    ...scan.lost.map((item) => ({ kind: item.kind as LostItemKind, where: REBUILD_TEXT.where(item.sheet, item.cell) })),
    ...namesExcelJsDrops(scan.definedNames, workbook).map((n) => ({ kind: "names" as const, where: REBUILD_TEXT.name(n.name, n.text) })),
    ...scan.definedNames
      .filter((n) => n.scoped && !n.name.startsWith("_xlnm."))
      .map((n) => ({ kind: "scopedNames" as const, where: REBUILD_TEXT.name(n.name, n.text) })),
  ];
}
