// Section "xlsx: split": a 1,000-task tracker split into 40 unit workbooks, as `tracker split` does it
// (read the master, build and write each copy); wall time, peak memory and the size of a copy.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawRow } from "../src/core/types";
import { writeTracker } from "../src/xlsx/rebuildTracker";
import { splitTracker } from "../src/xlsx/splitTracker";
import { makeTasks } from "./fixtures";
import type { Row, Section } from "./section";

export const TASKS = 1_000;
export const UNITS = 40;
const GOAL_MS = 30_000;
const GOAL_MB = 1_024;

const unitName = (i: number) => `Trung tâm Y tế khu vực ${i + 1}`;

export function rows(): RawRow[] {
  return makeTasks(TASKS).map((task, i) => ({
    ...task,
    lead: unitName(i % UNITS),
    partners: unitName((i + 7) % UNITS),
  }));
}

/** Samples the resident set every few milliseconds while `work` runs; the highest seen, in MB. */
export async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: performance.now() - start, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

export const splitSection: Section = {
  name: "xlsx: split",
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), "bench-split-"));
    try {
      const master = join(dir, "so-theo-doi.xlsx");
      await writeTracker(rows(), master, { today: "2026-01-15", reportDate: "2026-06-30" });
      const before = process.memoryUsage().rss / 2 ** 20;
      const split = await withPeakRss(() => splitTracker(master, join(dir, "don-vi"), { sentAt: "2026-01-15", expandGroups: false }));
      const sizes = split.value.units.map((u) => statSync(u.file).size).sort((a, b) => a - b);
      const median = sizes[sizes.length >> 1];
      const tasks = split.value.units[0].tasks;
      return [
        {
          label: `split ${TASKS.toLocaleString("en")} tasks → ${split.value.units.length} units`,
          ms: split.ms,
          note: `goal under ${GOAL_MS / 1000} s: ${split.ms < GOAL_MS ? "met" : "missed"}`,
        },
        { label: "per unit workbook", ms: split.ms / split.value.units.length },
        {
          label: "peak memory (rss)",
          ms: null,
          note: `${Math.round(split.peakMb)} MB, ${Math.round(before)} MB before splitting (goal under ${GOAL_MB} MB: ${split.peakMb < GOAL_MB ? "met" : "missed"})`,
        },
        { label: "size of a unit workbook", ms: null, note: `${(median / 1024).toFixed(1)} KB (${tasks} tasks; all ${(sizes[0] / 1024).toFixed(1)}–${(sizes[sizes.length - 1] / 1024).toFixed(1)} KB)` },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
