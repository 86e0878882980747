// The used range of the active sheet, as pasted by the user: a table, or a document one paragraph per row.
import type { CellValue } from "../../core/types";
import { runExcel } from "../run";

export function readActiveSheet(): Promise<{ sheet: string; cells: CellValue[][] }> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
    const used = sheet.getUsedRangeOrNullObject(true).load("values");
    await context.sync();
    return { sheet: sheet.name, cells: used.isNullObject ? [] : used.values };
  });
}
