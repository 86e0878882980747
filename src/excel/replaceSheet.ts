// Rebuilding one of our own sheets (Kiểm tra) from its plan: delete it and add it back at the same tab position.
import type { SheetPlan } from "../workbook/plan";
import type { Capabilities } from "./actions";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";
import { queueSheetPlan } from "./writeSheet";

export interface SheetSurvey {
  sheets: Excel.WorksheetCollection;
  active: Excel.Worksheet;
}

/** Queue in the first request: the tab order and the active sheet. */
export function surveySheets(context: Excel.RequestContext): SheetSurvey {
  return {
    sheets: context.workbook.worksheets.load("items/name"),
    active: context.workbook.worksheets.getActiveWorksheet().load("name"),
  };
}

export async function replaceSheet(context: Excel.RequestContext, survey: SheetSurvey, plan: SheetPlan, caps: Capabilities, batch: WriteBatch): Promise<void> {
  const names = survey.sheets.items.map((s) => s.name.toLowerCase());
  const position = names.indexOf(plan.name.toLowerCase());
  const wasActive = survey.active.name.toLowerCase() === plan.name.toLowerCase();
  let sheet!: Excel.Worksheet;
  await batch.add(SMALL_OP_BYTES, () => {
    if (position >= 0) context.workbook.worksheets.getItem(plan.name).delete();
    sheet = context.workbook.worksheets.add(plan.name);
    if (position >= 0) sheet.position = position;
  });
  await queueSheetPlan(sheet, plan, caps, batch);
  if (wasActive) await batch.add(SMALL_OP_BYTES, () => sheet.activate());
}
