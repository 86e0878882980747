// Requirement sets: the floor the manifest declares, and the features above it checked at run time.
import type { Capabilities } from "./actions";

/**
 * The floor: getItemOrNullObject, named items (names.add, NamedItem.getRange) and
 * getUsedRangeOrNullObject are ExcelApi 1.4; tables, charts, values/formulas/number formats are 1.1.
 */
export const MIN_EXCEL_API = "1.4";

function supports(version: string): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", version);
}

export function capabilities(): Capabilities {
  return {
    conditionalFormats: supports("1.6"),
    freezePanes: supports("1.7"),
    dataValidation: supports("1.8"),
    suspendScreenUpdating: supports("1.9"),
  };
}

/** Also 1.7: the tab colour. */
export function supportsTabColor(): boolean {
  return supports("1.7");
}

/** ExcelApi 1.8: suspendApiCalculationUntilNextSync. */
export function supportsSuspendCalculation(): boolean {
  return supports("1.8");
}

/** ExcelApi 1.9: Range.getSpecialCellsOrNullObject. */
export function supportsSpecialCells(): boolean {
  return supports("1.9");
}
