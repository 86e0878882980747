// `npm run demo`: the yearly loop on the sample in samples/: import the directive, add the progress
// units reported by mid-July, build the tracker into out/, check it and print its summary.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { importText } from "../core/import/importDirective";
import { DEMO_TEXT } from "../core/strings/cli";
import { foldVietnamese, oneLine } from "../core/text";
import type { ImportedTask } from "../core/types";
import { DEFAULT_CATALOG } from "../core/units/preset";
import { readTrackerFile } from "../xlsx/readTracker";
import { run as build } from "./commands/build";
import { checkTracker } from "./commands/check";
import { run as summary } from "./commands/summary";
import { localToday } from "./format/args";
import { renderFindings } from "./format/findings";
import { printErr, printOut } from "./format/output";

const ROOT = resolve(__dirname, "../..");
const DIRECTIVE = join(ROOT, "samples", "ke-hoach-mau-2026.txt");
const PROGRESS = join(ROOT, "samples", "tien-do-mau-2026.json");
/** out/demo, or the folder given as the first argument (tests build the demo in a temporary folder). */
const OUT_DIR = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, "out", "demo");
const PLAN_YEAR = 2026;
/** Mid-year: some tasks done on time or late, some overdue, some due within the week. */
const REPORT_DATE = "2026-07-15";

interface ProgressEntry {
  /** Words of the task's title that pick it out. */
  match: string;
  [field: string]: unknown;
}

function withProgress(tasks: ImportedTask[], progress: ProgressEntry[]): { rows: Record<string, unknown>[]; unmatched: string[] } {
  const rows: Record<string, unknown>[] = tasks.map((t) => ({ ...t }));
  const key = (text: unknown) => foldVietnamese(oneLine(String(text ?? "")));
  const unmatched: string[] = [];
  for (const { match, ...fields } of progress) {
    const row = rows.find((r) => key(r.title).includes(key(match)));
    if (row) Object.assign(row, fields);
    else unmatched.push(match);
  }
  return { rows, unmatched };
}

async function main(): Promise<number> {
  printOut(DEMO_TEXT.title);
  const imported = importText(await readFile(DIRECTIVE, "utf8"), { catalog: DEFAULT_CATALOG, planYear: PLAN_YEAR });
  const progress = JSON.parse(await readFile(PROGRESS, "utf8")) as ProgressEntry[];
  const { rows, unmatched } = withProgress(imported.tasks, progress);
  if (unmatched.length > 0) printErr(DEMO_TEXT.unmatched(unmatched));

  await mkdir(OUT_DIR, { recursive: true });
  const input = join(OUT_DIR, "nhiem-vu-mau-2026.json");
  const out = join(OUT_DIR, "so-theo-doi-mau-2026.xlsx");
  await writeFile(input, JSON.stringify(rows, null, 2) + "\n");
  // Always a fresh tracker: building over the last run would keep its rows, not the sample's.
  await rm(out, { force: true });

  const shown = relative(process.cwd(), out) || out;
  const built = await build([relative(process.cwd(), input) || input, "--out", shown, "--as-of", REPORT_DATE]);
  if (built !== 0) return built;

  const findings = checkTracker(await readTrackerFile(out), localToday());
  const errors = findings.filter((f) => f.severity === "error").length;
  printOut("\n" + DEMO_TEXT.checked(errors, findings.length - errors));
  if (findings.length > 0) printOut(renderFindings(findings));
  printOut("");
  const summarised = await summary([shown]);
  printOut("\n" + DEMO_TEXT.built(out));
  printOut(DEMO_TEXT.openHint);
  return summarised;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    printErr(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
