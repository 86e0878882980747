// Shows a cell to the user: its sheet activated, the cell selected.
import { TRACKER_ERRORS } from "../../core/strings/excel";
import { AddinError } from "../actions";
import { parseRange } from "../a1";
import { runExcel } from "../run";

export function selectCell(sheet: string, cell: string): Promise<void> {
  if (!parseRange(cell)) return Promise.reject(new AddinError(TRACKER_ERRORS.badCell(cell), "BadCell"));
  return runExcel(async (context) => {
    const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
    await context.sync();
    if (worksheet.isNullObject) throw new AddinError(TRACKER_ERRORS.noSheet(sheet), "NoSheet");
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
