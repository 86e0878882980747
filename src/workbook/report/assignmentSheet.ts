// The "Phân công" sheet: one row per task × unit × role, a flat table to pivot on (the year-end
// rating is made from it). Who does what is written when the sheet is built (the pane's Xếp loại and
// `tracker build` rewrite it); Đánh giá and Điểm are read live from the task row.
import { NO_LEAD } from "../../core/strings/summary";
import { STATE_LABELS } from "../../core/strings/vi";
import { ASSIGNMENT_TEXT, REPORT_SHEETS, ROLE_LABELS } from "../../core/strings/report";
import { readTask } from "../../core/tasks/readTask";
import type { RawRow, TaskField } from "../../core/types";
import { columnLetter, formulaText } from "../a1";
import { HEADER_FILL, HEADER_FONT } from "../colours";
import { NAMES } from "../names";
import type { PlanCell, SheetPlan } from "../plan";
import { isBlankRow } from "../schema/rows";
import { taskRefs, type TaskRefs } from "../taskRefs";

export const ASSIGNMENT_SHEET = REPORT_SHEETS.assignments;
export const ASSIGNMENT_TABLE = "BangPhanCong";

/** Columns in sheet order; the table's headers are ASSIGNMENT_TEXT.headers in this order. */
export const ASSIGNMENT_COLUMNS = ["id", "unit", "role", "month", "quarter", "leader", "section", "due", "state", "score", "weight", "row"] as const;
export type AssignmentColumn = (typeof ASSIGNMENT_COLUMNS)[number];

export interface Assignment {
  /** The Mã NV cell as written (number or text), so a lookup matches it. */
  id: string | number;
  unit: string;
  role: "lead" | "partner";
  /** Data row (1-based) of the task in the task table when built; the formulas look the id up again if it moved. */
  taskRow: number;
  /** What the row says when built: its effective deadline (Hạn điều chỉnh, else Hạn hoàn thành), leader, section. */
  task: { due: string | null; leader: string; section: string };
}

/** Every filled row gives its lead (blank: the NO_LEAD group) and each partner other than the lead, once. */
export function assignmentsOf(rows: readonly RawRow[]): Assignment[] {
  const out: Assignment[] = [];
  rows.forEach((raw, i) => {
    if (isBlankRow(raw)) return;
    const task = readTask(raw);
    const id = typeof raw.id === "number" ? raw.id : task.id;
    const taskRow = i + 1;
    const facts = { due: task.extendedDue ?? task.due, leader: task.leader, section: task.section };
    out.push({ id, unit: task.lead === "" ? NO_LEAD : task.lead, role: "lead", taskRow, task: facts });
    const seen = new Set([task.lead.toLowerCase()]);
    for (const partner of task.partners) {
      const key = partner.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id, unit: partner, role: "partner", taskRow, task: facts });
    }
  });
  return out;
}

export function assignmentColumnLetter(column: AssignmentColumn): string {
  return columnLetter(ASSIGNMENT_COLUMNS.indexOf(column));
}

/** `refs`: the task table's columns by structured reference, as the other sheets' formulas name them. */
export function buildAssignmentSheet(rows: readonly RawRow[], refs: TaskRefs = taskRefs()): SheetPlan {
  const assignments = assignmentsOf(rows);
  const taskColumn = (field: TaskField) => refs.column(field);
  const col = (c: AssignmentColumn, r: number) => `$${assignmentColumnLetter(c)}${r}`;
  const headers = ASSIGNMENT_COLUMNS.map((c) => ASSIGNMENT_TEXT.headers[c]);

  // Who does what, when and under whom is written as built (Xếp loại and `build` rewrite it); Đánh giá and
  // Điểm are read live from the task row, so the pivots are true on the day the workbook is opened.
  // Short formulas: at 10,000 tasks this sheet has some 17,000 rows to send through Office.js.
  const effectiveDue = refs.hasHelper("effectiveDue")
    ? (r: number) => `INDEX(${refs.column("effectiveDue")},${col("row", r)})`
    : (r: number) => {
        const at = (field: TaskField) => `N(INDEX(${taskColumn(field)},${col("row", r)}))`;
        return `IF(${at("extendedDue")}>=1,INT(${at("extendedDue")}),INT(MAX(${at("due")},0)))`;
      };
  const label = (s: keyof typeof STATE_LABELS) => formulaText(STATE_LABELS[s]);
  const data = assignments.map((a, i): PlanCell[] => {
    const r = i + 2;
    const state = col("state", r);
    const due = effectiveDue(r);
    const task = a.task;
    const cells: Record<AssignmentColumn, PlanCell> = {
      id: a.id,
      unit: a.unit,
      role: ROLE_LABELS[a.role],
      month: task.due ? Number(task.due.slice(5, 7)) : null,
      quarter: task.due ? Math.ceil(Number(task.due.slice(5, 7)) / 3) : null,
      leader: task.leader,
      section: task.section,
      due: task.due ? { date: task.due } : null,
      state: { formula: `=IF(${col("row", r)}="","",INDEX(${taskColumn("state")},${col("row", r)})&"")` },
      // What the task scores as of the report date (blank: the score leaves it out), as rating.ts scoredAs.
      score: {
        formula:
          `=IF(${state}=${label("overdue")},${NAMES.overdue},IF(OR(${state}="",${due}<1,${due}>INT(${NAMES.reportDate})),"",` +
          `IF(${state}=${label("doneOnTime")},${NAMES.onTime},IF(${state}=${label("doneLate")},${NAMES.late},""))))`,
      },
      weight: a.role === "lead" ? 1 : { formula: `=${NAMES.partnerWeight}` },
      // The task's row in the task table: where it was built, or, if rows were sorted or moved since, where its Mã NV is now.
      row: {
        formula: `=IF(INDEX(${taskColumn("id")},${a.taskRow})&""=${col("id", r)}&"",${a.taskRow},IFERROR(MATCH(${col("id", r)},${taskColumn("id")},0),""))`,
      },
    };
    return ASSIGNMENT_COLUMNS.map((c) => cells[c]);
  });
  // A table needs one data row; a tracker with no task gets a blank one.
  const body = data.length > 0 ? data : [ASSIGNMENT_COLUMNS.map((): PlanCell => null)];
  const last = body.length + 1;
  const lastLetter = columnLetter(ASSIGNMENT_COLUMNS.length - 1);
  const letter = assignmentColumnLetter;

  return {
    name: ASSIGNMENT_SHEET,
    blocks: [{ topLeft: "A1", rows: [headers, ...body] }],
    table: { name: ASSIGNMENT_TABLE, range: `A1:${lastLetter}${last}`, headers, style: "TableStyleLight9" },
    columns: [
      { index: 0, width: 10 },
      { index: 1, width: 34, wrap: true },
      { index: 2, width: 10 },
      { index: 3, width: 8 },
      { index: 4, width: 6 },
      { index: 5, width: 22, wrap: true },
      { index: 6, width: 26, wrap: true },
      { index: 7, width: 13, numberFormat: "dd/mm/yyyy" },
      { index: 8, width: 20, wrap: true },
      { index: 9, width: 8 },
      { index: 10, width: 9 },
      { index: 11, width: 10 },
    ],
    styles: [
      { range: `A1:${lastLetter}1`, bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
      { range: `${letter("month")}2:${letter("quarter")}${last}`, horizontal: "center" },
      { range: `${letter("score")}2:${letter("row")}${last}`, horizontal: "center" },
      { range: `${letter("row")}2:${letter("row")}${last}`, italic: true, fontColor: "#7F7F7F" },
    ],
    freeze: { rows: 1, columns: 1 },
    validations: [],
    conditionalFormats: [],
    tabColor: "#7030A0",
  };
}
