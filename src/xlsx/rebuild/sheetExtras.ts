// What a user lays over a sheet the tracker regenerates, beyond cells: pictures, their own data
// validations and conditional formats, merged cells, the view (frozen panes, zoom) and the tab colour.
// Taken from the old sheet before it is replaced and laid over the new one, moved by `Placement` (the
// task sheet's columns follow their header, rows below the table follow the table's end).
import type ExcelJS from "exceljs";
import type { SheetPlan } from "../../workbook/plan";
import { columnLetter, columnNumber } from "../read/columns";

/** Where an old cell of the sheet is on the new one. Identity for sheets whose layout does not move. */
export interface Placement {
  column(column: number): number;
  row(row: number): number;
  /**
   * Rows of validations and conditional formats, when they move otherwise than cells: a rule over
   * W2:W100 covers the table and more, and keeps its rows (growing with the table, see tableEnd).
   */
  ruleRow?(row: number): number;
  /** Last data row of the old and the new table: a rule reaching the old end reaches the new one. */
  tableEnd?: { old: number; new: number };
}

export const SAME_PLACE: Placement = { column: (c) => c, row: (r) => r };

interface ImageAt {
  imageId: number;
  tl: AnchorAt;
  br?: AnchorAt;
  ext?: { width: number; height: number };
  editAs?: string;
}
interface AnchorAt {
  nativeCol: number;
  nativeColOff: number;
  nativeRow: number;
  nativeRowOff: number;
}
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetExtras {
  images: ImageAt[];
  background?: number;
  /** User validations: the rule and the 1-based cells it covers. */
  validations: { rule: ExcelJS.DataValidation; cells: { row: number; column: number }[] }[];
  formats: ExcelJS.ConditionalFormattingOptions[];
  merges: Box[];
  view?: Partial<ExcelJS.WorksheetView>;
  tabColor?: string;
}

/** ExcelJS keeps these on the worksheet; its typings omit them. */
type Internals = ExcelJS.Worksheet & {
  _merges: Record<string, Box>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  getBackgroundImageId(): number | string | undefined;
};

/** What the plan itself writes on the sheet, so that only the user's own rules are carried. */
function planRules(plan: SheetPlan | undefined): { validations: Set<string>; formulas: Set<string> } {
  return {
    validations: new Set((plan?.validations ?? []).map((v) => `${v.errorTitle}|${v.errorMessage}`)),
    formulas: new Set((plan?.conditionalFormats ?? []).map((c) => c.formula.replace(/^=/, ""))),
  };
}

export function collectSheetExtras(worksheet: ExcelJS.Worksheet | undefined, plan: SheetPlan | undefined): SheetExtras {
  const empty: SheetExtras = { images: [], validations: [], formats: [], merges: [] };
  if (!worksheet) return empty;
  const sheet = worksheet as Internals;
  const generated = planRules(plan);
  const images = worksheet.getImages().map((image): ImageAt => {
    const range = image.range as unknown as { tl: { model: AnchorAt }; br?: { model: AnchorAt }; ext?: ImageAt["ext"]; editAs?: string };
    return { imageId: Number(image.imageId), tl: { ...range.tl.model }, ...(range.br ? { br: { ...range.br.model } } : {}), ext: range.ext, editAs: range.editAs };
  });
  const background = sheet.getBackgroundImageId();

  // ExcelJS spreads a validation over its cells, sharing one rule object: grouped back by that object.
  const byRule = new Map<ExcelJS.DataValidation, { row: number; column: number }[]>();
  for (const [address, rule] of Object.entries(sheet.dataValidations.model)) {
    if (!rule || generated.validations.has(`${rule.errorTitle}|${rule.error}`)) continue;
    const cell = decode(address);
    if (!cell) continue;
    byRule.set(rule, [...(byRule.get(rule) ?? []), cell]);
  }
  const formats = (sheet.conditionalFormattings ?? []).filter(
    (format) => !format.rules.every((rule) => rule.type === "expression" && (rule.formulae ?? []).every((f) => generated.formulas.has(String(f)))),
  );
  const view = worksheet.views?.[0];
  const tabColor = worksheet.properties.tabColor?.argb;
  return {
    images,
    ...(background !== undefined && background !== "" ? { background: Number(background) } : {}),
    validations: [...byRule].map(([rule, cells]) => ({ rule, cells })),
    formats,
    merges: Object.values(sheet._merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right })),
    ...(view ? { view } : {}),
    ...(tabColor ? { tabColor } : {}),
  };
}

/** Lays the extras over the new sheet; returns the merges that could not be placed (they would break the table). */
export function restoreSheetExtras(
  worksheet: ExcelJS.Worksheet | undefined,
  extras: SheetExtras,
  place: Placement,
  options: { merges: boolean; keepOut?: Box } = { merges: false },
): Box[] {
  if (!worksheet) return [];
  const sheet = worksheet as Internals;
  for (const image of extras.images) {
    const top = place.row(image.tl.nativeRow + 1) - 1 - image.tl.nativeRow;
    const left = place.column(image.tl.nativeCol + 1) - 1 - image.tl.nativeCol;
    const move = (a: AnchorAt): AnchorAt => ({ ...a, nativeRow: a.nativeRow + top, nativeCol: a.nativeCol + left });
    worksheet.addImage(image.imageId, {
      tl: move(image.tl),
      ...(image.br ? { br: move(image.br) } : {}),
      ...(image.ext ? { ext: image.ext } : {}),
      ...(image.editAs ? { editAs: image.editAs } : {}),
    } as unknown as ExcelJS.ImageRange);
  }
  if (extras.background !== undefined) worksheet.addBackgroundImage(extras.background);

  const rules: Placement = { ...place, row: place.ruleRow ?? place.row };
  for (const { rule, cells } of extras.validations) {
    for (const cell of withTableGrowth(cells, rules)) sheet.dataValidations.model[`${columnLetter(cell.column)}${cell.row}`] = rule;
  }
  let priority = (sheet.conditionalFormattings ?? []).reduce((max, f) => Math.max(max, ...f.rules.map((r) => r.priority ?? 0)), 0);
  for (const format of extras.formats) {
    worksheet.addConditionalFormatting({
      ref: format.ref
        .split(/\s+/)
        .filter(Boolean)
        .map((range) => boxAddress(moveBox(decodeBox(range), rules)))
        .join(" "),
      rules: format.rules.map((rule) => ({
        ...rule,
        priority: ++priority,
        ...("formulae" in rule && rule.formulae ? { formulae: rule.formulae.map((f) => moveFormula(String(f), rules)) } : {}),
      })) as ExcelJS.ConditionalFormattingRule[],
    });
  }

  const unplaced: Box[] = [];
  if (options.merges) {
    for (const merge of extras.merges) {
      const moved = moveBox(merge, place);
      if (options.keepOut && intersects(moved, options.keepOut)) {
        unplaced.push(merge);
        continue;
      }
      try {
        worksheet.mergeCellsWithoutStyle(moved.top, moved.left, moved.bottom, moved.right);
      } catch {
        unplaced.push(merge);
      }
    }
  }

  // The user's frozen panes, zoom or grid lines win over the plan's when they differ.
  const planView = worksheet.views?.[0];
  const old = extras.view;
  if (old && !sameView(old, planView)) {
    worksheet.views = [
      {
        state: old.state ?? "normal",
        ...(old.state === "frozen" ? { xSplit: old.xSplit ?? 0, ySplit: old.ySplit ?? 0 } : {}),
        ...(old.zoomScale ? { zoomScale: old.zoomScale } : {}),
        ...(old.showGridLines === false ? { showGridLines: false } : {}),
      } as ExcelJS.WorksheetView,
    ];
  }
  if (extras.tabColor && extras.tabColor !== worksheet.properties.tabColor?.argb) worksheet.properties.tabColor = { argb: extras.tabColor };
  return unplaced;
}

function sameView(a: Partial<ExcelJS.WorksheetView>, b: Partial<ExcelJS.WorksheetView> | undefined): boolean {
  const shape = (v: Partial<ExcelJS.WorksheetView> | undefined) => {
    const frozen = v?.state === "frozen";
    return JSON.stringify([
      frozen,
      frozen ? (v as { xSplit?: number }).xSplit ?? 0 : 0,
      frozen ? (v as { ySplit?: number }).ySplit ?? 0 : 0,
      v?.zoomScale ?? 100,
      v?.showGridLines !== false,
    ]);
  };
  return shape(a) === shape(b);
}

/** Cells moved, and a column's rule that covered every row of the old table extended to the new one's end. */
function withTableGrowth(cells: { row: number; column: number }[], place: Placement): { row: number; column: number }[] {
  const moved = cells.map(({ row, column }) => ({ row: place.row(row), column: place.column(column) }));
  const end = place.tableEnd;
  if (!end || end.new <= end.old) return moved;
  const rowsByColumn = new Map<number, Set<number>>();
  for (const { row, column } of cells) rowsByColumn.set(column, (rowsByColumn.get(column) ?? new Set()).add(row));
  for (const [column, rows] of rowsByColumn) {
    let whole = true;
    for (let r = 2; r <= end.old && whole; r++) whole = rows.has(r);
    if (!whole) continue;
    for (let r = end.old + 1; r <= end.new; r++) moved.push({ row: r, column: place.column(column) });
  }
  return moved;
}

export function moveBox(box: Box, place: Placement): Box {
  const end = place.tableEnd;
  const bottom = end && box.bottom === end.old && box.top <= end.old ? end.new : place.row(box.bottom);
  return { top: place.row(box.top), left: place.column(box.left), bottom: Math.max(bottom, place.row(box.top)), right: place.column(box.right) };
}

function intersects(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function decode(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  return match ? { column: columnNumber(match[1]), row: Number(match[2]) } : null;
}

export function decodeBox(range: string): Box {
  const [from, to = from] = range.split(":");
  const a = decode(from) ?? { row: 1, column: 1 };
  const b = decode(to) ?? a;
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

export function boxAddress(box: Box): string {
  const tl = `${columnLetter(box.left)}${box.top}`;
  const br = `${columnLetter(box.right)}${box.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/**
 * A rule's formula with its column references following their columns (rows are relative to the
 * rule's first cell and stay). References to other sheets and text in quotes are left alone.
 */
function moveFormula(formula: string, place: Placement): string {
  return formula.replace(/("[^"]*")|('[^']*'!|\b[\w.]+!)?(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)\b/g, (all, text, sheet, d1, letters: string, d2, row) => {
    if (text || sheet) return all;
    return `${d1}${columnLetter(place.column(columnNumber(letters)))}${d2}${row}`;
  });
}
