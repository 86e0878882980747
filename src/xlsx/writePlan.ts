// Renders a workbook plan straight to a new .xlsx file (renderPlan: into an ExcelJS workbook, for
// files that already exist).
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../workbook/plan";
import { writeWorkbookAtomically } from "./write/atomicWrite";
import { writeFileDurably } from "./write/durableWrite";
import { renderPlan } from "./write/renderPlan";
import { streamPlanToBytes } from "./write/streamPlan";
import { fixZipTimes } from "./write/zipTimes";

export { renderPlan } from "./write/renderPlan";

/**
 * From this many plan cells (about 4,500 tasks) a new file is streamed: the in-memory writer needs
 * about 2 KB a cell (4.2 GB at 50,000 tasks). Below it the in-memory writer stays, because a rebuild
 * writes that way and an unchanged tracker rebuilt over itself then keeps the very same bytes.
 */
export const STREAM_FROM_CELLS = 200_000;

/** `stream`: force the writer (tests compare both on one plan); by default chosen by the plan's size. */
export async function writePlanToFile(plan: WorkbookPlan, path: string, options: { stream?: boolean } = {}): Promise<void> {
  if (options.stream ?? planCells(plan) >= STREAM_FROM_CELLS) {
    await writeFileDurably(path, fixZipTimes(await streamPlanToBytes(plan)));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  renderPlan(workbook, plan);
  await writeWorkbookAtomically(workbook, path);
}

export function planCells(plan: WorkbookPlan): number {
  let cells = 0;
  for (const sheet of plan.sheets) for (const block of sheet.blocks) cells += block.rows.length * (block.rows[0]?.length ?? 0);
  return cells;
}
