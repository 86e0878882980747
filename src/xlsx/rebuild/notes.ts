// Cell notes (comments) users put on the task table: kept with their row (by Mã NV) and column (by header).
import type ExcelJS from "exceljs";
import type { RawRow, TaskField } from "../../core/types";
import { TASK_FIELDS } from "../../core/types";
import type { TrackerFile } from "../readTracker";

export interface KeptNote {
  /** Row key, or null for a note on the header row. */
  row: string | null;
  /** Task field key or the extra column's header. */
  column: string;
  note: ExcelJS.Cell["note"];
}

export function collectNotes(tracker: TrackerFile, workbook: ExcelJS.Workbook, rowKey: (row: RawRow) => string): KeptNote[] {
  const sheet = workbook.getWorksheet(tracker.sheet);
  if (!sheet) return [];
  const columns: { column: string; index: number }[] = [
    ...(Object.entries(tracker.columns) as [TaskField, number][]).map(([field, index]) => ({ column: field, index })),
    ...tracker.extraColumns.map((c) => ({ column: c.header, index: c.column })),
  ];
  const notes: KeptNote[] = [];
  const take = (sheetRow: number, row: string | null) => {
    const line = sheet.getRow(sheetRow);
    for (const { column, index } of columns) {
      const note = line.getCell(index).note;
      if (note) notes.push({ row, column, note });
    }
  };
  take(tracker.headerRow, null);
  tracker.rows.forEach((row, i) => take(tracker.rowNumbers[i], rowKey(row)));
  return notes;
}

/** `rowKeys[i]` is the key of plan row i (sheet row i + 2); `columns` are in sheet column order. */
export function restoreNotes(
  sheet: ExcelJS.Worksheet | undefined,
  notes: KeptNote[],
  rowKeys: string[],
  extraHeaders: string[],
  firstExtraColumn = TASK_FIELDS.length + 1,
): void {
  if (!sheet || notes.length === 0) return;
  const rowOf = new Map(rowKeys.map((key, i) => [key, i + 2]));
  const columnOf = newColumns(extraHeaders, firstExtraColumn);
  for (const { row, column, note } of notes) {
    const r = row === null ? 1 : rowOf.get(row);
    const c = columnOf.get(column);
    if (r !== undefined && c !== undefined && note) sheet.getCell(r, c).note = note;
  }
}

/** Column key (task field, or a user column's header) → 1-based column of the rebuilt table. */
export function newColumns(extraHeaders: string[], firstExtraColumn: number): Map<string, number> {
  return new Map<string, number>([
    ...TASK_FIELDS.map((field, i): [string, number] => [field, i + 1]),
    ...extraHeaders.map((header, i): [string, number] => [header, firstExtraColumn + i]),
  ]);
}
