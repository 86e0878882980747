// Reading what a spreadsheet engine computed: the cached results of formula cells, via ExcelJS.
import ExcelJS from "exceljs";
import { fromJsDate } from "../../src/core/dates";

export type Computed = string | number | boolean | null | { error: string };

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** The value a cell shows: a formula's cached result ("" and 0 included), dates as ISO strings. */
export function computed(cell: ExcelJS.Cell): Computed {
  const value = cell.value;
  if (value && typeof value === "object" && !(value instanceof Date) && ("formula" in value || "sharedFormula" in value)) {
    return plain(cell.result as ExcelJS.CellValue, true);
  }
  return plain(value, false);
}

function plain(value: ExcelJS.CellValue, isFormula: boolean): Computed {
  if (value === undefined || value === null) return isFormula ? "" : null;
  if (value instanceof Date) return fromJsDate(value);
  if (typeof value === "object") {
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    return null;
  }
  return value;
}

/** Rows of a sheet as computed values, columns 1..width. */
export function sheetValues(worksheet: ExcelJS.Worksheet, width: number): Computed[][] {
  const rows: Computed[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => computed(row.getCell(c + 1))));
  }
  return rows;
}
