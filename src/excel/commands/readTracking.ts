// Every row judged as of the workbook's report date, with the summary per unit, month, leader and section.
import { readTask } from "../../core/tasks/readTask";
import { checkTasks } from "../../core/tasks/checkTasks";
import { localToday } from "../settingsCells";
import { summarise } from "../../core/summary";
import type { Task } from "../../core/types";
import type { TrackedRow, Tracking } from "../actions";
import { cellAddress } from "../a1";
import { runExcel } from "../run";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable, type TrackerRead } from "../trackerRead";

export interface JudgedTracker {
  tracking: Tracking;
  tasks: Task[];
}

/** The rows a user filled in, read and judged; shared with refreshSummary. */
export function judgeTracker(read: TrackerRead<unknown>): JudgedTracker {
  const tasks: Task[] = [];
  const tableRows: number[] = [];
  read.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    tasks.push(readTask(row, { asFormulas: true }));
    tableRows.push(i);
  });
  const { asOf, windowDays, scoring, reportDate } = read.settings;
  // The rows `check` would flag make every rating provisional ("tạm tính"), as in `tracker summary`.
  const filled = read.rows.filter((row) => !isBlankRow(row));
  const findings = checkTasks(filled, { catalog: read.catalog, today: localToday(), planYear: read.settings.planYear });
  const errorRows = new Set(findings.filter((f) => f.severity === "error").map((f) => f.row)).size;
  const summary = summarise(tasks, { asOf, windowDays, scoring, errorRows });
  const idColumn = read.rect.column + (read.columns.id ?? 0);
  const rows = tasks.map((task, i): TrackedRow => ({
    id: task.id,
    title: task.title,
    lead: task.lead,
    due: task.extendedDue ?? task.due,
    state: summary.tasks[i].state,
    daysLate: summary.tasks[i].daysLate,
    sheet: read.sheet,
    cell: cellAddress(read.rect.row + 1 + tableRows[i], idColumn),
  }));
  return { tracking: { settings: { reportDate, windowDays }, summary, rows }, tasks };
}

export function readTracking(): Promise<Tracking> {
  return runExcel(async (context) => {
    const opened = await openTracker(context);
    const read = await readTracker(context, requireTable(opened.table), opened.names);
    return judgeTracker(read).tracking;
  });
}
