// The cells a workbook-level defined name points at, e.g. NgayBaoCao → 'Danh mục'!$G$3.
import type ExcelJS from "exceljs";
import { columnNumber } from "./columns";

export interface NamedRange {
  worksheet: ExcelJS.Worksheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function definedNameRange(workbook: ExcelJS.Workbook, name: string): NamedRange | null {
  const { ranges } = workbook.definedNames.getRanges(name);
  const ref = ranges[0];
  if (!ref) return null;
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return null;
  const worksheet = workbook.getWorksheet(unquoteSheet(ref.slice(0, bang)));
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.slice(bang + 1).replace(/\$/g, ""));
  if (!worksheet || !m) return null;
  const [left, top] = [columnNumber(m[1]), Number(m[2])];
  return { worksheet, top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left };
}

export function definedNameCell(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell | null {
  const range = definedNameRange(workbook, name);
  return range ? range.worksheet.getCell(range.top, range.left) : null;
}

function unquoteSheet(text: string): string {
  return text.startsWith("'") && text.endsWith("'") ? text.slice(1, -1).replace(/''/g, "'") : text;
}
