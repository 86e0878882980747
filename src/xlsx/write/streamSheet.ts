// One sheet plan through ExcelJS's streamed writer, a band of rows at a time: each band gets the same
// steps, in the same order per cell, as renderSheet gives the whole sheet (values, styles, merges,
// locks, heights), then is written out and dropped, so memory holds one band, not the sheet.
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../workbook/plan";
import { decodeCell, decodeRange, type Bounds } from "./address";
import { argb } from "./argb";
import { printSetup, protectSheet, unlockCell } from "./renderProtection";
import { frozenViews, renderColumns, renderRules, styleCell, writeCell, type SheetTarget } from "./renderSheet";

/** Rows per band: large enough that committing costs nothing, small enough to hold in memory. */
const BAND_ROWS = 1000;

/** ExcelJS's WorksheetWriter: its typings omit it, but it has these besides what SheetTarget needs. */
export type StreamedSheet = SheetTarget &
  Pick<ExcelJS.Worksheet, "protect"> & {
    id: number;
    commit(): void;
    findRow(row: number): ExcelJS.Row | undefined;
  };

export interface StreamedWorkbook {
  addWorksheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions> & { state?: string }): unknown;
}

/** Writes the sheet and returns its part number (sheetN.xml), for the table added after. */
export function streamSheet(workbook: StreamedWorkbook, plan: SheetPlan): number {
  // What ExcelJS writes at the top of the sheet part must be known before the first row.
  const sheet = workbook.addWorksheet(plan.name, {
    ...(plan.tabColor ? { properties: { tabColor: argb(plan.tabColor) } } : {}),
    ...(plan.freeze ? { views: frozenViews(plan.freeze) } : {}),
    ...(plan.print ? { pageSetup: printSetup(plan.print) } : {}),
    ...(plan.visibility ? { state: plan.visibility } : {}),
  }) as StreamedSheet;
  renderColumns(sheet, plan);
  renderRules(sheet, plan);
  const blocks = plan.blocks.map((block) => ({ origin: decodeCell(block.topLeft), rows: block.rows }));
  const styles = plan.styles.map((style) => ({ bounds: decodeRange(style.range), style }));
  const merges = (plan.merges ?? []).map((range) => ({ range, bounds: decodeRange(range) }));
  const unlocked = (plan.protection?.unlocked ?? []).map(decodeRange);
  const heights = plan.rowHeights ?? [];
  // A loop, not Math.max(...): the plan's lists are short, but no argument list may grow with the data.
  let last = 0;
  for (const b of [...styles.map((s) => s.bounds), ...merges.map((m) => m.bounds), ...unlocked]) last = Math.max(last, b.bottom);
  for (const b of blocks) last = Math.max(last, b.origin.row + b.rows.length - 1);
  for (const h of heights) last = Math.max(last, h.row);
  for (let from = 1; from <= last; ) {
    const to = bandEnd(from, last, merges.map((m) => m.bounds));
    for (const { origin, rows } of blocks) {
      for (let r = Math.max(from, origin.row); r <= Math.min(to, origin.row + rows.length - 1); r++) {
        rows[r - origin.row].forEach((value, c) => {
          if (value !== null) writeCell(sheet.getCell(r, origin.column + c), value);
        });
      }
    }
    for (const { bounds, style } of styles) eachCellIn(sheet, bounds, from, to, (cell) => styleCell(cell, style));
    for (const merge of merges) if (merge.bounds.top >= from && merge.bounds.top <= to) sheet.mergeCells(merge.range);
    for (const bounds of unlocked) eachCellIn(sheet, bounds, from, to, unlockCell);
    for (const { row, height } of heights) if (row >= from && row <= to) sheet.getRow(row).height = height;
    keepFormattedRows(sheet, from, to);
    (sheet.getRow(to) as ExcelJS.Row & { commit(): void }).commit();
    from = to + 1;
  }
  if (plan.protection) protectSheet(sheet);
  sheet.commit();
  return sheet.id;
}

/** The band's last row: a merged range never straddles two bands (its cells must all be uncommitted). */
function bandEnd(from: number, last: number, merges: Bounds[]): number {
  let to = Math.min(last, from + BAND_ROWS - 1);
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of merges) {
      if (m.top <= to && m.bottom > to) {
        to = m.bottom;
        moved = true;
      }
    }
  }
  return to;
}

/**
 * The streamed writer skips a row without values, where the in-memory writer keeps its formatted empty
 * cells (a coloured blank line, a bordered row to fill in): such rows are marked as having values.
 */
function keepFormattedRows(sheet: StreamedSheet, from: number, to: number): void {
  for (let r = from; r <= to; r++) {
    const row = sheet.findRow(r);
    if (row && !row.hasValues && row.cellCount > 0) Object.defineProperty(row, "hasValues", { value: true });
  }
}

/** Only the band's rows: the band writer's cells above it are already written and gone. */
function eachCellIn(sheet: SheetTarget, b: Bounds, from: number, to: number, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = Math.max(b.top, from); r <= Math.min(b.bottom, to); r++) {
    for (let c = b.left; c <= b.right; c++) apply(sheet.getCell(r, c));
  }
}
