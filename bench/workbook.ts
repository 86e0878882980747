// Section "xlsx: workbook": the full tracker of 10k tasks against the floor (the same cells written by
// bare ExcelJS, no styling), side by side in one run; then reading and checking it back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkTracker } from "../src/cli/commands/check";
import { DEFAULT_WINDOW_DAYS } from "../src/core/judge";
import { DEFAULT_SCORING } from "../src/core/rating";
import type { RawRow, Task } from "../src/core/types";
import { DEFAULT_CATALOG } from "../src/core/units/preset";
import { buildTrackerPlan } from "../src/workbook/buildTrackerPlan";
import { TASK_SHEET } from "../src/workbook/layout";
import type { PlanCell, WorkbookPlan } from "../src/workbook/plan";
import { readTrackerFile } from "../src/xlsx/readTracker";
import { writePlanToFile } from "../src/xlsx/writePlan";
import { makeTasks } from "./fixtures";
import type { Row, Section } from "./section";

const TASKS = 10_000;
const GOAL_RATIO = 3;

function rawRow(task: Task): RawRow {
  return { ...task, partners: task.partners.join("; ") };
}

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** What the plan writes, with nothing else: values, formulas and dates, no styles, tables or rules. */
async function writeFloor(plan: WorkbookPlan, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheetPlan of plan.sheets) {
    const sheet = workbook.addWorksheet(sheetPlan.name);
    for (const block of sheetPlan.blocks) {
      const origin = sheet.getCell(block.topLeft);
      block.rows.forEach((cells, r) => {
        const row = sheet.getRow(Number(origin.row) + r);
        cells.forEach((cell, c) => {
          if (cell !== null) row.getCell(Number(origin.col) + c).value = floorValue(cell);
        });
      });
    }
  }
  await workbook.xlsx.writeFile(path);
}

function floorValue(cell: Exclude<PlanCell, null>): ExcelJS.CellValue {
  if (typeof cell !== "object") return cell;
  if ("formula" in cell) return { formula: cell.formula.replace(/^=/, ""), date1904: false };
  return new Date(`${cell.date}T00:00:00Z`);
}

export const workbookSection: Section = {
  name: "xlsx: workbook",
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), "bench-workbook-"));
    try {
      const rows = makeTasks(TASKS).map(rawRow);
      const settings = { reportDate: "2026-06-30", windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING };
      const plan = await timed(() => buildTrackerPlan({ rows, catalog: DEFAULT_CATALOG, settings }));
      const fullPath = join(dir, "full.xlsx");
      const floorPath = join(dir, "floor.xlsx");
      const full = await timed(() => writePlanToFile(plan.value, fullPath));
      const floor = await timed(() => writeFloor(plan.value, floorPath));
      const ratio = full.ms / floor.ms;
      const read = await timed(() => readTrackerFile(fullPath));
      const check = await timed(() => checkTracker(read.value, "2026-06-30"));
      // The same rows with no other sheet: how much of reading is the task table itself.
      const tasksOnlyPath = join(dir, "tasks-only.xlsx");
      await writeFloor({ sheets: plan.value.sheets.filter((s) => s.name === TASK_SHEET), names: [] }, tasksOnlyPath);
      const readTasksOnly = await timed(() => readTrackerFile(tasksOnlyPath));
      const n = TASKS.toLocaleString("en");
      return [
        { label: `plan ${n} tasks`, ms: plan.ms },
        { label: `write full plan ${n} tasks`, ms: full.ms },
        { label: `write floor (bare ExcelJS) ${n} tasks`, ms: floor.ms },
        {
          label: "full / floor",
          ms: null,
          note: `${ratio.toFixed(2)}× (goal within ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? "met" : "missed"})`,
        },
        { label: `read ${n} rows`, ms: read.ms, note: `${read.value.rows.length} rows` },
        { label: `read ${n} rows, task sheet alone`, ms: readTasksOnly.ms, note: `${readTasksOnly.value.rows.length} rows` },
        { label: `check ${n} rows`, ms: check.ms, note: `${check.value.length} findings` },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
