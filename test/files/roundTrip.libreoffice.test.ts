// The email round trip as it happens: `build` a tracker, `split` it into unit copies, one unit fills in
// its copy in LibreOffice and saves it, another's copy is edited by a different .xlsx writer
// (openpyxl), the planner edits the master meanwhile, `merge` takes both returns back; then LibreOffice
// recalculates the merged master and every Đánh giá and per-unit figure equals the engine's.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { run as merge } from "../../src/cli/commands/merge";
import { run as split } from "../../src/cli/commands/split";
import { summariseTracker, summaryRecord } from "../../src/cli/commands/summary";
import { canonicalValue } from "../../src/core/roundtrip/canonical";
import { STATE_LABELS } from "../../src/core/strings/vi";
import { SUMMARY_TEXT } from "../../src/core/strings/workbook";
import type { TaskField } from "../../src/core/types";
import { TASK_SHEET } from "../../src/workbook/layout";
import { SUMMARY_SHEET } from "../../src/workbook/summarySheet";
import { readTrackerFile, type TrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { runCommand } from "../cli/runCommand";
import { fixtureRows } from "../workbook/fixture";
import { computed, loadXlsx, sheetValues } from "./computed";
import { convertToXlsx } from "./libreOffice";
import { groupRows, summaryBlock } from "./summaryBlocks";

const runFile = promisify(execFile);
const AS_OF = "2026-06-30";
const SCRIPTS = join(__dirname, "scripts");

type Edit = { sheet: string; cell: string } & ({ text: string } | { number: number } | { date: string });

let dir: string;
let master: string;
let merged: string;
let mergedTracker: TrackerFile;
let report: {
  applied: { id: string; field: string; from: string; to: string; file: string }[];
  conflicts: { id: string; field: string; master: string; returned: string; file: string }[];
  refused: { file: string; id: string; field: string | null; reason: string }[];
};
let copies: { unit: string; file: string; tasks: number }[];
let edited: { lo: { unit: string; ids: string[] }; py: { unit: string; ids: string[] } };
let returnBytes: Buffer[];
let returnFiles: string[];

/** Edits the copy with a real spreadsheet program or another .xlsx writer, as a unit would. */
async function editWith(script: "uno_edit.py" | "openpyxl_edit.py", file: string, edits: Edit[]): Promise<void> {
  const spec = `${file}.edits.json`;
  await writeFile(spec, JSON.stringify(edits));
  await runFile("/usr/bin/python3", [join(SCRIPTS, script), file, spec], { timeout: 150_000 });
  await rm(spec);
}

function cellOf(tracker: TrackerFile, index: number, field: TaskField): string {
  return tracker.cellOf(index, field);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-roundtrip-"));
  master = join(dir, "so-theo-doi.xlsx");
  merged = join(dir, "so-theo-doi-da-nhan.xlsx");
  await writeTracker(fixtureRows(), master, { today: AS_OF, reportDate: AS_OF });

  const out = await runCommand(split, [master, "--out", join(dir, "don-vi"), "--json"]);
  expect(out.code).toBe(0);
  copies = JSON.parse(out.stdout);
  const [a, b] = copies.filter((c) => c.tasks >= 2).slice(0, 2);

  // Unit A, in LibreOffice: finishes its first task on 20/6 and reports progress on the second.
  const copyA = await readTrackerFile(a.file);
  await editWith("uno_edit.py", a.file, [
    { sheet: TASK_SHEET, cell: cellOf(copyA, 0, "status"), text: "Hoàn thành" },
    { sheet: TASK_SHEET, cell: cellOf(copyA, 0, "progress"), number: 100 },
    { sheet: TASK_SHEET, cell: cellOf(copyA, 0, "doneDate"), date: "2026-06-20" },
    { sheet: TASK_SHEET, cell: cellOf(copyA, 0, "evidence"), text: "Báo cáo số 12/BC-SYT" },
    { sheet: TASK_SHEET, cell: cellOf(copyA, 1, "status"), text: "Đang thực hiện" },
    { sheet: TASK_SHEET, cell: cellOf(copyA, 1, "progress"), number: 50 },
  ]);

  // Unit B, with openpyxl: finishes a task on 5/7 and rewrites a title (not its column).
  const copyB = await readTrackerFile(b.file);
  await editWith("openpyxl_edit.py", b.file, [
    { sheet: TASK_SHEET, cell: cellOf(copyB, 0, "status"), text: "Hoàn thành" },
    { sheet: TASK_SHEET, cell: cellOf(copyB, 0, "progress"), number: 100 },
    { sheet: TASK_SHEET, cell: cellOf(copyB, 0, "doneDate"), date: "2026-07-05" },
    { sheet: TASK_SHEET, cell: cellOf(copyB, 1, "title"), text: "Tiêu đề do đơn vị tự sửa" },
  ]);
  edited = { lo: { unit: a.unit, ids: copyA.rows.map((r) => String(r.id)) }, py: { unit: b.unit, ids: copyB.rows.map((r) => String(r.id)) } };
  returnFiles = [a.file, b.file];
  returnBytes = await Promise.all(returnFiles.map((file) => readFile(file)));

  const result = await runCommand(merge, [master, a.file, b.file, "--out", merged, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  report = JSON.parse(result.stdout);
  mergedTracker = await readTrackerFile(merged);
  await convertToXlsx([merged], join(dir, "lo"), "always");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a round trip through a LibreOffice return and an openpyxl return", () => {
  it("applies exactly the units' own changes and refuses the rewritten title", () => {
    const [a0, a1] = edited.lo.ids;
    const [b0, b1] = edited.py.ids;
    const row = (id: string) => mergedTracker.rows.find((r) => String(r.id) === id)!;
    const value = (id: string, field: TaskField) => canonicalValue(field, row(id)[field]);
    // What each unit typed is in the master now (a cell already holding it was simply not a change).
    expect([value(a0, "status"), value(a0, "progress"), value(a0, "doneDate"), value(a0, "evidence")]).toEqual(["Hoàn thành", "100", "2026-06-20", "Báo cáo số 12/BC-SYT"]);
    expect([value(a1, "status"), value(a1, "progress")]).toEqual(["Đang thực hiện", "50"]);
    expect([value(b0, "status"), value(b0, "progress"), value(b0, "doneDate")]).toEqual(["Hoàn thành", "100", "2026-07-05"]);
    // Every applied change is one of those edits, and each edit that changed a cell is listed.
    const typed = new Set([
      `${a0}|status`, `${a0}|progress`, `${a0}|doneDate`, `${a0}|evidence`, `${a1}|status`, `${a1}|progress`,
      `${b0}|status`, `${b0}|progress`, `${b0}|doneDate`,
    ]);
    expect(report.applied.filter((c) => !typed.has(`${c.id}|${c.field}`))).toEqual([]);
    expect(report.applied.map((c) => `${c.id}|${c.field}`)).toEqual(expect.arrayContaining([`${a0}|doneDate`, `${a0}|evidence`, `${b0}|doneDate`]));
    expect(report.conflicts).toEqual([]);
    expect(report.refused).toEqual([expect.objectContaining({ id: b1, field: "title" })]);
    expect(row(b1).title).not.toBe("Tiêu đề do đơn vị tự sửa");
  });

  it("never modifies the returned files", async () => {
    const now = await Promise.all(returnFiles.map((file) => readFile(file)));
    now.forEach((bytes, i) => expect(bytes.equals(returnBytes[i])).toBe(true));
  });

  it("recalculates in LibreOffice to the engine's judgement of every row and every unit", async () => {
    const byLibreOffice = await loadXlsx(join(dir, "lo", "so-theo-doi-da-nhan.xlsx"));
    const record = summaryRecord(summariseTracker(mergedTracker, AS_OF));
    const sheet = byLibreOffice.getWorksheet(TASK_SHEET)!;
    const shown = record.tasks.map((t, i) => [computed(sheet.getCell(cellOf(mergedTracker, i, "id"))), computed(sheet.getCell(cellOf(mergedTracker, i, "state")))]);
    expect(shown).toEqual(record.tasks.map((t) => [t.id, STATE_LABELS[t.state]]));

    const units = groupRows(summaryBlock(sheetValues(byLibreOffice.getWorksheet(SUMMARY_SHEET)!, 12), SUMMARY_TEXT.unit));
    expect(units.map((r) => [r.label, ...r.figures.slice(0, 7)])).toEqual(
      record.units.map((u) => [u.unit, u.total, u.doneOnTime, u.doneLate, u.inProgress, u.dueSoon, u.overdue, u.ongoing]),
    );
  });
});
