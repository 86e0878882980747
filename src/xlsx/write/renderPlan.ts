// Renders a workbook plan into an ExcelJS workbook, replacing only the plan's sheets and names. No
// Node imports: the task pane builds unit copies with it too.
import type ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../workbook/plan";
import { renderSheet } from "./renderSheet";
import { repairLoadedTables } from "./repairTables";

/** ExcelJS orders tabs by this field; its typings omit it. */
type OrderedSheet = ExcelJS.Worksheet & { orderNo: number };

/** Fixed, so the same plan gives the same workbook properties. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));
export const WRITER_NAME = "Theo dõi nhiệm vụ";

/**
 * Sheets of the plan replace same-named sheets in place (same tab position); new ones go after the
 * existing sheets, in plan order. The user's own sheets and names are left as they are.
 */
export function renderPlan(workbook: ExcelJS.Workbook, plan: WorkbookPlan): void {
  repairLoadedTables(workbook);
  const sheets = () => workbook.worksheets as OrderedSheet[];
  const nextOrder = () => sheets().reduce((max, ws) => Math.max(max, ws.orderNo), 0) + 1;
  for (const sheetPlan of plan.sheets) {
    const existing = workbook.getWorksheet(sheetPlan.name) as OrderedSheet | undefined;
    const orderNo = existing ? existing.orderNo : nextOrder();
    if (existing) workbook.removeWorksheet(existing.id);
    const worksheet = workbook.addWorksheet(sheetPlan.name) as OrderedSheet;
    worksheet.orderNo = orderNo;
    renderSheet(worksheet, sheetPlan);
  }
  const planNames = new Set(plan.names.map((n) => n.name));
  workbook.definedNames.model = workbook.definedNames.model.filter((n) => !planNames.has(n.name));
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);

  // LibreOffice and Excel recompute every formula on opening: cells written here carry no results.
  workbook.calcProperties.fullCalcOnLoad = true;
  workbook.creator = WRITER_NAME;
  workbook.lastModifiedBy = WRITER_NAME;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
}
