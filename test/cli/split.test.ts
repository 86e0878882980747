import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { run as build } from "../../src/cli/commands/build";
import { run as split } from "../../src/cli/commands/split";
import { UNIT_FIELDS } from "../../src/core/roundtrip/types";
import { PROPOSAL_HEADERS, SENT_SHEET_TEXT } from "../../src/core/strings/roundtrip";
import type { CellValue } from "../../src/core/types";
import { TASK_SHEET } from "../../src/workbook/layout";
import { readSentCells } from "../../src/workbook/roundtrip/sentSheet";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { plainTracker, tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(60_000);

type Copy = { unit: string; file: string; tasks: number };

const tmp = tempDir();
afterAll(() => tmp.remove());

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

function values(sheet: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    out[r - 1] = (row.values as CellValue[]).slice(1).map((v) => (v === undefined ? null : v));
  });
  return Array.from(out, (row) => row ?? []);
}

describe("tracker split: one workbook per lead unit", () => {
  const master = tmp.path("so-theo-doi.xlsx");
  let copies: Copy[];

  beforeAll(async () => {
    expect((await runCommand(build, ["samples/ke-hoach-mau-2026.txt", "--out", master, "--year", "2026"])).code).toBe(0);
    const result = await runCommand(split, [master, "--out", tmp.path("don-vi"), "--json"]);
    expect(result.code).toBe(0);
    copies = JSON.parse(result.stdout);
  });

  it("puts every task of the master in exactly its lead unit's copy, and the copy's count is its table's", async () => {
    const tracker = await readTrackerFile(master);
    const seen = new Map<string, string>();
    for (const copy of copies) {
      const read = await readTrackerFile(copy.file);
      expect(read.rows).toHaveLength(copy.tasks);
      for (const row of read.rows) {
        expect(row.lead).toBe(copy.unit);
        expect(seen.has(String(row.id))).toBe(false);
        seen.set(String(row.id), copy.unit);
      }
      expect(read.settings.trackerId).toBe(tracker.settings.trackerId);
      expect(read.extraColumns.map((c) => c.header)).toEqual([PROPOSAL_HEADERS.proposedDue, PROPOSAL_HEADERS.reason]);
    }
    expect([...seen.keys()].sort()).toEqual(tracker.rows.map((r) => String(r.id)).sort());
    expect(readdirSync(tmp.path("don-vi")).sort()).toEqual(copies.map((c) => c.file.split("/").pop()).sort());
    expect(copies.map((c) => c.file).every((f) => /^[a-z0-9-]+\.xlsx$/.test(f.split("/").pop()!))).toBe(true);
  });

  it("keeps the record of what was sent in a very hidden sheet that reads back", async () => {
    const copy = copies[0];
    const workbook = await load(copy.file);
    const sheet = workbook.getWorksheet(SENT_SHEET_TEXT.sheet)!;
    expect(sheet.state).toBe("veryHidden");
    const record = readSentCells(values(sheet));
    expect(record).toEqual(expect.objectContaining({ unit: copy.unit, master: "so-theo-doi.xlsx" }));
    expect(record!.rows).toHaveLength(copy.tasks);
  });

  it("protects the task sheet and leaves the unit's columns open on its rows, the rest locked", async () => {
    const copy = copies.find((c) => c.tasks >= 2)!;
    const workbook = await load(copy.file);
    const sheet = workbook.getWorksheet(TASK_SHEET)!;
    expect((sheet as ExcelJS.Worksheet & { sheetProtection?: unknown }).sheetProtection).toEqual(expect.objectContaining({ sheet: true }));
    const tracker = await readTrackerFile(copy.file);
    const locked = (field: Parameters<typeof tracker.cellOf>[1]) => sheet.getCell(tracker.cellOf(1, field)).protection?.locked !== false;
    for (const field of UNIT_FIELDS) expect(locked(field)).toBe(false);
    for (const field of ["id", "title", "lead", "deadlineText", "due", "extendedDue", "state"] as const) expect(locked(field)).toBe(true);
    for (const { column } of tracker.extraColumns) expect(sheet.getCell(tracker.rowNumbers[1], column).protection?.locked).toBe(false);
    expect(sheet.getCell(1, tracker.columns.status!).protection?.locked).not.toBe(false);
    expect(workbook.getWorksheet("Bản cam kết")!.pageSetup).toEqual(expect.objectContaining({ paperSize: 9, fitToWidth: 1, fitToHeight: 0 }));
  });

  it("text mode says one line per unit with its file", async () => {
    const result = await runCommand(split, [master, "--out", tmp.path("lan-2")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Phòng Kế hoạch - Tài chính: 3 nhiệm vụ");
    expect(result.stdout.trim().split("\n")).toHaveLength(copies.length + 1);
  });
});

describe("tracker split with tasks led by a group", () => {
  const master = tmp.path("nhom.xlsx");
  const input = tmp.path("nhom.json");

  beforeAll(async () => {
    writeFileSync(
      input,
      JSON.stringify([
        { id: "7", title: "Rà soát giá dịch vụ khám bệnh", lead: "Các bệnh viện tuyến tỉnh", deadlineText: "Năm 2026", due: "2026-12-31" },
        { id: "8", title: "Báo cáo dự toán", lead: "Phòng Kế hoạch - Tài chính", deadlineText: "Quý II/2026", due: "2026-06-30" },
      ]),
    );
    expect((await runCommand(build, [input, "--out", master])).code).toBe(0);
  });

  it("without --expand-groups sends the group's task to nobody and says how to", async () => {
    const result = await runCommand(split, [master, "--out", tmp.path("khong-tach"), "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).map((c: Copy) => c.unit)).toEqual(["Phòng Kế hoạch - Tài chính"]);
    expect(result.stderr).toContain("Nhiệm vụ 7");
    expect(result.stderr).toContain("--expand-groups");
    expect((await readTrackerFile(master)).rows).toHaveLength(2);
  });

  it("with --expand-groups adds 7.1… to the master (after a backup), sends each member its row, and a second run adds nothing", async () => {
    const first = await runCommand(split, [master, "--out", tmp.path("tach"), "--expand-groups"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("7.1 (Bệnh viện Đa khoa tỉnh)");
    const rows = (await readTrackerFile(master)).rows;
    expect(rows.map((r) => String(r.id))).toEqual(["7", "8", "7.1", "7.2", "7.3", "7.4", "7.5"]);
    expect(readdirSync(tmp.dir).some((f) => f.startsWith("nhom.ban-sao-"))).toBe(true);
    const hospital = await readTrackerFile(tmp.path("tach/benh-vien-da-khoa-tinh.xlsx"));
    expect(hospital.rows.map((r) => r.id)).toEqual(["7.1"]);

    const second = await runCommand(split, [master, "--out", tmp.path("tach"), "--expand-groups", "--json"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toHaveLength(6);
    expect((await readTrackerFile(master)).rows).toHaveLength(7);
    expect(second.stderr).not.toContain("--expand-groups");
  });
});

describe("tracker split on a master built before MaSoTheoDoi, and on bad input", () => {
  it("gives the master its id first, after a backup copy, and says so", async () => {
    const old = tmp.path("cu.xlsx");
    await plainTracker(["NV01", "NV02"]).xlsx.writeFile(old);
    const result = await runCommand(split, [old, "--out", tmp.path("cu")]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("cu.ban-sao-");
    const id = (await readTrackerFile(old)).settings.trackerId;
    expect(id).toMatch(/^TD-/);
    const [copy] = readdirSync(tmp.path("cu"));
    expect((await readTrackerFile(tmp.path(`cu/${copy}`))).settings.trackerId).toBe(id);
  });

  it("exits 2 naming the file when the tracker is missing, and when --out is a file", async () => {
    const missing = await runCommand(split, [tmp.path("khong-co.xlsx"), "--out", tmp.path("x")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("khong-co.xlsx");
    const file = tmp.path("tep.txt");
    writeFileSync(file, "x");
    const notDir = await runCommand(split, [tmp.path("so-theo-doi.xlsx"), "--out", file]);
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toContain("tep.txt");
    const usage = await runCommand(split, [tmp.path("so-theo-doi.xlsx")]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("tracker split");
  });
});
