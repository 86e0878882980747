// The used range of the active sheet, as pasted by the user: a table, or a document one paragraph per row.
// One request; a paste too big for one response (5 MB) costs one more for its address, then one per slice.
import type { CellValue } from "../../core/types";
import { parseRange } from "../a1";
import { isOfficeError } from "../errors";
import { readInSlices } from "../readInSlices";
import { runExcel } from "../run";

export function readActiveSheet(): Promise<{ sheet: string; cells: CellValue[][] }> {
  return runExcel(async (context) => {
    const queue = (properties: string) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      return { sheet, used: sheet.getUsedRangeOrNullObject(true).load(properties) };
    };
    let read = queue("values");
    try {
      await context.sync();
      return { sheet: read.sheet.name, cells: read.used.isNullObject ? [] : read.used.values };
    } catch (error) {
      if (!isOfficeError(error, "ResponsePayloadSizeLimitExceeded")) throw error;
    }
    read = queue("address");
    await context.sync();
    const rect = read.used.isNullObject ? null : parseRange(read.used.address);
    return { sheet: read.sheet.name, cells: rect ? await readInSlices(context, read.sheet, rect) : [] };
  });
}
