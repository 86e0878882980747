// Paper for every sheet of the tracker, as one step over the finished plan (the sheet builders say
// nothing about printing): A4, landscape when the sheet is wide, one page wide, the header row
// repeated on every page, and margins narrow enough that a column of text stays readable.
import type { PrintPlan, SheetPlan, WorkbookPlan } from "../plan";
import { decodeRowOfRange } from "./rows";

/**
 * Width in Excel character units above which a sheet prints across (A4 portrait holds about 90 of
 * them at 100%, landscape about 130): beyond it landscape loses less to scaling.
 */
const PORTRAIT_MAX_WIDTH = 100;
/** Excel's default column width, for columns the plan does not size. */
const DEFAULT_WIDTH = 8.43;
const MARGINS = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 };

/** The header row repeated on every page: the table's, else the rows frozen at the top; none for a free layout. */
export function headerRows(sheet: SheetPlan): string | undefined {
  if (sheet.table) {
    const row = decodeRowOfRange(sheet.table.range);
    return `${row}:${row}`;
  }
  if (sheet.freeze && sheet.freeze.rows > 0) return `1:${sheet.freeze.rows}`;
  return undefined;
}

/** The width of the columns the sheet writes, in character units. */
export function printedWidth(sheet: SheetPlan): number {
  let columns = 0;
  for (const block of sheet.blocks) {
    const left = columnOf(block.topLeft);
    columns = Math.max(columns, left + (block.rows[0]?.length ?? 0));
  }
  const widths = new Map(sheet.columns.map((c) => [c.index, c.width]));
  let total = 0;
  for (let c = 0; c < columns; c++) total += widths.get(c) ?? DEFAULT_WIDTH;
  return total;
}

export function printPlanOf(sheet: SheetPlan): PrintPlan {
  const repeatRows = headerRows(sheet);
  return {
    paper: "A4",
    orientation: printedWidth(sheet) > PORTRAIT_MAX_WIDTH ? "landscape" : "portrait",
    fitToWidth: 1,
    ...(repeatRows ? { repeatRows } : {}),
    margins: MARGINS,
  };
}

/**
 * Every sheet gets a print plan (a sheet that already has one, a unit copy's signed page, keeps it) and
 * the heights of its rows of wrapped text.
 */
export function withPrintSetup(plan: WorkbookPlan): WorkbookPlan {
  return {
    ...plan,
    sheets: plan.sheets.map((sheet) => {
      const heights = sheet.rowHeights ?? rowHeightsOf(sheet);
      return { ...sheet, print: sheet.print ?? printPlanOf(sheet), ...(heights.length > 0 ? { rowHeights: heights } : {}) };
    }),
  };
}

/** Points per line of 11-point Calibri (Excel's default row of 15), scaled with the font size. */
const LINE_POINTS = 15 / 11;
const DEFAULT_FONT = 11;

interface CellLook {
  wrap: boolean;
  bold: boolean;
  size: number;
}

/**
 * How tall each row with wrapped text must be to show it all, estimated from the text and the column
 * widths (a width unit holds about one character of 11-point text; words wrap whole). Only rows that
 * need more than the default height are listed. Formula cells are left out: their text is not known here.
 */
export function rowHeightsOf(sheet: SheetPlan): { row: number; height: number }[] {
  const widths = new Map(sheet.columns.map((c) => [c.index, c]));
  const styles = sheet.styles.filter((st) => st.wrap !== undefined || st.bold !== undefined || st.fontSize !== undefined).map((st) => ({ st, box: boxOf(st.range) }));
  const merged = (sheet.merges ?? []).map(boxOf);
  const heights = new Map<number, number>();
  for (const block of sheet.blocks) {
    const top = decodeRowOfRange(block.topLeft);
    const left = columnOf(block.topLeft);
    block.rows.forEach((cells, r) => {
      const row = top + r;
      cells.forEach((value, c) => {
        if (typeof value !== "string" || value === "") return;
        const column = left + c;
        if (merged.some((b) => inside(b, row, column))) return;
        const look: CellLook = { wrap: widths.get(column)?.wrap === true, bold: false, size: DEFAULT_FONT };
        for (const { st, box } of styles) {
          if (!inside(box, row, column)) continue;
          if (st.wrap !== undefined) look.wrap = st.wrap;
          if (st.bold !== undefined) look.bold = st.bold;
          if (st.fontSize !== undefined) look.size = st.fontSize;
        }
        const lines = look.wrap ? wrappedLines(value, capacity(widths.get(column)?.width ?? DEFAULT_WIDTH, look)) : 1;
        const height = Math.ceil(lines * look.size * LINE_POINTS * 4) / 4;
        if (height > DEFAULT_FONT * LINE_POINTS && height > (heights.get(row) ?? 0)) heights.set(row, height);
      });
    });
  }
  return [...heights].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

/** Characters of the cell's font that fit on one line of the column, with a margin for wide letters. */
function capacity(width: number, look: CellLook): number {
  return Math.max(1, Math.floor(((width - 1) * DEFAULT_FONT * (look.bold ? 0.9 : 1)) / look.size));
}

/** Lines the text takes when words wrap at `perLine` characters (a word longer than a line is broken). */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(range: string): Box {
  const [a, b = a] = range.split(":");
  return { top: decodeRowOfRange(a), left: columnOf(a), bottom: decodeRowOfRange(b), right: columnOf(b) };
}

function inside(b: Box, row: number, column: number): boolean {
  return row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;
}

function columnOf(cell: string): number {
  const letters = /^\$?([A-Za-z]+)/.exec(cell)?.[1] ?? "A";
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
