// One sheet plan onto a fresh ExcelJS worksheet: columns, cells, table, styles, validations, formats,
// and how the sheet is shown, protected and printed. The per-cell steps are shared with the streamed
// writer (streamSheet.ts), so both paths give each cell the same value, style and lock.
import type ExcelJS from "exceljs";
import { fromExcelSerial } from "../../core/dates";
import type { ConditionalFormatPlan, PlanCell, SheetPlan, StylePlan, ValidationPlan } from "../../workbook/plan";
import { printSetup, protectSheet, unlockCell } from "./renderProtection";
import { decodeCell, decodeRange } from "./address";
import { argb } from "./argb";
import { excelValue, isoToDate, isPlanDate } from "./cellValue";

const DATE_FORMAT = "dd/mm/yyyy";
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** What both writers need of a worksheet: ExcelJS's streamed WorksheetWriter has these too. */
export type SheetTarget = Pick<ExcelJS.Worksheet, "getCell" | "getColumn" | "getRow" | "mergeCells" | "addConditionalFormatting">;

export function renderSheet(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  renderColumns(worksheet, plan);
  writeBlocks(worksheet, plan);
  if (plan.table) addTable(worksheet, plan);
  plan.styles.forEach((style) => applyStyle(worksheet, style));
  renderRules(worksheet, plan);
  if (plan.freeze) worksheet.views = frozenViews(plan.freeze);
  if (plan.tabColor) worksheet.properties.tabColor = argb(plan.tabColor);
  for (const range of plan.merges ?? []) worksheet.mergeCells(range);
  if (plan.visibility) worksheet.state = plan.visibility;
  if (plan.protection) {
    for (const range of plan.protection.unlocked) eachCell(worksheet, decodeRange(range), unlockCell);
    protectSheet(worksheet);
  }
  if (plan.print) Object.assign(worksheet.pageSetup, printSetup(plan.print));
  for (const { row, height } of plan.rowHeights ?? []) worksheet.getRow(row).height = height;
}

export function frozenViews(freeze: NonNullable<SheetPlan["freeze"]>): Partial<ExcelJS.WorksheetView>[] {
  return [{ state: "frozen", xSplit: freeze.columns, ySplit: freeze.rows }];
}

export function renderColumns(worksheet: SheetTarget, plan: SheetPlan): void {
  for (const column of plan.columns) {
    const target = worksheet.getColumn(column.index + 1);
    target.width = column.width;
    if (column.wrap) target.alignment = { wrapText: true, vertical: "top" };
    if (column.numberFormat) target.numFmt = column.numberFormat;
    if (column.hidden) target.hidden = true;
  }
}

/** Validations and conditional formats: ranges, not cells, so neither writer touches cells for them. */
export function renderRules(worksheet: SheetTarget, plan: SheetPlan): void {
  plan.validations.forEach((validation) => addValidation(worksheet, validation));
  plan.conditionalFormats.forEach((format, i) => addConditionalFormat(worksheet, format, i + 1));
}

function writeBlocks(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.blocks) {
    const origin = decodeCell(block.topLeft);
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) writeCell(worksheet.getCell(origin.row + r, origin.column + c), value);
      }),
    );
  }
}

export function writeCell(cell: ExcelJS.Cell, value: PlanCell): void {
  cell.value = excelValue(value);
  if (isPlanDate(value) && !/[dy]/i.test(String(cell.numFmt ?? ""))) cell.numFmt = DATE_FORMAT;
}

/** The table over cells already written: ExcelJS rewrites them from `rows`, so pass the same values. */
function addTable(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const table = plan.table!;
  const bounds = decodeRange(table.range);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = bounds.top + 1; r <= bounds.bottom; r++) {
    const values: ExcelJS.CellValue[] = [];
    for (let c = bounds.left; c <= bounds.right; c++) values.push(worksheet.getCell(r, c).value);
    rows.push(values);
  }
  worksheet.addTable({
    name: table.name,
    ref: table.range.split(":")[0],
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

function applyStyle(worksheet: ExcelJS.Worksheet, style: StylePlan): void {
  eachCell(worksheet, decodeRange(style.range), (cell) => styleCell(cell, style));
}

function eachCell(worksheet: ExcelJS.Worksheet, b: ReturnType<typeof decodeRange>, apply: (cell: ExcelJS.Cell) => void): void {
  for (let r = b.top; r <= b.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) apply(worksheet.getCell(r, c));
  }
}

export function styleCell(cell: ExcelJS.Cell, style: StylePlan): void {
  if (style.bold !== undefined || style.italic !== undefined || style.fontColor || style.fontSize) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
    };
  }
  if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(style.fill) };
  if (style.wrap !== undefined || style.horizontal) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      vertical: "top",
    };
  }
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

function addValidation(worksheet: SheetTarget, plan: ValidationPlan): void {
  const common = {
    allowBlank: plan.allowBlank,
    showErrorMessage: true,
    errorStyle: plan.errorStyle ?? "stop",
    errorTitle: plan.errorTitle,
    error: plan.errorMessage,
  };
  const validation: ExcelJS.DataValidation =
    plan.type === "list"
      ? { type: "list", formulae: [plan.source.replace(/^=/, "")], ...common }
      : plan.type === "date"
        ? { type: "date", operator: "between", formulae: [serialDate(plan.min), serialDate(plan.max)], ...common }
        : { type: plan.type, operator: "between", formulae: [plan.min, plan.max], ...common };
  (worksheet as unknown as WithRangeValidations).dataValidations.add(plan.range, validation);
}

/** ExcelJS writes a validation keyed by a range as one rule over that range; its typings omit this. */
interface WithRangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function serialDate(serial: number): Date {
  return isoToDate(fromExcelSerial(serial));
}

function addConditionalFormat(worksheet: SheetTarget, plan: ConditionalFormatPlan, priority: number): void {
  worksheet.addConditionalFormatting({
    ref: plan.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [plan.formula.replace(/^=/, "")],
        stopIfTrue: plan.stopIfTrue,
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: argb(plan.fill) },
          ...(plan.fontColor ? { font: { color: argb(plan.fontColor) } } : {}),
        },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}
