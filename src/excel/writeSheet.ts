// Renders one SheetPlan onto a worksheet: whole 2-D blocks, then the table over them, then formats,
// rules and panes the host supports. Nothing here syncs except through the WriteBatch.
import { fromExcelSerial } from "../core/dates";
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan, StylePlan, ValidationPlan } from "../workbook/plan";
import type { Capabilities } from "./actions";
import { cellAddress, columnLetter, parseRange, rectAddress, type Rect } from "./a1";
import { supportsTabColor } from "./capabilities";
import { cellInput, type ExcelInput } from "./cellInput";
import { jsonBytes, sliceRows } from "./payload";
import { setFormulaOver, sharedFormulaColumns, withoutShared, type SharedRun } from "./columnFormulas";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";
import { queuePrintLayout } from "./printLayout";

/** Excel character units to points (Calibri 11: 7 px a character plus 5 px padding, 0.75 pt a pixel). */
export function widthInPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

function rectOf(address: string): Rect {
  const rect = parseRange(address);
  if (!rect) throw new Error(`plan: bad range ${address}`);
  return rect;
}

/**
 * Writes a 2-D block of plan cells through Range.formulas (constants and formulas alike), in slices of
 * the batch's slice budget when it is too big for one request.
 */
export async function queueBlock(sheet: Excel.Worksheet, topLeft: Rect, rows: ExcelInput[][], batch: WriteBatch): Promise<void> {
  if (rows.length === 0 || rows[0].length === 0) return;
  const shared = sharedFormulaColumns(rows);
  if (shared.size > 0) {
    await queueBlock(sheet, topLeft, withoutShared(rows, shared), batch);
    await queueSharedFormulas(sheet, { ...topLeft, rowCount: rows.length, columnCount: rows[0].length }, shared, batch);
    return;
  }
  for (const slice of sliceRows(rows, batch.sliceBudget)) {
    const rect = { row: topLeft.row + slice.start, column: topLeft.column, rowCount: slice.rows.length, columnCount: rows[0].length };
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => {
      sheet.getRange(rectAddress(rect)).formulas = slice.rows;
    });
  }
}

/** Each shared formula over its run of `block`'s column (sheet coordinates of the whole block). */
export async function queueSharedFormulas(sheet: Excel.Worksheet, block: Rect, shared: Map<number, SharedRun>, batch: WriteBatch): Promise<void> {
  for (const [c, { start, formula }] of shared) {
    const column = { row: block.row + start, column: block.column + c, rowCount: block.rowCount - start, columnCount: 1 };
    await batch.add(jsonBytes(formula) + SMALL_OP_BYTES, () => setFormulaOver(sheet.getRange(rectAddress(column)), formula));
  }
}

/** One number format over a rectangle, as the 2-D array Excel wants, sliced under the cap. */
async function queueNumberFormat(sheet: Excel.Worksheet, rect: Rect, format: string, batch: WriteBatch): Promise<void> {
  const rows = Array.from({ length: rect.rowCount }, () => new Array<string>(rect.columnCount).fill(format));
  for (const slice of sliceRows(rows, batch.sliceBudget)) {
    const part = { ...rect, row: rect.row + slice.start, rowCount: slice.rows.length };
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => {
      sheet.getRange(rectAddress(part)).numberFormat = slice.rows;
    });
  }
}

function queueStyle(sheet: Excel.Worksheet, style: StylePlan): void {
  const format = sheet.getRange(style.range).format;
  const font: Partial<Excel.Interfaces.RangeFontUpdateData> = {};
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (Object.keys(font).length > 0) format.font.set(font);
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

function queueValidation(sheet: Excel.Worksheet, plan: ValidationPlan): void {
  const validation = sheet.getRange(plan.range).dataValidation;
  validation.clear();
  if (plan.type === "list") {
    validation.rule = { list: { inCellDropDown: true, source: plan.source } };
  } else if (plan.type === "date") {
    validation.rule = { date: { formula1: fromExcelSerial(plan.min), formula2: fromExcelSerial(plan.max), operator: "Between" } };
  } else {
    const basic: Excel.BasicDataValidation = { formula1: plan.min, formula2: plan.max, operator: "Between" };
    validation.rule = plan.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
  }
  validation.errorAlert = {
    title: plan.errorTitle,
    message: plan.errorMessage,
    showAlert: true,
    style: ALERT_STYLE[plan.errorStyle ?? "stop"],
  };
  validation.ignoreBlanks = plan.allowBlank;
}

function queueConditionalFormat(sheet: Excel.Worksheet, plan: ConditionalFormatPlan): void {
  const format = sheet.getRange(plan.range).conditionalFormats.add("Custom");
  format.custom.rule.formula = plan.formula;
  format.custom.format.fill.color = plan.fill;
  if (plan.fontColor) format.custom.format.font.color = plan.fontColor;
  format.stopIfTrue = plan.stopIfTrue;
}

interface ColumnRun {
  first: number;
  last: number;
  width: number;
  wrap: boolean;
}

export function columnRuns(columns: ColumnPlan[]): ColumnRun[] {
  const runs: ColumnRun[] = [];
  for (const column of [...columns].sort((a, b) => a.index - b.index)) {
    const wrap = column.wrap === true;
    const last = runs[runs.length - 1];
    if (last && last.last === column.index - 1 && last.width === column.width && last.wrap === wrap) last.last = column.index;
    else runs.push({ first: column.index, last: column.index, width: column.width, wrap });
  }
  return runs;
}

/** Rows the plan's blocks cover (1-based, inclusive), for column number formats. */
function blockRows(plan: SheetPlan): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const block of plan.blocks) {
    const at = rectOf(block.topLeft);
    first = Math.min(first, at.row);
    last = Math.max(last, at.row + block.rows.length - 1);
  }
  return last >= first ? { first, last } : null;
}

/** The plan's table over its cells (already written). */
export async function queueTable(sheet: Excel.Worksheet, table: NonNullable<SheetPlan["table"]>, batch: WriteBatch): Promise<void> {
  const rect = rectOf(table.range);
  await batch.add(SMALL_OP_BYTES, () => {
    const created = sheet.tables.add(rectAddress(rect), true);
    created.name = table.name;
    created.style = table.style;
  });
}

/**
 * Queues the whole sheet. `sheet` must be empty (new, or cleared in an earlier request). Features the
 * host lacks are left out; `caps` says which.
 */
export async function queueSheetPlan(
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  caps: Capabilities,
  batch: WriteBatch,
  /** tableLater: the caller adds the table itself (queueTable), or it is there already: the formulas may name it. */
  options: { tableLater?: boolean } = {},
): Promise<void> {
  for (const block of plan.blocks) {
    await queueBlock(sheet, rectOf(block.topLeft), block.rows.map((row) => row.map(cellInput)), batch);
  }

  const table = plan.table;
  const tableRect = table ? rectOf(table.range) : null;
  const rows = tableRect ? { first: tableRect.row + 1, last: tableRect.row + tableRect.rowCount - 1 } : blockRows(plan);
  // Neighbouring columns of the same width share one operation (the matrix has a column per task).
  for (const run of columnRuns(plan.columns)) {
    const span = `${columnLetter(run.first)}:${columnLetter(run.last)}`;
    await batch.add(SMALL_OP_BYTES, () => {
      const format = sheet.getRange(span).format;
      format.columnWidth = widthInPoints(run.width);
      if (run.wrap) format.wrapText = true;
    });
  }
  // Helper columns (and Tổng hợp's working columns) are hidden: Range.columnHidden is ExcelApi 1.2.
  for (const column of plan.columns.filter((c) => c.hidden)) {
    await batch.add(SMALL_OP_BYTES, () => {
      sheet.getRange(`${columnLetter(column.index)}:${columnLetter(column.index)}`).columnHidden = true;
    });
  }
  for (const column of plan.columns) {
    if (column.numberFormat && rows && rows.last >= rows.first) {
      const rect = { row: rows.first, column: column.index, rowCount: rows.last - rows.first + 1, columnCount: 1 };
      await queueNumberFormat(sheet, rect, column.numberFormat, batch);
    }
  }

  if (table && !options.tableLater) await queueTable(sheet, table, batch);

  for (const style of plan.styles) {
    await batch.add(SMALL_OP_BYTES, () => queueStyle(sheet, style));
    if (style.numberFormat) await queueNumberFormat(sheet, rectOf(style.range), style.numberFormat, batch);
  }
  if (caps.dataValidation) {
    for (const validation of plan.validations) {
      await batch.add(SMALL_OP_BYTES + jsonBytes(validation), () => queueValidation(sheet, validation));
    }
  }
  if (caps.conditionalFormats) {
    for (const format of plan.conditionalFormats) {
      await batch.add(SMALL_OP_BYTES + jsonBytes(format), () => queueConditionalFormat(sheet, format));
    }
  }
  const freeze = plan.freeze;
  if (caps.freezePanes && freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await batch.add(SMALL_OP_BYTES, () => {
      if (freeze.columns === 0) sheet.freezePanes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) sheet.freezePanes.freezeColumns(freeze.columns);
      else sheet.freezePanes.freezeAt(sheet.getRange(`A1:${cellAddress(freeze.rows - 1, freeze.columns - 1)}`));
    });
  }
  const tabColor = plan.tabColor;
  if (tabColor && supportsTabColor()) {
    await batch.add(SMALL_OP_BYTES, () => {
      sheet.tabColor = tabColor;
    });
  }
  if (plan.print) await queuePrintLayout(sheet, plan.print, batch);
}
