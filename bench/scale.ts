// Section "files: scale and limits": the tracker commands as a user runs them (a process each, so
// peak memory is the command's own), on 10,000 and 50,000 tasks through build, check and summary,
// and on the hostile files of issue 15 (each must be refused within 5 s and 500 MB). Times include
// starting Node and tsx, shown once as "start-up".
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { inflatingZip, millionRowsZip } from "../test/xlsx/hostileZips";
import { plainTracker } from "../test/xlsx/sheetFixtures";
import { makeTasks } from "./fixtures";
import type { Row, Section } from "./section";

const ROOT = join(__dirname, "..");
const TSX_CLI = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function tracker(args: string[]): { ms: number; peakMb: number; code: number | null; stderr: string } {
  const start = performance.now();
  const child = spawnSync(process.execPath, [TSX_CLI, join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(ROOT, "bench/peakRss.cjs")}`.trim() },
  });
  const ms = performance.now() - start;
  const peak = /PEAK_RSS_KB (\d+)/.exec(child.stderr ?? "");
  return { ms, peakMb: peak ? Math.round(Number(peak[1]) / 1024) : NaN, code: child.status, stderr: child.stderr ?? "" };
}

function row(label: string, run: ReturnType<typeof tracker>, extra = ""): Row {
  return { label, ms: run.ms, note: `peak ${run.peakMb} MB, exit ${run.code}${extra}` };
}

export const scaleSection: Section = {
  name: "files: scale and limits",
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), "bench-scale-"));
    try {
      const rows: Row[] = [row("start-up (usage message)", tracker([]))];
      for (const count of [10_000, 50_000]) {
        const n = count.toLocaleString("en");
        const input = join(dir, `tasks-${count}.json`);
        const out = join(dir, `tracker-${count}.xlsx`);
        writeFileSync(input, JSON.stringify(makeTasks(count).map((t) => ({ ...t }))));
        rows.push(row(`build ${n} tasks`, tracker(["build", input, "--out", out, "--as-of", "2026-06-30"])));
        rows.push(row(`check ${n} tasks`, tracker(["check", out])));
        rows.push(row(`summary ${n} tasks`, tracker(["summary", out, "--json"])));
      }
      const million = join(dir, "trieu-dong.xlsx");
      writeFileSync(million, millionRowsZip());
      const bomb = join(dir, "bom.xlsx");
      writeFileSync(bomb, inflatingZip(427));
      const lying = join(dir, "bom-gia.xlsx");
      writeFileSync(lying, inflatingZip(427, true));
      const far = join(dir, "o-xa.xlsx");
      const farBook = plainTracker(["NV01", "NV02"]);
      farBook.getWorksheet("Nhiệm vụ")!.getCell("XFD1048576").value = "cuối";
      await farBook.xlsx.writeFile(far);
      const lone = join(dir, "o-xa-rieng.xlsx");
      const loneBook = new ExcelJS.Workbook();
      loneBook.addWorksheet("Trang").getCell("XFD1048576").value = "x";
      await loneBook.xlsx.writeFile(lone);
      for (const [label, file] of [
        ["1,048,575-row file refused", million],
        ["427 MB inflating file refused", bomb],
        ["file lying about its size refused", lying],
        ["far cell (XFD1048576) on a tracker", far],
        ["far cell alone (no table)", lone],
      ] as const) {
        rows.push(row(label, tracker(["check", file])));
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
