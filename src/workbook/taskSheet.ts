// The "Nhiệm vụ" sheet: the task table, its dropdowns, date formats and the row colours by state.
import { toExcelSerial } from "../core/dates";
import { STATE_LABELS } from "../core/strings/vi";
import { TASK_SHEET_TEXT } from "../core/strings/workbook";
import { STATES, TASK_FIELDS, type RawRow, type TaskField } from "../core/types";
import { columnLetter, formulaText } from "./a1";
import { HEADER_FILL, HEADER_FONT, STATE_FILLS } from "./colours";
import { TASK_SHEET, TASK_TABLE, taskColumnLetter, taskSheetRow } from "./layout";
import { HELPER_KEYS, TRACKER_HEADERS } from "./taskRefs";
import { NAMES } from "./names";
import type { ColumnPlan, ConditionalFormatPlan, SheetPlan, ValidationPlan } from "./plan";
import { DATE_FIELDS, taskRowCells } from "./taskCells";

export const DATE_FORMAT = "dd/mm/yyyy";

const WIDTHS: Record<TaskField, { width: number; wrap?: boolean }> = {
  id: { width: 9 },
  source: { width: 22, wrap: true },
  section: { width: 22, wrap: true },
  month: { width: 7 },
  title: { width: 50, wrap: true },
  product: { width: 20, wrap: true },
  lead: { width: 26, wrap: true },
  partners: { width: 30, wrap: true },
  leader: { width: 20, wrap: true },
  deadlineText: { width: 18, wrap: true },
  due: { width: 13 },
  extendedDue: { width: 13 },
  status: { width: 16 },
  progress: { width: 10 },
  doneDate: { width: 13 },
  evidence: { width: 25, wrap: true },
  note: { width: 25, wrap: true },
  state: { width: 20 },
};

/** Date validation bounds: any real date of 2000..2100 (serials, as Excel stores them). */
const DATE_MIN = toExcelSerial("2000-01-01");
const DATE_MAX = toExcelSerial("2100-12-31");

export function buildTaskSheet(rows: RawRow[]): SheetPlan {
  // A table needs at least one data row; an empty one shows "" in Đánh giá.
  const data = rows.length > 0 ? rows : [{}];
  const lastRow = taskSheetRow(data.length - 1);
  const lastColumn = columnLetter(TASK_FIELDS.length - 1);
  // The helper columns close the table, hidden: the summary counts them, nobody types in them.
  const lastTableColumn = columnLetter(TRACKER_HEADERS.length - 1);
  const headers = [...TRACKER_HEADERS];
  const columnRange = (field: TaskField) => `${taskColumnLetter(field)}2:${taskColumnLetter(field)}${lastRow}`;

  const columns: ColumnPlan[] = TASK_FIELDS.map((field, index) => ({
    index,
    width: WIDTHS[field].width,
    ...(WIDTHS[field].wrap ? { wrap: true } : {}),
    ...(DATE_FIELDS.includes(field) ? { numberFormat: DATE_FORMAT } : {}),
  }));
  HELPER_KEYS.forEach((key, i) =>
    columns.push({ index: TASK_FIELDS.length + i, width: 12, hidden: true, ...(key === "effectiveDue" ? { numberFormat: DATE_FORMAT } : {}) }),
  );

  const list = (field: TaskField, source: string, errorMessage: string, errorStyle: "stop" | "warning"): ValidationPlan => ({
    range: columnRange(field),
    type: "list",
    source: `=${source}`,
    allowBlank: true,
    errorTitle: TASK_SHEET_TEXT.listErrorTitle,
    errorMessage,
    errorStyle,
  });
  const validations: ValidationPlan[] = [
    list("lead", NAMES.unitList, TASK_SHEET_TEXT.leadError, "warning"),
    list("leader", NAMES.leaderList, TASK_SHEET_TEXT.leaderError, "warning"),
    list("status", NAMES.statusList, TASK_SHEET_TEXT.statusError, "stop"),
    whole("month", 1, 12, TASK_SHEET_TEXT.monthError),
    whole("progress", 0, 100, TASK_SHEET_TEXT.progressError),
    ...DATE_FIELDS.map(
      (field): ValidationPlan => ({
        range: columnRange(field),
        type: "date",
        min: DATE_MIN,
        max: DATE_MAX,
        allowBlank: true,
        errorTitle: TASK_SHEET_TEXT.dateErrorTitle,
        errorMessage: TASK_SHEET_TEXT.dateError,
      }),
    ),
  ];

  function whole(field: TaskField, min: number, max: number, errorMessage: string): ValidationPlan {
    return {
      range: columnRange(field),
      type: "whole",
      min,
      max,
      allowBlank: true,
      errorTitle: TASK_SHEET_TEXT.numberErrorTitle,
      errorMessage,
    };
  }

  // Conditional formats take no structured reference (Excel refuses one there): A1, relative to row 2,
  // which Excel moves with the column when one is inserted or moved.
  const stateColumn = `$${taskColumnLetter("state")}2`;
  const conditionalFormats: ConditionalFormatPlan[] = STATES.map((state) => ({
    range: `A2:${lastColumn}${lastRow}`,
    formula: `=${stateColumn}=${formulaText(STATE_LABELS[state])}`,
    fill: STATE_FILLS[state].fill,
    fontColor: STATE_FILLS[state].font,
    stopIfTrue: true,
  }));

  return {
    name: TASK_SHEET,
    blocks: [{ topLeft: "A1", rows: [headers, ...data.map((row) => taskRowCells(row))] }],
    table: { name: TASK_TABLE, range: `A1:${lastTableColumn}${lastRow}`, headers, style: "TableStyleLight1" },
    columns,
    styles: [
      { range: `A1:${lastColumn}1`, bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: `${taskColumnLetter("state")}2:${taskColumnLetter("state")}${lastRow}`, bold: true },
    ],
    freeze: { rows: 1, columns: 1 },
    validations,
    conditionalFormats,
    tabColor: HEADER_FILL,
  };
}
