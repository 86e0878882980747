// Plan cells as what Range.values / Range.formulas accept, without Excel second-guessing the text.
import { toExcelSerial } from "../core/dates";
import type { PlanCell } from "../workbook/plan";

export type ExcelInput = string | number | boolean;

/**
 * Excel reads text written through the API as if typed: "01" becomes 1, "30/6/2021" a date, "- Lập kế
 * hoạch" a formula. A leading apostrophe keeps such text as written (Excel stores it without the quote).
 */
const EXCEL_WOULD_PARSE = /^[=+\-@'\s\d.,($€₫%]|^(true|false)$/i;

export function textInput(text: string): string {
  return EXCEL_WOULD_PARSE.test(text) ? `'${text}` : text;
}

export function cellInput(cell: PlanCell): ExcelInput {
  if (cell === null) return "";
  if (typeof cell === "string") return cell === "" ? "" : textInput(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if ("formula" in cell) return cell.formula;
  return toExcelSerial(cell.date);
}
