// Renders a workbook plan with ExcelJS straight to an .xlsx file (renderPlan: into a workbook).
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan";
import { writeWorkbookAtomically } from "./write/atomicWrite";
import { renderPlan } from "./write/renderPlan";

export { renderPlan } from "./write/renderPlan";

export async function writePlanToFile(plan: WorkbookPlan, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  renderPlan(workbook, plan);
  await writeWorkbookAtomically(workbook, path);
}
