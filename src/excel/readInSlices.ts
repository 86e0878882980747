// Reading a block too big for one response (Excel on the web caps a response at 5 MB): its values in
// 2, 4, 8 … row slices (or their formulas), one request each, until every slice fits.
import type { CellValue } from "../core/types";
import { rectAddress, type Rect } from "./a1";
import { isOfficeError } from "./errors";

export async function readInSlices(context: Excel.RequestContext, sheet: Excel.Worksheet, rect: Rect, property: "values" | "formulas" = "values"): Promise<CellValue[][]> {
  for (let parts = 2; ; parts *= 2) {
    const size = Math.ceil(rect.rowCount / parts);
    const values: CellValue[][] = [];
    try {
      for (let start = 0; start < rect.rowCount; start += size) {
        const part = { ...rect, row: rect.row + start, rowCount: Math.min(size, rect.rowCount - start) };
        const range = sheet.getRange(rectAddress(part)).load(property);
        // One request per slice is the point: each answer must stay under the cap.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        for (const row of range[property]) values.push(row);
      }
      return values;
    } catch (error) {
      if (!isOfficeError(error, "ResponsePayloadSizeLimitExceeded") || size <= 1) throw error;
    }
  }
}
