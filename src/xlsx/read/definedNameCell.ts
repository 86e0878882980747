// The single cell a workbook-level defined name points at, e.g. NgayBaoCao → 'Danh mục'!$B$3.
import type ExcelJS from "exceljs";

export function definedNameCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell | null {
  const { ranges } = workbook.definedNames.getRanges(name);
  const ref = ranges[0];
  if (!ref) return null;
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const sheetName = unquoteSheet(ref.slice(0, bang));
  const address = ref.slice(bang + 1).replace(/\$/g, "").split(":")[0];
  const worksheet = workbook.getWorksheet(sheetName);
  if (!worksheet || !/^[A-Z]+\d+$/.test(address)) return null;
  return worksheet.getCell(address);
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
