// The "Ma trận" sheet: units down, tasks across, "C" where the unit leads and "P" where it is a partner,
// as formulas over the task sheet so the matrix follows edits to Đơn vị chủ trì / phối hợp.
import { MATRIX_TEXT, SHEET_NAMES } from "../core/strings/workbook";
import { compareVi, oneLine } from "../core/text";
import type { Catalog, RawRow } from "../core/types";
import { columnLetter, rangeA1, sheetRef } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import { TASK_SHEET, taskColumnLetter, taskSheetRow } from "./layout";
import type { PlanCell, SheetPlan } from "./plan";

export const MATRIX_SHEET = SHEET_NAMES.matrix;

const HEADER_ROW = 4;
const FIRST_TASK_COLUMN = 3;
const LEAD_FILL = "#9BC2E6";
const PARTNER_FILL = "#DDEBF7";

/** Catalog units in catalog order, then units named in the rows but missing from it, in Vietnamese order. */
export function matrixUnits(catalog: Catalog, rows: RawRow[]): string[] {
  const known = new Set(catalog.units.map((u) => u.name.trim().toLowerCase()));
  const extra = new Map<string, string>();
  const add = (text: string) => {
    const name = oneLine(text);
    const key = name.toLowerCase();
    if (name && !known.has(key) && !extra.has(key)) extra.set(key, name);
  };
  for (const row of rows) {
    if (typeof row.lead === "string") add(row.lead);
    if (typeof row.partners === "string") row.partners.split(/[;\n]/).forEach(add);
  }
  return [...catalog.units.map((u) => u.name), ...[...extra.values()].sort(compareVi)];
}

export function buildMatrixSheet(units: string[], taskCount: number): SheetPlan {
  const tasks = Math.max(taskCount, 1);
  const tasksRef = sheetRef(TASK_SHEET);
  const lastColumn = FIRST_TASK_COLUMN + tasks - 1;
  const lastLetter = columnLetter(lastColumn);
  const firstLetter = columnLetter(FIRST_TASK_COLUMN);
  const taskRows = Array.from({ length: tasks }, (_, i) => taskSheetRow(i));
  const id = taskColumnLetter("id");
  const lead = taskColumnLetter("lead");
  const partners = taskColumnLetter("partners");

  const header: PlanCell[] = [
    MATRIX_TEXT.unit,
    MATRIX_TEXT.leads,
    MATRIX_TEXT.partners,
    ...taskRows.map((r) => ({ formula: `=${tasksRef}!$${id}$${r}&""` })),
  ];
  const unitRows = units.map((unit, i): PlanCell[] => {
    const r = HEADER_ROW + 1 + i;
    const span = `$${firstLetter}${r}:$${lastLetter}${r}`;
    return [
      unit,
      { formula: `=COUNTIF(${span},"C")` },
      { formula: `=COUNTIF(${span},"P")` },
      ...taskRows.map((t) => ({ formula: `=${roleFormula(`${tasksRef}!$${lead}$${t}`, `${tasksRef}!$${partners}$${t}`, `$A${r}`)}` })),
    ];
  });
  const lastRow = HEADER_ROW + Math.max(units.length, 1);
  const grid = `${firstLetter}${HEADER_ROW + 1}:${lastLetter}${lastRow}`;

  return {
    name: MATRIX_SHEET,
    blocks: [block(0, 1, [[MATRIX_TEXT.title], [MATRIX_TEXT.note]]), block(0, HEADER_ROW, [header, ...unitRows])],
    columns: [
      { index: 0, width: 40, wrap: true },
      { index: 1, width: 10, wrap: true },
      { index: 2, width: 10, wrap: true },
      ...taskRows.map((_, i) => ({ index: FIRST_TASK_COLUMN + i, width: 7 })),
    ],
    styles: [
      { range: "A1", bold: true, fontSize: 13, fontColor: TITLE_FONT },
      { range: "A2", italic: true },
      { range: rangeA1(0, HEADER_ROW, lastColumn, HEADER_ROW), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: rangeA1(1, HEADER_ROW + 1, lastColumn, lastRow), horizontal: "center" },
    ],
    freeze: { rows: HEADER_ROW, columns: FIRST_TASK_COLUMN },
    validations: [],
    conditionalFormats: [
      { range: grid, formula: `=${firstLetter}${HEADER_ROW + 1}="C"`, fill: LEAD_FILL, stopIfTrue: true },
      { range: grid, formula: `=${firstLetter}${HEADER_ROW + 1}="P"`, fill: PARTNER_FILL, stopIfTrue: true },
    ],
    tabColor: "#2F75B5",
  };
}

/**
 * "C" when the lead cell is the unit, "P" when the unit is one of the ";"-separated partners
 * (spaces around ";" ignored), else "". SEARCH ignores case, as the summary's comparisons do.
 */
function roleFormula(leadCell: string, partnersCell: string, unitCell: string): string {
  const list = `";"&SUBSTITUTE(SUBSTITUTE(TRIM(${partnersCell}),"; ",";")," ;",";")&";"`;
  return `IF(TRIM(${leadCell})=${unitCell},"C",IF(ISNUMBER(SEARCH(";"&${unitCell}&";",${list})),"P",""))`;
}
