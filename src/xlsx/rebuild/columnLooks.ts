// Widths and hidden state users gave the task columns (a wider Nội dung, a hidden Sản phẩm), kept by
// header when the table is rewritten; the user's own columns carry their width in extraColumns.ts.
import type ExcelJS from "exceljs";

export type ColumnLooks = Map<string, { width?: number; hidden: boolean }>;

export function collectColumnLooks(worksheet: ExcelJS.Worksheet | undefined, columns: { key: string; column: number }[]): ColumnLooks {
  const looks: ColumnLooks = new Map();
  if (!worksheet) return looks;
  for (const { key, column } of columns) {
    const col = worksheet.getColumn(column);
    looks.set(key, { ...(col.width ? { width: col.width } : {}), hidden: Boolean(col.hidden) });
  }
  return looks;
}

/** Only what differs from the plan's column is the user's (by a character or more: LibreOffice rounds widths). */
export function restoreColumnLooks(worksheet: ExcelJS.Worksheet | undefined, looks: ColumnLooks, columnOf: Map<string, number>): void {
  if (!worksheet) return;
  for (const [key, { width, hidden }] of looks) {
    const c = columnOf.get(key);
    if (c === undefined) continue;
    const col = worksheet.getColumn(c);
    if (width && col.width !== undefined && Math.abs(width - col.width) >= 1) col.width = width;
    if (hidden !== Boolean(col.hidden)) col.hidden = hidden;
  }
}
