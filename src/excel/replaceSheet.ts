// Rebuilding one of our own report sheets (Kiểm tra, Đối chiếu) from its plan: ours is deleted and added
// back at the same tab position; a user's sheet of that name is left alone and ours goes under "(2)".
import { OWNED_TEXT } from "../core/strings/pane";
import type { SheetPlan } from "../workbook/plan";
import { planTitle } from "../workbook/ownership";
import { AddinError, type Capabilities } from "./actions";
import { chooseSheet, queueMark, type Ownership, type SheetChoice, type SheetSurvey } from "./ownedSheets";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";
import { queueSheetPlan } from "./writeSheet";

export { surveySheets, type SheetSurvey } from "./ownedSheets";

/** Where the plan's sheet goes, or an explained refusal when users' sheets hold every name it may take. */
export function chooseOrRefuse(plan: SheetPlan, ownership: Ownership): SheetChoice {
  const choice = chooseSheet(plan.name, ownership, planTitle(plan));
  if (!choice) throw new AddinError(OWNED_TEXT.noFreeName(plan.name), "NoFreeSheetName");
  return choice;
}

/** Writes `plan` under `choice.name` (from chooseOrRefuse); returns that name. */
export async function replaceSheet(
  context: Excel.RequestContext,
  survey: SheetSurvey,
  ownership: Ownership,
  choice: SheetChoice,
  plan: SheetPlan,
  caps: Capabilities,
  batch: WriteBatch,
): Promise<string> {
  const name = choice.name;
  const names = survey.sheets.items.map((s) => s.name.toLowerCase());
  const position = names.indexOf(name.toLowerCase());
  const wasActive = survey.active.name.toLowerCase() === name.toLowerCase();
  let sheet!: Excel.Worksheet;
  await batch.add(SMALL_OP_BYTES, () => {
    if (choice.exists && position >= 0) context.workbook.worksheets.getItem(name).delete();
    sheet = context.workbook.worksheets.add(name);
    if (choice.exists && position >= 0) sheet.position = position;
  });
  await queueMark(context, name, ownership, batch);
  await queueSheetPlan(sheet, { ...plan, name }, caps, batch);
  if (wasActive) await batch.add(SMALL_OP_BYTES, () => sheet.activate());
  return name;
}
