// The "Ma trận" sheet: units down, tasks across, "C" where the unit leads and "P" where it is a partner,
// as formulas over the task sheet so the matrix follows edits to Đơn vị chủ trì / phối hợp. Past
// MATRIX_TASK_LIMIT tasks the grid gives way to a note and the per-unit counts alone.
import { MATRIX_TEXT, SHEET_NAMES } from "../core/strings/workbook";
import { compareVi, oneLine } from "../core/text";
import type { Catalog, RawRow } from "../core/types";
import { columnLetter, rangeA1 } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import type { PlanCell, SheetPlan } from "./plan";
import { taskRefs, type TaskRefs } from "./taskRefs";
import { trimmedText } from "./trimFormula";

export const MATRIX_SHEET = SHEET_NAMES.matrix;

/**
 * Most tasks the grid is built for. A directive's appendix holds tens to a few hundred tasks; past a
 * thousand columns nobody reads the grid across, while its cells (tasks × units, ~200 characters of
 * formula each) would make the file and the add-in's requests tens of megabytes. Filters on Nhiệm vụ
 * or a PivotTable answer "who does what" at that size.
 */
export const MATRIX_TASK_LIMIT = 1000;

const HEADER_ROW = 4;
const FIRST_TASK_COLUMN = 3;
const LEAD_FILL = "#9BC2E6";
const PARTNER_FILL = "#DDEBF7";

/**
 * The units named as lead or partner in the rows, in Vietnamese order: a unit of the catalog under
 * its catalog name (however its case or spaces were typed), any other as first written.
 */
export function matrixUnits(catalog: Catalog, rows: RawRow[]): string[] {
  const catalogNames = new Map(catalog.units.map((u) => [oneLine(u.name).toLowerCase(), u.name]));
  const found = new Map<string, string>();
  const add = (text: string) => {
    const name = oneLine(text);
    const key = name.toLowerCase();
    if (name && !found.has(key)) found.set(key, catalogNames.get(key) ?? name);
  };
  for (const row of rows) {
    if (typeof row.lead === "string") add(row.lead);
    if (typeof row.partners === "string") row.partners.split(/[;\n]/).forEach(add);
  }
  return [...found.values()].sort(compareVi);
}

/**
 * The k-th task of the table is INDEX(BangNhiemVu[column], k): the grid reads the table by position in
 * it, whatever the sheet is called and wherever its columns are; sorting the table reorders the grid.
 */
export function buildMatrixSheet(units: string[], taskCount: number, refs: TaskRefs = taskRefs()): SheetPlan {
  return taskCount > MATRIX_TASK_LIMIT ? countsOnly(units, refs) : grid(units, taskCount, refs);
}

function grid(units: string[], taskCount: number, refs: TaskRefs): SheetPlan {
  const tasks = Math.max(taskCount, 1);
  const lastColumn = FIRST_TASK_COLUMN + tasks - 1;
  const lastLetter = columnLetter(lastColumn);
  const firstLetter = columnLetter(FIRST_TASK_COLUMN);
  const taskRows = Array.from({ length: tasks }, (_, i) => i + 1);
  const nth = (field: "id" | "lead" | "partners", k: number) => `INDEX(${refs.column(field)},${k})`;

  const header: PlanCell[] = [
    MATRIX_TEXT.unit,
    MATRIX_TEXT.leads,
    MATRIX_TEXT.partners,
    ...taskRows.map((k) => ({ formula: `=${nth("id", k)}&""` })),
  ];
  const unitRows = units.map((unit, i): PlanCell[] => {
    const r = HEADER_ROW + 1 + i;
    const span = `$${firstLetter}${r}:$${lastLetter}${r}`;
    return [
      unit,
      { formula: `=COUNTIF(${span},"C")` },
      { formula: `=COUNTIF(${span},"P")` },
      ...taskRows.map((k) => ({ formula: `=${roleFormula(nth("lead", k), nth("partners", k), `$A${r}`)}` })),
    ];
  });
  const lastRow = HEADER_ROW + Math.max(units.length, 1);
  const cells = `${firstLetter}${HEADER_ROW + 1}:${lastLetter}${lastRow}`;

  return {
    ...frame(MATRIX_TEXT.note, [header, ...unitRows], lastColumn, lastRow),
    columns: [...LABEL_COLUMNS, ...taskRows.map((_, i) => ({ index: FIRST_TASK_COLUMN + i, width: 7 }))],
    freeze: { rows: HEADER_ROW, columns: FIRST_TASK_COLUMN },
    conditionalFormats: [
      { range: cells, formula: `=${firstLetter}${HEADER_ROW + 1}="C"`, fill: LEAD_FILL, stopIfTrue: true },
      { range: cells, formula: `=${firstLetter}${HEADER_ROW + 1}="P"`, fill: PARTNER_FILL, stopIfTrue: true },
    ],
  };
}

/** The per-unit counts the grid would give, straight over the table's columns. */
function countsOnly(units: string[], refs: TaskRefs): SheetPlan {
  const unitRows = units.map((unit, i): PlanCell[] => {
    const unitCell = `$A${HEADER_ROW + 1 + i}`;
    const leads = `(${refs.column("leadText")}=${unitCell})`;
    const partners = `ISNUMBER(SEARCH(";"&${unitCell}&";",${partnerList(refs.column("partners"))}))`;
    // A partner that also leads the task counts as lead only, as in the grid.
    return [unit, { formula: `=COUNTIFS(${refs.column("leadText")},"="&${unitCell})` }, { formula: `=SUMPRODUCT((1-${leads})*${partners})` }];
  });
  const lastRow = HEADER_ROW + Math.max(units.length, 1);
  return {
    ...frame(MATRIX_TEXT.tooManyTasks(MATRIX_TASK_LIMIT), [[MATRIX_TEXT.unit, MATRIX_TEXT.leads, MATRIX_TEXT.partners], ...unitRows], 2, lastRow),
    columns: LABEL_COLUMNS,
    freeze: { rows: HEADER_ROW, columns: 1 },
    conditionalFormats: [],
  };
}

const LABEL_COLUMNS = [
  { index: 0, width: 40, wrap: true },
  { index: 1, width: 10, wrap: true },
  { index: 2, width: 10, wrap: true },
];

/** Title, note, the table from HEADER_ROW and its styles; `lastColumn`/`lastRow` bound the table. */
function frame(note: string, table: PlanCell[][], lastColumn: number, lastRow: number): Omit<SheetPlan, "columns" | "conditionalFormats"> {
  return {
    name: MATRIX_SHEET,
    blocks: [block(0, 1, [[MATRIX_TEXT.title], [note]]), block(0, HEADER_ROW, table)],
    styles: [
      { range: "A1", bold: true, fontSize: 13, fontColor: TITLE_FONT },
      { range: "A2", italic: true },
      { range: rangeA1(0, HEADER_ROW, lastColumn, HEADER_ROW), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: rangeA1(1, HEADER_ROW + 1, lastColumn, lastRow), horizontal: "center" },
    ],
    validations: [],
    tabColor: "#2F75B5",
  };
}

/** ";a;b;" from the partners cell: non-breaking and extra spaces dropped, spaces around ";" too. */
function partnerList(partnersCell: string): string {
  return `";"&SUBSTITUTE(SUBSTITUTE(${trimmedText(partnersCell)},"; ",";")," ;",";")&";"`;
}

/**
 * "C" when the lead cell is the unit, "P" when the unit is one of the ";"-separated partners, else "".
 * SEARCH ignores case, as the summary's comparisons do.
 */
function roleFormula(leadCell: string, partnersCell: string, unitCell: string): string {
  return `IF(${trimmedText(leadCell)}=${unitCell},"C",IF(ISNUMBER(SEARCH(";"&${unitCell}&";",${partnerList(partnersCell)})),"P",""))`;
}
