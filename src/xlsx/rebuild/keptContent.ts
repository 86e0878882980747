// What a rebuild would otherwise lose, carried to where the user sees it: text below the task table
// (signature lines) goes back below the new table; notes and cells typed on the sheets the tracker
// generates (Tổng hợp, Hướng dẫn, Kiểm tra…) go to the sheet "Nội dung giữ lại", each with the sheet
// and cell it came from. Generated content is recognised as a formula or a text the new plan writes
// on the same sheet; anything else there was typed by a user.
import type ExcelJS from "exceljs";
import { KEPT_TEXT } from "../../core/strings/cli";
import { SHEET_NAMES } from "../../core/strings/workbook";
import type { CellValue } from "../../core/types";
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { readCell } from "../read/cellValue";
import { columnLetter } from "../read/columns";
import { storedCells, storedRows } from "../read/sparse";

export interface KeptCell {
  sheet: string;
  address: string;
  value: CellValue;
  note: string;
}

/** Columns of Kiểm tra the tracker writes: a user's remark beside a finding sits to their right. */
const FINDINGS_COLUMNS = 7;

function noteText(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function planTexts(sheet: SheetPlan): Set<string> {
  const texts = new Set<string>();
  const add = (cell: PlanCell) => {
    if (cell === null) return;
    if (typeof cell !== "object") texts.add(String(cell).trim());
    else if ("date" in cell) texts.add(cell.date);
  };
  for (const block of sheet.blocks) for (const row of block.rows) for (const cell of row) add(cell);
  return texts;
}

/** Cells of the workbook's generated sheets that the plan would wipe and did not write itself. */
export function userCellsOnGenerated(workbook: ExcelJS.Workbook, plan: WorkbookPlan, taskSheet: string): KeptCell[] {
  const kept: KeptCell[] = [];
  for (const sheetPlan of plan.sheets) {
    if (sheetPlan.name === taskSheet) continue;
    const worksheet = workbook.getWorksheet(sheetPlan.name);
    if (!worksheet) continue;
    const generated = planTexts(sheetPlan);
    const findings = sheetPlan.name === SHEET_NAMES.findings;
    const merged = mergedRanges(worksheet);
    for (const row of storedRows(worksheet)) {
      for (const { cell, column } of storedCells(row)) {
        // A merged range is one cell to the user: its value is kept once, at the range it covered.
        if (cell.type === MERGE_TYPE) continue;
        const note = noteText(cell.note);
        const read = readCell(cell.value);
        const text = read.value === null || read.value === undefined ? "" : String(read.value instanceof Date ? read.value.toISOString().slice(0, 10) : read.value).trim();
        const typed = !read.formula && text !== "" && !(findings && column <= FINDINGS_COLUMNS) && !generated.has(text);
        if (!typed && note === "") continue;
        const address = `${columnLetter(column)}${row.number}`;
        kept.push({ sheet: sheetPlan.name, address: merged.get(address) ?? address, value: typed ? read.value : null, note });
      }
    }
  }
  return kept;
}

/** ExcelJS.ValueType.Merge: the cells of a merged range other than its first. */
const MERGE_TYPE = 1;

/** First cell of each merged range → the range ("M10" → "M10:N10"). */
function mergedRanges(worksheet: ExcelJS.Worksheet): Map<string, string> {
  const merges = (worksheet as unknown as { _merges: Record<string, { range: string }> })._merges;
  return new Map(Object.entries(merges).map(([master, range]) => [master, range.range]));
}

/** Appends the kept cells to the sheet KEPT_TEXT.sheet (created after the others), never twice. */
export function writeKeptSheet(workbook: ExcelJS.Workbook, cells: KeptCell[]): void {
  if (cells.length === 0) return;
  const sheet = workbook.getWorksheet(KEPT_TEXT.sheet) ?? workbook.addWorksheet(KEPT_TEXT.sheet);
  if (sheet.rowCount === 0) {
    sheet.getRow(1).values = [KEPT_TEXT.title];
    sheet.getRow(1).font = { bold: true, size: 13 };
    sheet.getRow(2).values = KEPT_TEXT.headers.slice();
    sheet.getRow(2).font = { bold: true };
    sheet.columns = [{ width: 14 }, { width: 8 }, { width: 50 }, { width: 50 }];
  }
  const seen = new Set<string>();
  for (const row of storedRows(sheet, 3)) seen.add(JSON.stringify(row.values));
  for (const c of cells) {
    const values = [undefined, c.sheet, c.address, c.value ?? "", c.note];
    if (seen.has(JSON.stringify(values))) continue;
    seen.add(JSON.stringify(values));
    sheet.addRow(values.slice(1));
  }
}

export interface TextBelow {
  /** Offset from the first text row, and the row's cells by 1-based column. */
  offset: number;
  /** `raw`: a rich text or a link, written back as it was; `style`: font, fill, borders, alignment, format. */
  cells: { column: number; value: CellValue; raw?: ExcelJS.CellValue; note: ExcelJS.Cell["note"]; style: Partial<ExcelJS.Style> }[];
  height: number | undefined;
}

/** The rows below the table that are no task (signature lines, a total typed by hand), as they are. */
export function textBelow(worksheet: ExcelJS.Worksheet, rows: number[]): TextBelow[] {
  if (rows.length === 0) return [];
  const first = rows[0];
  return rows.map((r) => {
    const row = worksheet.findRow(r);
    const cells = row
      ? storedCells(row)
          .filter(({ cell }) => cell.value !== null || cell.note)
          .map(({ cell, column }) => ({
            column,
            // The other cells of a merged range show its first cell's value; they hold none themselves.
            value: cell.type === MERGE_TYPE ? null : readCell(cell.value).value,
            ...(cell.type !== MERGE_TYPE && isRichOrLink(cell.value) ? { raw: cell.value } : {}),
            note: cell.note,
            style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style>,
          }))
      : [];
    return { offset: r - first, cells, height: row?.height };
  });
}

function isRichOrLink(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && ("richText" in value || "hyperlink" in value);
}

/** Writes them back under the new table, one blank row between, in the same columns. */
export function restoreTextBelow(worksheet: ExcelJS.Worksheet | undefined, lastTableRow: number, text: TextBelow[]): void {
  if (!worksheet) return;
  for (const line of text) {
    const row = worksheet.getRow(lastTableRow + 2 + line.offset);
    if (line.height) row.height = line.height;
    for (const { column, value, raw, note, style } of line.cells) {
      const cell = row.getCell(column);
      cell.style = style;
      cell.value = raw ?? (value instanceof Date || typeof value !== "object" ? (value as ExcelJS.CellValue) : null);
      if (note) cell.note = note;
    }
  }
}
