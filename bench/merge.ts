// Section "xlsx: merge": the 40 returns of a 1,000-task tracker's unit copies merged back at once, as
// `tracker merge` does it (read the master and every return, check the master before and after, write it once).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkTracker } from "../src/cli/commands/check";
import { mergeReturnFiles } from "../src/xlsx/mergeReturns";
import { readTrackerFile } from "../src/xlsx/readTracker";
import { writeTracker } from "../src/xlsx/rebuildTracker";
import { splitTracker } from "../src/xlsx/splitTracker";
import type { Row, Section } from "./section";
import { rows, TASKS, withPeakRss } from "./split";

const GOAL_MS = 30_000;
const GOAL_MB = 1_024;

/** What a unit does with its copy: every task reported on, half of them finished. */
async function fillIn(file: string): Promise<void> {
  const copy = await readTrackerFile(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(copy.sheet)!;
  copy.rows.forEach((_, i) => {
    const done = i % 2 === 0;
    sheet.getCell(copy.cellOf(i, "status")).value = done ? "Hoàn thành" : "Đang thực hiện";
    sheet.getCell(copy.cellOf(i, "progress")).value = done ? 100 : 40;
    if (done) sheet.getCell(copy.cellOf(i, "doneDate")).value = new Date(Date.UTC(2026, 5, 20));
  });
  await workbook.xlsx.writeFile(file);
}

export const mergeSection: Section = {
  name: "xlsx: merge",
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), "bench-merge-"));
    try {
      const master = join(dir, "so-theo-doi.xlsx");
      await writeTracker(rows(), master, { today: "2026-01-15", reportDate: "2026-06-30" });
      const split = await splitTracker(master, join(dir, "don-vi"), { sentAt: "2026-01-15", expandGroups: false });
      for (const unit of split.units) await fillIn(unit.file);
      const files = split.units.map((u) => u.file);
      const merged = await withPeakRss(() =>
        mergeReturnFiles(master, files, { out: join(dir, "da-nhan.xlsx"), today: "2026-07-01", check: checkTracker }),
      );
      const { result } = merged.value;
      return [
        {
          label: `merge ${files.length} returns of ${TASKS.toLocaleString("en")} tasks`,
          ms: merged.ms,
          note: `${result.applied.length.toLocaleString("en")} cells applied, ${result.conflicts.length} conflicts; goal under ${GOAL_MS / 1000} s: ${merged.ms < GOAL_MS ? "met" : "missed"}`,
        },
        { label: "per return", ms: merged.ms / files.length },
        {
          label: "peak memory (rss)",
          ms: null,
          note: `${Math.round(merged.peakMb)} MB (goal under ${GOAL_MB} MB: ${merged.peakMb < GOAL_MB ? "met" : "missed"})`,
        },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
