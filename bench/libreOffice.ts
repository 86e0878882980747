// Section "LibreOffice: recalculation": how much the tracker's formulas cost a reader who opens it in
// LibreOffice (headless, recalculating every formula on load, as after an edit): the time to open and
// save the live tracker against the same cells saved as plain values, at 2,000 and 10,000 tasks.
// Skipped (n/a) where soffice is not installed.
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { DEFAULT_WINDOW_DAYS } from "../src/core/judge";
import { DEFAULT_SCORING } from "../src/core/rating";
import type { RawRow, Task } from "../src/core/types";
import { DEFAULT_CATALOG } from "../src/core/units/preset";
import { buildTrackerPlan } from "../src/workbook/buildTrackerPlan";
import { repairLoadedTables } from "../src/xlsx/write/repairTables";
import { writePlanToFile } from "../src/xlsx/writePlan";
import { makeTasks } from "./fixtures";
import type { Row, Section } from "./section";

const SIZES = [2_000, 10_000];
const GOAL_RATIO = 3;
const run = promisify(execFile);

const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds LibreOffice takes to open `input` (recalculating every formula) and save it as .xlsx. */
async function openAndSave(input: string, outDir: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), "bench-lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALC);
  // A first start creates the profile; time only the second, warm one.
  const args = (target: string) => [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "xlsx", "--outdir", target, input];
  try {
    await run("soffice", args(join(outDir, "warm")), { timeout: 600_000 });
    const start = performance.now();
    await run("soffice", args(outDir), { timeout: 600_000 });
    return performance.now() - start;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The computed workbook with every formula replaced by its result: the same cells, nothing to calculate. */
async function asValues(computedPath: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(computedPath);
  repairLoadedTables(workbook);
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value)) {
          const result = cell.result as ExcelJS.CellValue;
          cell.value = result && typeof result === "object" && "error" in result ? null : (result ?? null);
        }
      }),
    ),
  );
  workbook.calcProperties.fullCalcOnLoad = false;
  await workbook.xlsx.writeFile(out);
}

function rawRow(task: Task): RawRow {
  return { ...task, partners: task.partners.join("; ") };
}

export const libreOfficeSection: Section = {
  name: "LibreOffice: recalculation",
  async run(): Promise<Row[]> {
    if (!hasSoffice()) return [{ label: "soffice not installed", ms: null }];
    const sizes = process.env.BENCH_LO_SIZES ? process.env.BENCH_LO_SIZES.split(",").map(Number) : SIZES;
    const rows: Row[] = [];
    for (const size of sizes) {
      const dir = mkdtempSync(join(tmpdir(), "bench-lo-"));
      try {
        const settings = { reportDate: "2026-06-30", windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING };
        const plan = buildTrackerPlan({ rows: makeTasks(size).map(rawRow), catalog: DEFAULT_CATALOG, settings, planYear: 2026 });
        const live = join(dir, "live.xlsx");
        await writePlanToFile(plan, live);
        const liveMs = await openAndSave(live, join(dir, "live-out"));
        const plain = join(dir, "plain.xlsx");
        await asValues(join(dir, "live-out", basename(live)), plain);
        const plainMs = await openAndSave(plain, join(dir, "plain-out"));
        const ratio = liveMs / plainMs;
        const n = size.toLocaleString("en");
        rows.push(
          { label: `open live tracker, ${n} tasks`, ms: liveMs },
          { label: `open as plain values, ${n} tasks`, ms: plainMs },
          { label: `live / plain, ${n} tasks`, ms: null, note: `${ratio.toFixed(2)}× (goal at most ${GOAL_RATIO}×: ${ratio <= GOAL_RATIO ? "met" : "missed"})` },
          { label: `recalculation, ${n} tasks`, ms: liveMs - plainMs },
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};
