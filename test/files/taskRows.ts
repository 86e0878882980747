// The task rows as a spreadsheet holds them: real dates as dates, text as text, whatever was typed.
import type ExcelJS from "exceljs";
import type { CellValue, RawRow } from "../../src/core/types";
import { TASK_FIELDS } from "../../src/core/types";
import { TASK_SHEET, taskCellAddress } from "../../src/workbook/layout";

export function rowsOnSheet(workbook: ExcelJS.Workbook, count: number): RawRow[] {
  const sheet = workbook.getWorksheet(TASK_SHEET)!;
  const fields = TASK_FIELDS.filter((f) => f !== "state");
  return Array.from({ length: count }, (_, i) =>
    Object.fromEntries(fields.map((field) => [field, held(sheet.getCell(taskCellAddress(i, field)).value)])),
  );
}

function held(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}`);
}
