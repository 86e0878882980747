// Range and its format, validation and conditional formats.
import { contains, formatAddress, intersects, parseLocal, type Rect, splitSheet } from "./address";
import { FakeContextCore, FakeProxy } from "./context";
import { fail } from "./errors";
import type { Mirror } from "./mirror";
import { dataRowCount, type ConditionalFormatState, type SheetState, type TableState, type WorkbookState, type ValidationState } from "./state";
import { expandToShape, writeEntry } from "./values";
import type { FakeWorksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

type RangeMembers =
  | "values"
  | "formulas"
  | "numberFormat"
  | "address"
  | "rowCount"
  | "columnCount"
  | "rowIndex"
  | "columnIndex"
  | "isNullObject"
  | "format"
  | "dataValidation"
  | "conditionalFormats"
  | "worksheet"
  | "getCell"
  | "getOffsetRange"
  | "columnHidden"
  | "getSpecialCellsOrNullObject"
  | "getUsedRange"
  | "getUsedRangeOrNullObject"
  | "select"
  | "clear"
  | "delete"
  | "load";

export class FakeRange extends FakeProxy<RangeTarget> implements Mirror<Excel.Range, RangeMembers> {
  protected readonly loadable = ["values", "formulas", "numberFormat", "address", "rowCount", "columnCount", "rowIndex", "columnIndex", "columnHidden"] as const;

  constructor(core: FakeContextCore, resolver: () => RangeTarget | null, known?: RangeTarget) {
    super(core, resolver, "Range", known);
  }

  /** Used by other fakes (table, chart) to reach the cells; never by adapter code. */
  resolveTarget(): RangeTarget {
    return this.target();
  }

  protected snapshot(property: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    switch (property) {
      case "values":
        return grid(rect, (r, c) => sheet.cell(r, c).value);
      case "formulas":
        return grid(rect, (r, c) => sheet.cell(r, c).formula ?? sheet.cell(r, c).value);
      case "numberFormat":
        return grid(rect, (r, c) => sheet.cell(r, c).numberFormat);
      case "address":
        return formatAddress(sheet.name, rect);
      case "rowCount":
        return rect.rowCount;
      case "columnHidden":
        return Array.from({ length: rect.columnCount }, (_, c) => sheet.hiddenColumns.has(rect.column + c)).every(Boolean);
      case "columnCount":
        return rect.columnCount;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
    }
    throw new Error(`fake: Range.${property}`);
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (t) => this.writeCells(t, input, "values"));
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (t) => this.writeCells(t, input, "formulas"));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, ({ sheet, rect }) => {
      const rows = expandToShape(input, rect.rowCount, rect.columnCount, "numberFormat");
      rows.forEach((row, i) =>
        row.forEach((format, j) => {
          if (format === null || format === undefined) return;
          if (typeof format !== "string") fail("InvalidArgument", "A number format must be text.");
          const cell = sheet.cell(rect.row + i, rect.column + j);
          sheet.setCell(rect.row + i, rect.column + j, { ...cell, numberFormat: format });
        }),
      );
    });
  }

  get address(): string {
    return this.read("address");
  }

  /** ExcelApi 1.2. */
  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.write(
      "columnHidden",
      hidden,
      ({ sheet, rect }) => {
        for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, 16_384); c++) {
          if (hidden) sheet.hiddenColumns.add(c);
          else sheet.hiddenColumns.delete(c);
        }
      },
      "1.2",
    );
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  private writeCells({ sheet, rect }: RangeTarget, input: unknown, what: string): void {
    if (rect.rowCount * rect.columnCount > 5_000_000) fail("InvalidArgument", "The range is too large to write at once.");
    const rows = expandToShape(input, rect.rowCount, rect.columnCount, what);
    const evaluate = this.core.host.evaluate;
    const knownTable = this.core.host.knownTable();
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      for (let j = 0; j < row.length; j++) writeEntry(sheet, rect.row + i, rect.column + j, row[j], evaluate, knownTable);
    }
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.core, () => this.targetOrNull());
  }

  get dataValidation(): FakeDataValidation {
    return new FakeDataValidation(this.core, () => this.targetOrNull());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.core, () => this.targetOrNull());
  }

  get worksheet(): FakeWorksheet {
    return this.core.worksheetOf(() => this.targetOrNull()?.sheet ?? null);
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.target();
      return { sheet: t.sheet, rect: { row: t.rect.row + row, column: t.rect.column + column, rowCount: 1, columnCount: 1 } };
    });
  }

  /**
   * The cells of one kind ("Constants": a value and no formula; "Blanks": neither; "Formulas"), as
   * Excel's RangeAreas: column by column, runs of adjacent rows as one area; a null object when none.
   */
  getSpecialCellsOrNullObject(cellType: Excel.SpecialCellType | "ConditionalFormats" | "DataValidations" | "Blanks" | "Constants" | "Formulas" | "SameConditionalFormat" | "SameDataValidation" | "Visible"): FakeRangeAreas {
    this.core.requireVersion("Range.getSpecialCellsOrNullObject", "1.9");
    if (!["Constants", "Blanks", "Formulas"].includes(cellType)) throw new Error(`fake: getSpecialCells(${cellType}) not supported by the fake`);
    return new FakeRangeAreas(this.core, () => {
      const t = this.targetOrNull();
      if (!t) return null;
      const { sheet, rect } = t;
      const areas: Rect[] = [];
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        let run: Rect | null = null;
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
          const cell = sheet.cell(r, c);
          const kind = cell.formula !== null ? "Formulas" : cell.value === "" ? "Blanks" : "Constants";
          if (kind === cellType && run && run.row + run.rowCount === r) run.rowCount++;
          else if (kind === cellType) areas.push((run = { row: r, column: c, rowCount: 1, columnCount: 1 }));
          else run = null;
        }
      }
      return areas.length > 0 ? { sheet, areas } : null;
    });
  }

  /** Excel refuses an offset that leaves the sheet (row or column below 0). */
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return new FakeRange(this.core, () => {
      const t = this.target();
      const rect = { ...t.rect, row: t.rect.row + rowOffset, column: t.rect.column + columnOffset };
      if (rect.row < 0 || rect.column < 0) fail("InvalidArgument", "The offset range is outside the worksheet.");
      return { sheet: t.sheet, rect };
    });
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.core, () => {
      const t = this.target();
      const used = t.sheet.usedRect();
      const inside = used && clip(used, t.rect);
      if (!inside) fail("ItemNotFound", "The range has no used cells.");
      return { sheet: t.sheet, rect: inside };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    this.core.requireVersion("Range.getUsedRangeOrNullObject", "1.4");
    return new FakeRange(this.core, () => {
      const t = this.target();
      const used = t.sheet.usedRect();
      const inside = used && clip(used, t.rect);
      return inside ? { sheet: t.sheet, rect: inside } : null;
    });
  }

  select(): void {
    this.write("select", undefined, (t) => {
      this.core.host.workbook.active = t.sheet;
      this.core.host.workbook.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    const what = applyTo ?? "All";
    this.write("clear", what, ({ sheet, rect }) => {
      forEachCell(rect, sheet, (r, c) => {
        const cell = sheet.cell(r, c);
        if (what === "All") sheet.setCell(r, c, { value: "", formula: null, numberFormat: "General" });
        else if (what === "Contents") sheet.setCell(r, c, { ...cell, value: "", formula: null });
        else if (what === "Formats") sheet.setCell(r, c, { ...cell, numberFormat: "General" });
        if (what === "All" || what === "Formats") {
          sheet.styles.delete(r * 16_384 + c);
          sheet.setValidation(r, c, undefined);
        }
      });
      if (what === "All" || what === "Formats") {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(rect, cf.rect));
      }
    });
  }

  /** Only "Up" is modelled (see deleteUp). */
  delete(shift: Excel.DeleteShiftDirection | "Up" | "Left"): void {
    if (shift !== "Up") throw new Error(`fake: Range.delete("${shift}") is not modelled`);
    this.write("delete", shift, ({ sheet, rect }) => deleteUp(this.core.host.workbook, sheet, rect));
  }
}

/**
 * Range.delete("Up") (ExcelApi 1.1): the cells go and those below, in the range's columns, move up. As
 * in Excel, a table may only lose whole data rows (the range spans its width and stays within its body,
 * leaving at least one row), and no table below may be cut by the shift.
 */
function deleteUp(wb: WorkbookState, sheet: SheetState, rect: Rect): void {
  const span = (t: TableState) => t.rect.column >= rect.column && t.rect.column + t.rect.columnCount <= rect.column + rect.columnCount;
  const refuse = () => fail("InvalidOperation", "This operation is not allowed. The operation is attempting to shift cells in a table on your worksheet.");
  const shifted: TableState[] = [];
  for (const t of wb.tablesOn(sheet)) {
    const below = { ...rect, rowCount: Number.MAX_SAFE_INTEGER - rect.row };
    if (!intersects(t.rect, below)) continue;
    if (intersects(t.rect, rect)) {
      const bodyStart = t.rect.row + 1;
      const bodyEnd = bodyStart + dataRowCount(t);
      if (!span(t) || rect.row < bodyStart || rect.row + rect.rowCount > bodyEnd) refuse();
      if (rect.rowCount >= dataRowCount(t)) throw new Error("fake: deleting every data row of a table is not modelled");
      t.rect = { ...t.rect, rowCount: t.rect.rowCount - rect.rowCount };
    } else if (span(t)) {
      shifted.push(t);
    } else {
      refuse();
    }
  }
  sheet.deleteRows(rect.row, rect.rowCount, rect);
  for (const t of shifted) t.rect = { ...t.rect, row: t.rect.row - rect.rowCount };
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const within = cf.rect.column >= rect.column && cf.rect.column + cf.rect.columnCount <= rect.column + rect.columnCount;
    if (!intersects(cf.rect, { ...rect, rowCount: Number.MAX_SAFE_INTEGER - rect.row })) return [cf];
    if (!within) throw new Error("fake: shifting part of a conditional format's columns is not modelled");
    const top = Math.max(cf.rect.row, rect.row);
    const lost = Math.max(0, Math.min(cf.rect.row + cf.rect.rowCount, rect.row + rect.rowCount) - top);
    const rowCount = cf.rect.rowCount - lost;
    const row = cf.rect.row >= rect.row + rect.rowCount ? cf.rect.row - rect.rowCount : cf.rect.row;
    return rowCount > 0 ? [{ ...cf, rect: { ...cf.rect, row, rowCount } }] : [];
  });
}

function clip(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const row2 = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  const column2 = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (row2 <= row || column2 <= column) return null;
  return { row, column, rowCount: row2 - row, columnCount: column2 - column };
}

function grid<V>(rect: Rect, at: (row: number, column: number) => V): V[][] {
  const out: V[][] = [];
  for (let i = 0; i < rect.rowCount; i++) {
    const row: V[] = new Array(rect.columnCount);
    for (let j = 0; j < rect.columnCount; j++) row[j] = at(rect.row + i, rect.column + j);
    out.push(row);
  }
  return out;
}

/** Visits the cells of a rectangle, clipped to what a sheet can sensibly hold for whole rows/columns. */
export function forEachCell(rect: Rect, sheet: SheetState, visit: (row: number, column: number) => void): void {
  const used = sheet.usedRect();
  const rowEnd = rect.rowCount > 100_000 ? Math.min(rect.row + rect.rowCount, (used ? used.row + used.rowCount : 0) + 1) : rect.row + rect.rowCount;
  const colEnd = rect.columnCount > 1000 ? Math.min(rect.column + rect.columnCount, (used ? used.column + used.columnCount : 0) + 1) : rect.column + rect.columnCount;
  for (let r = rect.row; r < rowEnd; r++) for (let c = rect.column; c < colEnd; c++) visit(r, c);
}

/** "A1:B2" on a sheet, or a sheet-qualified address when `sheetOf` can find that sheet. */
export function rangeOn(sheet: SheetState, address: string, sheetOf: (name: string) => SheetState): RangeTarget {
  const { sheet: named, local } = splitSheet(address);
  const rect = parseLocal(local);
  if (!rect) fail("InvalidArgument", `'${address}' is not a valid range address.`);
  return { sheet: named ? sheetOf(named) : sheet, rect };
}

// ------------------------------------------------------------------ format

type FormatMembers = "columnWidth" | "wrapText" | "horizontalAlignment" | "fill" | "font" | "autofitColumns" | "autofitRows";

export class FakeRangeFormat extends FakeProxy<RangeTarget> implements Mirror<Excel.RangeFormat, FormatMembers> {
  protected readonly loadable = ["columnWidth", "wrapText", "horizontalAlignment"] as const;

  constructor(core: FakeContextCore, parent: () => RangeTarget | null) {
    super(core, parent, "RangeFormat");
  }

  protected snapshot(property: string, { sheet, rect }: RangeTarget): unknown {
    if (property === "columnWidth") return sheet.columnWidths.get(rect.column) ?? 48;
    if (property === "wrapText") return sheet.style(rect.row, rect.column).wrap ?? false;
    return sheet.style(rect.row, rect.column).horizontal ?? "General";
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, ({ sheet, rect }) => {
      if (!(points >= 0 && points <= 1800)) fail("InvalidArgument", "Column width must be between 0 and 255 characters.");
      for (let c = rect.column; c < rect.column + Math.min(rect.columnCount, 16_384); c++) sheet.columnWidths.set(c, points);
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.write("wrapText", wrap, (t) => styleAll(t, { wrap }));
  }

  get horizontalAlignment(): Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed" {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(horizontal: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this.write("horizontalAlignment", horizontal, (t) => styleAll(t, { horizontal }));
  }

  get fill(): FakeRangeFill {
    return new FakeRangeFill(this.core, () => this.targetOrNull());
  }

  get font(): FakeRangeFont {
    return new FakeRangeFont(this.core, () => this.targetOrNull());
  }

  autofitColumns(): void {
    this.write("autofitColumns", undefined, ({ sheet, rect }) => {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) if (!sheet.columnWidths.has(c)) sheet.columnWidths.set(c, 64);
    });
  }

  /** Row heights are not modelled: the call is recorded (host.syncs) and otherwise changes nothing. */
  autofitRows(): void {
    this.write("autofitRows", undefined, () => undefined);
  }
}

function styleAll({ sheet, rect }: RangeTarget, patch: Parameters<SheetState["patchStyle"]>[2]): void {
  forEachCell(rect, sheet, (r, c) => sheet.patchStyle(r, c, patch));
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
function checkColor(color: string): void {
  if (!COLOR.test(color)) fail("InvalidArgument", `'${color}' is not a colour Excel accepts here (#RRGGBB).`);
}

export class FakeRangeFill extends FakeProxy<RangeTarget> implements Mirror<Excel.RangeFill, "color" | "clear"> {
  protected readonly loadable = ["color"] as const;
  constructor(core: FakeContextCore, parent: () => RangeTarget | null) {
    super(core, parent, "RangeFill");
  }
  protected snapshot(_: string, { sheet, rect }: RangeTarget): unknown {
    return sheet.style(rect.row, rect.column).fill ?? null;
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("fill.color", color, (t) => {
      checkColor(color);
      styleAll(t, { fill: color.toUpperCase() });
    });
  }
  clear(): void {
    this.write("fill.clear", undefined, (t) => styleAll(t, { fill: undefined }));
  }
}

export class FakeRangeFont extends FakeProxy<RangeTarget> implements Mirror<Excel.RangeFont, "bold" | "italic" | "color" | "size" | "set"> {
  protected readonly loadable = ["bold", "italic", "color", "size"] as const;
  constructor(core: FakeContextCore, parent: () => RangeTarget | null) {
    super(core, parent, "RangeFont");
  }
  protected snapshot(property: string, { sheet, rect }: RangeTarget): unknown {
    const s = sheet.style(rect.row, rect.column);
    if (property === "bold") return s.bold ?? false;
    if (property === "italic") return s.italic ?? false;
    if (property === "color") return s.fontColor ?? "#000000";
    return s.fontSize ?? 11;
  }
  /** Nested formats in one call, as the house style writes them. */
  set(properties: Excel.Interfaces.RangeFontUpdateData): void {
    const { bold, italic, color, size, ...rest } = properties;
    if (Object.keys(rest).length > 0) throw new Error(`fake: RangeFont.set(${Object.keys(rest).join(", ")}) is not supported`);
    if (bold !== undefined) this.bold = bold;
    if (italic !== undefined) this.italic = italic;
    if (color !== undefined) this.color = color;
    if (size !== undefined) this.size = size;
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.write("font.bold", bold, (t) => styleAll(t, { bold }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.write("font.italic", italic, (t) => styleAll(t, { italic }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.write("font.color", color, (t) => {
      checkColor(color);
      styleAll(t, { fontColor: color.toUpperCase() });
    });
  }
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.write("font.size", size, (t) => {
      if (!(size >= 1 && size <= 409)) fail("InvalidArgument", "Font size must be between 1 and 409.");
      styleAll(t, { fontSize: size });
    });
  }
}

// ------------------------------------------------------------------ data validation (ExcelApi 1.8)

export class FakeDataValidation
  extends FakeProxy<RangeTarget>
  implements Mirror<Excel.DataValidation, "rule" | "errorAlert" | "ignoreBlanks" | "clear">
{
  protected readonly loadable = ["rule", "errorAlert", "ignoreBlanks"] as const;
  constructor(core: FakeContextCore, parent: () => RangeTarget | null) {
    super(core, parent, "DataValidation");
  }
  protected snapshot(property: string, { sheet, rect }: RangeTarget): unknown {
    const v = sheet.validationAt(rect.row, rect.column);
    if (property === "rule") return v?.rule ?? {};
    if (property === "errorAlert") return v?.errorAlert ?? {};
    return v?.ignoreBlanks ?? true;
  }
  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write(
      "rule",
      rule,
      ({ sheet, rect }) => {
        checkRule(rule);
        const existing = sheet.validationAt(rect.row, rect.column);
        const v: ValidationState = { rule, errorAlert: existing?.errorAlert ?? {}, ignoreBlanks: existing?.ignoreBlanks ?? true };
        forEachCell(rect, sheet, (r, c) => sheet.setValidation(r, c, v));
      },
      "1.8",
    );
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write("errorAlert", alert, (t) => patchValidation(t, { errorAlert: { ...alert } }), "1.8");
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.write("ignoreBlanks", ignoreBlanks, (t) => patchValidation(t, { ignoreBlanks }), "1.8");
  }
  clear(): void {
    this.write("clear", undefined, ({ sheet, rect }) => forEachCell(rect, sheet, (r, c) => sheet.setValidation(r, c, undefined)), "1.8");
  }
}

function patchValidation({ sheet, rect }: RangeTarget, patch: Partial<ValidationState>): void {
  const replaced = new Map<ValidationState, ValidationState>();
  forEachCell(rect, sheet, (r, c) => {
    const v = sheet.validationAt(r, c);
    if (!v) fail("InvalidOperation", "Set the data validation rule before its error alert or blank handling.");
    let next = replaced.get(v);
    if (!next) replaced.set(v, (next = { ...v, ...patch }));
    sheet.setValidation(r, c, next);
  });
}

function checkRule(rule: Excel.DataValidationRule): void {
  const kinds = Object.keys(rule).filter((k) => (rule as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) fail("InvalidArgument", "A data validation rule must have exactly one kind.");
  const list = rule.list;
  if (list && (typeof list.source !== "string" || list.source === "")) fail("InvalidArgument", "A list validation needs a source.");
  for (const basic of [rule.wholeNumber, rule.decimal, rule.date]) {
    if (!basic) continue;
    if (basic.formula1 === undefined || basic.formula1 === "") fail("InvalidArgument", "formula1 is required.");
    const between = basic.operator === "Between" || basic.operator === "NotBetween";
    if (between && (basic.formula2 === undefined || basic.formula2 === "")) fail("InvalidArgument", "formula2 is required for Between.");
  }
}

// ------------------------------------------------------------------ conditional formats (ExcelApi 1.6)

export class FakeConditionalFormatCollection
  extends FakeProxy<RangeTarget>
  implements Mirror<Excel.ConditionalFormatCollection, "add" | "clearAll">
{
  protected readonly loadable = [] as const;
  constructor(core: FakeContextCore, parent: () => RangeTarget | null) {
    super(core, parent, "ConditionalFormatCollection");
  }
  protected snapshot(): unknown {
    return null;
  }
  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    const holder: { cf: ConditionalFormatState | null } = { cf: null };
    this.write(
      `add(${type})`,
      type,
      ({ sheet, rect }) => {
        if (type !== "Custom") throw new Error(`fake: conditional format type ${type} is not supported by the fake`);
        holder.cf = { rect, type, formula: null, fill: null, fontColor: null, stopIfTrue: false };
        sheet.conditionalFormats.push(holder.cf);
      },
      "1.6",
    );
    return new FakeConditionalFormat(this.core, () => holder.cf);
  }
  clearAll(): void {
    this.write(
      "clearAll",
      undefined,
      ({ sheet, rect }) => {
        sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !contains(rect, cf.rect));
      },
      "1.6",
    );
  }
}

export class FakeConditionalFormat extends FakeProxy<ConditionalFormatState> implements Mirror<Excel.ConditionalFormat, "custom" | "stopIfTrue" | "type"> {
  protected readonly loadable = ["stopIfTrue", "type"] as const;
  constructor(core: FakeContextCore, resolver: () => ConditionalFormatState | null) {
    super(core, resolver, "ConditionalFormat");
  }
  protected snapshot(property: string, cf: ConditionalFormatState): unknown {
    return property === "type" ? cf.type : cf.stopIfTrue;
  }
  get type(): Excel.ConditionalFormatType | "Custom" | "DataBar" | "ColorScale" | "IconSet" | "TopBottom" | "PresetCriteria" | "ContainsText" | "CellValue" {
    return this.read("type");
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    this.write("stopIfTrue", stop, (cf) => (cf.stopIfTrue = stop), "1.6");
  }
  get custom(): { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } {
    const write = (label: string, value: string, apply: (cf: ConditionalFormatState) => void): void =>
      this.write(label, value, apply, "1.6");
    const format = {
      fill: {
        set color(color: string) {
          write("custom.format.fill.color", color, (cf) => {
            checkColor(color);
            cf.fill = color.toUpperCase();
          });
        },
        get color(): string {
          throw new Error("fake: reading a conditional format's colour is not supported");
        },
      },
      font: {
        set color(color: string) {
          write("custom.format.font.color", color, (cf) => {
            checkColor(color);
            cf.fontColor = color.toUpperCase();
          });
        },
        get color(): string {
          throw new Error("fake: reading a conditional format's colour is not supported");
        },
      },
    };
    return {
      rule: {
        set formula(formula: string) {
          write("custom.rule.formula", formula, (cf) => {
            if (!formula.startsWith("=")) fail("InvalidArgument", "A conditional format formula must start with '='.");
            cf.formula = formula;
          });
        },
        get formula(): string {
          throw new Error("fake: reading a conditional format's formula is not supported");
        },
      },
      format,
    };
  }
}

export interface RangeAreasTarget {
  sheet: SheetState;
  areas: Rect[];
}

export class FakeRangeAreas extends FakeProxy<RangeAreasTarget> implements Mirror<Excel.RangeAreas, "address" | "areaCount" | "isNullObject" | "load"> {
  protected readonly loadable = ["address", "areaCount"] as const;

  constructor(core: FakeContextCore, resolver: () => RangeAreasTarget | null) {
    super(core, resolver, "RangeAreas");
  }

  protected snapshot(property: string, t: RangeAreasTarget): unknown {
    if (property === "address") return t.areas.map((rect) => formatAddress(t.sheet.name, rect)).join(",");
    if (property === "areaCount") return t.areas.length;
    throw new Error(`fake: RangeAreas.${property}`);
  }

  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
}
