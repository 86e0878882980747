// Row heights and fonts users gave the task table (a taller row to read a long title, a task in bold
// or red), kept with their row (by Mã NV) and column (by header) when the table is rewritten.
import type ExcelJS from "exceljs";
import { storedCell } from "../read/sparse";

export interface RowLooks {
  height?: number;
  /** Column key → font, for the cells whose font a user changed. */
  fonts: Map<string, Partial<ExcelJS.Font>>;
}

/** What marks a font as a user's choice; the tracker's own styles are rewritten anyway. */
function isUserFont(font: Partial<ExcelJS.Font> | undefined): font is Partial<ExcelJS.Font> {
  if (!font) return false;
  return Boolean(font.bold || font.italic || font.underline || font.strike || font.color?.argb || (font.size !== undefined && font.size !== 11));
}

/** `rows`: row key and sheet row; `columns`: column key and 1-based column. */
export function collectLooks(
  worksheet: ExcelJS.Worksheet | undefined,
  rows: { key: string; sheetRow: number }[],
  columns: { key: string; column: number }[],
): Map<string, RowLooks> {
  const looks = new Map<string, RowLooks>();
  if (!worksheet) return looks;
  for (const { key, sheetRow } of rows) {
    const row = worksheet.findRow(sheetRow);
    if (!row) continue;
    const fonts = new Map<string, Partial<ExcelJS.Font>>();
    for (const { key: columnKey, column } of columns) {
      const font = storedCell(row, column)?.font;
      if (isUserFont(font)) fonts.set(columnKey, { ...font });
    }
    // ExcelJS reads a row's height whether set by hand or stored by the writer (LibreOffice stores all).
    const height = row.height;
    if (height || fonts.size > 0) looks.set(key, { ...(height ? { height } : {}), fonts });
  }
  return looks;
}

export function restoreLooks(
  worksheet: ExcelJS.Worksheet | undefined,
  looks: Map<string, RowLooks>,
  rowOf: Map<string, number>,
  columnOf: Map<string, number>,
): void {
  if (!worksheet) return;
  for (const [key, look] of looks) {
    const r = rowOf.get(key);
    if (r === undefined) continue;
    const row = worksheet.getRow(r);
    if (look.height) row.height = look.height;
    for (const [columnKey, font] of look.fonts) {
      const c = columnOf.get(columnKey);
      // The tracker's own font (the bold of Đánh giá) stays; the user's choices are laid over it.
      if (c !== undefined) row.getCell(c).font = { ...row.getCell(c).font, ...font };
    }
  }
}
