// How users marked up the task table (a taller or hidden row, a task in bold red or filled yellow, a
// box drawn round it, rows grouped, text centred, a link to the document, a number format on their own column, a
// word in bold or red within the text), kept with their row (by Mã NV) and column (by header) when the
// table is rewritten.
import type ExcelJS from "exceljs";
import { storedCell } from "../read/sparse";

export interface CellLooks {
  font?: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
  link?: { hyperlink: string; tooltip?: string };
  /** Text in runs of more than one look: the reader flattens it, the rebuild writes it back if unchanged. */
  rich?: ExcelJS.RichText[];
}

export interface RowLooks {
  height?: number;
  hidden?: boolean;
  /** Rows grouped (Data > Group): their outline level. */
  outlineLevel?: number;
  /** Column key → what the user set on that cell. */
  cells: Map<string, CellLooks>;
}

/** What marks a font as a user's choice; the tracker's own styles are rewritten anyway. */
function isUserFont(font: Partial<ExcelJS.Font> | undefined): font is Partial<ExcelJS.Font> {
  if (!font) return false;
  return Boolean(font.bold || font.italic || font.underline || font.strike || font.color?.argb || (font.size !== undefined && font.size !== 11));
}

function isFilled(fill: ExcelJS.Fill | undefined): fill is ExcelJS.Fill {
  return Boolean(fill && (fill.type === "gradient" || (fill.type === "pattern" && fill.pattern !== "none")));
}

/** Borders with at least one drawn side: the tracker draws none on task cells (the table style does). */
function drawnBorder(border: Partial<ExcelJS.Borders> | undefined): Partial<ExcelJS.Borders> | undefined {
  if (!border) return undefined;
  const sides = (["top", "left", "bottom", "right", "diagonal"] as const).filter((side) => border[side]?.style);
  return sides.length > 0 ? (JSON.parse(JSON.stringify(border)) as Partial<ExcelJS.Borders>) : undefined;
}

/**
 * The alignment set on a cell, less the wrapping at the top every text column of the tracker has, so a
 * plain cell carries nothing (at 50,000 rows every entry counts).
 */
function userAlignment(alignment: Partial<ExcelJS.Alignment> | undefined): Partial<ExcelJS.Alignment> | undefined {
  if (!alignment) return undefined;
  const own = Object.entries(alignment).filter(([key, value]) => value !== undefined && !(key === "wrapText" && value === true) && !(key === "vertical" && value === "top"));
  return own.length > 0 ? (Object.fromEntries(own) as Partial<ExcelJS.Alignment>) : undefined;
}

function linkOf(value: ExcelJS.CellValue): CellLooks["link"] {
  if (!value || typeof value !== "object" || !("hyperlink" in value) || typeof value.hyperlink !== "string") return undefined;
  const tooltip = (value as { tooltip?: string }).tooltip;
  return { hyperlink: value.hyperlink, ...(tooltip ? { tooltip } : {}) };
}

function richOf(value: ExcelJS.CellValue): ExcelJS.RichText[] | undefined {
  if (!value || typeof value !== "object" || !("richText" in value) || !Array.isArray(value.richText)) return undefined;
  const looks = new Set(value.richText.map((run) => JSON.stringify(run.font ?? {})));
  return looks.size > 1 ? (JSON.parse(JSON.stringify(value.richText)) as ExcelJS.RichText[]) : undefined;
}

/**
 * `rows`: row key and sheet row; `columns`: column key, 1-based column, and whether it is a user's
 * column. `filtered`: the table hid rows by a filter the rebuild cannot keep, so hidden rows are shown.
 */
export function collectLooks(
  worksheet: ExcelJS.Worksheet | undefined,
  rows: { key: string; sheetRow: number }[],
  columns: { key: string; column: number; user?: boolean }[],
  filtered = false,
): Map<string, RowLooks> {
  const looks = new Map<string, RowLooks>();
  if (!worksheet) return looks;
  for (const { key, sheetRow } of rows) {
    const row = worksheet.findRow(sheetRow);
    if (!row) continue;
    const cells = new Map<string, CellLooks>();
    for (const { key: columnKey, column, user } of columns) {
      const cell = storedCell(row, column);
      if (!cell) continue;
      const font = cell.font;
      const fill = cell.fill;
      // The task columns' formats are the tracker's; a user's own column keeps the one they chose.
      const numFmt = user && cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      const link = linkOf(cell.value);
      const border = drawnBorder(cell.border);
      const alignment = userAlignment(cell.alignment);
      const rich = richOf(cell.value);
      const look: CellLooks = {
        ...(rich ? { rich } : {}),
        ...(border ? { border } : {}),
        ...(alignment ? { alignment } : {}),
        ...(isUserFont(font) ? { font: { ...font } } : {}),
        ...(isFilled(fill) ? { fill: JSON.parse(JSON.stringify(fill)) as ExcelJS.Fill } : {}),
        ...(numFmt ? { numFmt } : {}),
        ...(link ? { link } : {}),
      };
      if (Object.keys(look).length > 0) cells.set(columnKey, look);
    }
    // ExcelJS reads a row's height whether set by hand or stored by the writer (LibreOffice stores all).
    const height = row.height;
    const hidden = row.hidden && !filtered;
    const outlineLevel = row.outlineLevel;
    if (height || hidden || outlineLevel || cells.size > 0) {
      looks.set(key, { ...(height ? { height } : {}), ...(hidden ? { hidden } : {}), ...(outlineLevel ? { outlineLevel } : {}), cells });
    }
  }
  return looks;
}

/** Cells whose mixed-look text was written back, and those whose text changed so it could not be. */
export interface RichTextKept {
  kept: string[];
  changed: string[];
}

export function restoreLooks(
  worksheet: ExcelJS.Worksheet | undefined,
  looks: Map<string, RowLooks>,
  rowOf: Map<string, number>,
  columnOf: Map<string, number>,
): RichTextKept {
  const richText: RichTextKept = { kept: [], changed: [] };
  if (!worksheet) return richText;
  for (const [key, look] of looks) {
    const r = rowOf.get(key);
    if (r === undefined) continue;
    const row = worksheet.getRow(r);
    if (look.height) row.height = look.height;
    if (look.hidden) row.hidden = true;
    if (look.outlineLevel) {
      row.outlineLevel = look.outlineLevel;
      // Excel draws the outline's margin only as wide as the sheet says its deepest level is.
      worksheet.properties.outlineLevelRow = Math.max(worksheet.properties.outlineLevelRow ?? 0, look.outlineLevel);
    }
    for (const [columnKey, { font, fill, numFmt, border, alignment, link, rich }] of look.cells) {
      const c = columnOf.get(columnKey);
      if (c === undefined) continue;
      const cell = row.getCell(c);
      // The tracker's own font (the bold of Đánh giá) stays; the user's choices are laid over it.
      if (font) cell.font = { ...cell.font, ...font };
      if (fill && JSON.stringify(fill) !== JSON.stringify(cell.fill)) cell.fill = fill;
      if (numFmt) cell.numFmt = numFmt;
      if (border) cell.border = border;
      // The tracker's alignment (wrapping) is the base; what the user set differently is laid over it.
      if (alignment && JSON.stringify({ ...cell.alignment, ...alignment }) !== JSON.stringify(cell.alignment)) cell.alignment = { ...cell.alignment, ...alignment };
      const value = cell.value;
      if (rich) {
        const same = typeof value === "string" && value === rich.map((run) => run.text).join("");
        if (same) cell.value = { richText: rich };
        (same ? richText.kept : richText.changed).push(cell.address);
        continue;
      }
      if (link && typeof value === "string") {
        cell.value = { text: value, hyperlink: link.hyperlink, ...(link.tooltip ? { tooltip: link.tooltip } : {}) };
      }
    }
  }
  return richText;
}
