import { copyFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { run as build } from "../../src/cli/commands/build";
import { run as check } from "../../src/cli/commands/check";
import { RECONCILE_TEXT } from "../../src/core/strings/merge";
import { run as merge } from "../../src/cli/commands/merge";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { workbookCells } from "../xlsx/workbookCells";
import { runCommand } from "./runCommand";
import { editTracker, writeMaster, writeUnitCopy } from "./unitCopyFixture";

jest.setTimeout(60_000);

const VP = "Văn phòng Sở";
const KHTC = "Phòng Kế hoạch - Tài chính";

const ROWS: RawRow[] = [
  { id: "NV01", title: "Xây dựng quy chế làm việc của Sở", lead: VP, deadlineText: "Quý III/2026", due: "2026-09-30", status: "Đang thực hiện", progress: 20 },
  { id: "NV02", title: "Rà soát thủ tục hành chính", lead: VP, deadlineText: "Năm 2026", due: "2026-12-31", status: "Chưa thực hiện", progress: 0 },
  { id: "NV03", title: "Báo cáo tình hình thực hiện dự toán", lead: KHTC, deadlineText: "20/7/2026", due: "2026-07-20", status: "Đang thực hiện", progress: 50 },
];

interface Report {
  applied: { id: string; field: string; from: string; to: string; file: string }[];
  conflicts: { id: string; field: string; master: string; returned: string; file: string }[];
  refused: { file: string; id: string; field: string | null; reason: string }[];
  backup: string | null;
}

const tmp = tempDir();
afterAll(() => tmp.remove());
let pristine: string;
let pristineCopy: string;
let n = 0;

beforeAll(async () => {
  pristine = tmp.path("goc.xlsx");
  await writeMaster(pristine, ROWS);
  pristineCopy = tmp.path("goc-van-phong.xlsx");
  await writeUnitCopy(pristine, VP, pristineCopy);
});

/** A fresh master and Văn phòng Sở's copy of it, in a folder of their own. */
function fresh(): { master: string; copy: string; dir: string } {
  n++;
  const master = tmp.path(`so-${n}.xlsx`);
  const copy = tmp.path(`van-phong-${n}.xlsx`);
  copyFileSync(pristine, master);
  copyFileSync(pristineCopy, copy);
  return { master, copy, dir: tmp.dir };
}

async function mergeJson(args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const result = await runCommand(merge, [...args, "--json"]);
  return { code: result.code, report: JSON.parse(result.stdout || "null"), stderr: result.stderr };
}

async function row(path: string, id: string): Promise<RawRow> {
  return (await readTrackerFile(path)).rows.find((r) => String(r.id) === id)!;
}

async function reconcileRows(path: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet("Đối chiếu")!;
  const rows: unknown[][] = [];
  sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe("tracker merge", () => {
  it("applies a unit's status, progress and completion date to the master's cells, exit 0", async () => {
    const { master, copy } = fresh();
    await editTracker(copy, [
      { id: "NV01", field: "status", value: "Hoàn thành" },
      { id: "NV01", field: "progress", value: 100 },
      { id: "NV01", field: "doneDate", value: new Date(Date.UTC(2026, 6, 10)) },
      { id: "NV01", field: "evidence", value: "Quyết định số 15/QĐ-SYT" },
    ]);
    const { code, report, stderr } = await mergeJson([master, copy]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(report.applied.map((a) => [a.id, a.field, a.to])).toEqual([
      ["NV01", "status", "Hoàn thành"],
      ["NV01", "progress", "100"],
      ["NV01", "doneDate", "2026-07-10"],
      ["NV01", "evidence", "Quyết định số 15/QĐ-SYT"],
    ]);
    const merged = await row(master, "NV01");
    expect(merged).toEqual(expect.objectContaining({ status: "Hoàn thành", progress: 100, evidence: "Quyết định số 15/QĐ-SYT" }));
    expect(merged.doneDate).toEqual(new Date(Date.UTC(2026, 6, 10)));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const tracker = await readTrackerFile(master);
    expect(workbook.getWorksheet(tracker.sheet)!.getCell(tracker.cellOf(0, "doneDate")).numFmt).toBe("dd/mm/yyyy");
    const report2 = await reconcileRows(master);
    expect(report2[1]).toEqual(["Ngày nhận", "Tệp", "Đơn vị", "Mã NV", "Cột", "Loại", "Giá trị trong sổ", "Giá trị đơn vị gửi", "Ghi chú"]);
    expect(report2.slice(2).map((r) => [r[3], r[4], r[5], r[7]])).toEqual(
      expect.arrayContaining([["NV01", "Ngày hoàn thành", "Đã cập nhật", "10/07/2026"]]),
    );
  });

  it("keeps the master's own later change where the unit left the cell alone", async () => {
    const { master, copy } = fresh();
    await editTracker(master, [{ id: "NV02", field: "note", value: "Sở đã nhắc ngày 1/6" }]);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 40 }]);
    const { code, report } = await mergeJson([master, copy]);
    expect(code).toBe(0);
    expect(report.applied.map((a) => a.id)).toEqual(["NV01"]);
    expect((await row(master, "NV02")).note).toBe("Sở đã nhắc ngày 1/6");
  });

  it("lists a cell both changed as a conflict, keeps the master's value and exits 1", async () => {
    const { master, copy } = fresh();
    await editTracker(master, [{ id: "NV01", field: "progress", value: 30 }]);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 60 }]);
    const text = await runCommand(merge, [master, copy, "--out", tmp.path(`xung-dot-${n}.xlsx`)]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Xung đột NV01 \(Tiến độ \(%\)\).*sổ giữ "30", đơn vị gửi "60"/);
    const { code, report } = await mergeJson([master, copy]);
    expect(code).toBe(1);
    expect(report.conflicts).toEqual([{ id: "NV01", field: "progress", master: "30", returned: "60", file: expect.stringMatching(/van-phong/) }]);
    expect((await row(master, "NV01")).progress).toBe(30);
  });

  it("refuses a changed title and a row the unit added, and lists them", async () => {
    const { master, copy: base } = fresh();
    const copy = tmp.path(`them-dong-${n}.xlsx`);
    await writeUnitCopy(master, VP, copy, {
      extraRows: [{ id: "NV99", title: "Nhiệm vụ đơn vị tự thêm", lead: VP, deadlineText: "Năm 2026", status: "Đang thực hiện" }],
    });
    expect(existsSync(base)).toBe(true);
    await editTracker(copy, [{ id: "NV02", field: "title", value: "Tiêu đề do đơn vị tự sửa" }]);
    const { code, report } = await mergeJson([master, copy]);
    expect(code).toBe(0);
    expect(report.refused.map((r) => [r.id, r.field])).toEqual([
      ["NV02", "title"],
      ["NV99", null],
    ]);
    expect(report.refused.every((r) => r.reason.length > 20)).toBe(true);
    const tracker = await readTrackerFile(master);
    expect(tracker.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03"]);
    expect((await row(master, "NV02")).title).toBe("Rà soát thủ tục hành chính");
  });

  it("refuses a copy of another tracker and a file that is no copy, changing no task", async () => {
    const { master } = fresh();
    const foreign = tmp.path(`so-khac-${n}.xlsx`);
    await writeUnitCopy(master, VP, foreign, { trackerId: "TD-0000000000000000" });
    await editTracker(foreign, [{ id: "NV01", field: "progress", value: 90 }]);
    const before = await readTrackerFile(master);
    const { code, report } = await mergeJson([master, foreign, pristine]);
    expect(code).toBe(0);
    expect(report.applied).toEqual([]);
    expect(report.refused.map((r) => r.file)).toEqual([expect.stringMatching(/so-khac/), "goc.xlsx"]);
    expect((await readTrackerFile(master)).rows).toEqual(before.rows);
  });

  it("writes nothing and exits 2 when no return can be read", async () => {
    const { master } = fresh();
    const bytes = readFileSync(master);
    const result = await runCommand(merge, [master, tmp.path("khong-co.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Không đọc được tệp gửi lại/);
    expect(readFileSync(master).equals(bytes)).toBe(true);
  });

  it("changes nothing when the same file is merged twice, and never modifies the returned file", async () => {
    const { master, copy } = fresh();
    await editTracker(copy, [
      { id: "NV01", field: "progress", value: 70 },
      { id: "NV02", field: "title", value: "Tiêu đề khác" },
    ]);
    const copyBytes = readFileSync(copy);
    const first = await mergeJson([master, copy]);
    expect(first.report.applied).toHaveLength(1);
    const cells = await workbookCells(master);
    const report = await reconcileRows(master);
    const second = await runCommand(merge, [master, copy]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Không có gì mới/);
    expect(await workbookCells(master)).toEqual(cells);
    expect(await reconcileRows(master)).toEqual(report);
    expect(readFileSync(copy).equals(copyBytes)).toBe(true);
  });

  it("takes the unit's second save of the same copy as an update, and refuses an older save after it", async () => {
    const { master, copy } = fresh();
    const older = tmp.path(`van-phong-cu-${n}.xlsx`);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 50 }], new Date(Date.UTC(2026, 4, 1)));
    copyFileSync(copy, older);
    await editTracker(older, [{ id: "NV01", field: "progress", value: 60 }], new Date(Date.UTC(2026, 4, 15)));
    expect((await mergeJson([master, copy])).report.applied).toHaveLength(1);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 80 }], new Date(Date.UTC(2026, 5, 1)));
    const later = await mergeJson([master, copy]);
    expect(later.code).toBe(0);
    expect(later.report.conflicts).toEqual([]);
    expect(later.report.applied.map((a) => [a.from, a.to])).toEqual([["50", "80"]]);
    const stale = await mergeJson([master, older]);
    expect(stale.report.refused).toEqual([expect.objectContaining({ file: expect.stringMatching(/van-phong-cu/), id: "" })]);
    expect(stale.report.refused[0].reason).toMatch(/bản cũ/);
    expect((await row(master, "NV01")).progress).toBe(80);
  });

  it("writes a backup beside the master before merging in place, never over an earlier one", async () => {
    const { master, copy } = fresh();
    const original = readFileSync(master);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 45 }]);
    const { report } = await mergeJson([master, copy]);
    expect(report.backup).toMatch(/so-\d+\.truoc-khi-nhan-\d{8}-\d{6}(-\d+)?\.xlsx$/);
    expect(readFileSync(report.backup!).equals(original)).toBe(true);
    await editTracker(copy, [{ id: "NV02", field: "progress", value: 10 }], new Date(Date.UTC(2026, 6, 1)));
    const again = await mergeJson([master, copy]);
    expect(again.report.backup).not.toBe(report.backup);
    expect(readFileSync(report.backup!).equals(original)).toBe(true);
  });

  it("with --out leaves the master untouched and writes no backup", async () => {
    const { master, copy, dir } = fresh();
    const bytes = readFileSync(master);
    const out = tmp.path(`da-nhan-${n}.xlsx`);
    await editTracker(copy, [{ id: "NV01", field: "status", value: "Hoàn thành" }]);
    const backups = () => readdirSync(dir).filter((f) => f.startsWith(`so-${n}.truoc`));
    const { code, report } = await mergeJson([master, copy, "--out", out]);
    expect(code).toBe(0);
    expect(report.backup).toBeNull();
    expect(backups()).toEqual([]);
    expect(readFileSync(master).equals(bytes)).toBe(true);
    expect((await row(out, "NV01")).status).toBe("Hoàn thành");
  });

  it("keeps the master's other sheets and user columns", async () => {
    const { master, copy } = fresh();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    workbook.addWorksheet("Ghi chép riêng").getCell("B2").value = "của người lập kế hoạch";
    await workbook.xlsx.writeFile(master);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 35 }]);
    await mergeJson([master, copy]);
    const after = await workbookCells(master);
    expect(after.find((s) => s.name === "Ghi chép riêng")!.cells).toEqual({ B2: JSON.stringify("của người lập kế hoạch") });
  });

  it("never replaces a sheet of the user's that is named Đối chiếu", async () => {
    const { master, copy } = fresh();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    workbook.addWorksheet("Đối chiếu").getCell("A1").value = "Đối chiếu số liệu với Sở Tài chính";
    await workbook.xlsx.writeFile(master);
    await editTracker(copy, [{ id: "NV01", field: "progress", value: 25 }]);
    expect((await mergeJson([master, copy])).code).toBe(0);
    const sheets = await workbookCells(master);
    expect(sheets.find((s) => s.name === "Đối chiếu")!.cells).toEqual({ A1: JSON.stringify("Đối chiếu số liệu với Sở Tài chính") });
    expect(Object.keys(sheets.find((s) => s.name === "Đối chiếu (2)")!.cells).length).toBeGreaterThan(10);
  });

  it("refuses a bad command line with the usage, exit 2", async () => {
    const result = await runCommand(merge, [tmp.path("so.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("tracker merge TRACKER.xlsx RETURN.xlsx... [--out MERGED.xlsx] [--json]");
  });
});

describe("tracker merge keeps Kiểm tra and Đối chiếu in step", () => {
  // NV01 is in progress at 100 % (a warning the unit fixes by reporting it done); NV02 names a partner the
  // catalog lacks (the master's own warning) and the unit reports it done without a date (an error it causes).
  const WARNED: RawRow[] = [
    { ...ROWS[0], progress: 100 },
    { ...ROWS[1], partners: "Phòng Không Có Trong Danh Mục" },
    ROWS[2],
  ];

  async function warnedMaster(): Promise<{ master: string; copy: string }> {
    n++;
    const master = tmp.path(`canh-bao-${n}.xlsx`);
    const copy = tmp.path(`canh-bao-van-phong-${n}.xlsx`);
    await writeMaster(master, WARNED);
    // As Excel saves it: each Đánh giá holds the result it computed (both rows "Trong hạn" on 15/07/2026).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(master);
    const tracker = await readTrackerFile(master);
    const sheet = workbook.getWorksheet(tracker.sheet)!;
    for (const i of [0, 1]) {
      const cell = sheet.getCell(tracker.cellOf(i, "state"));
      cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: "Trong hạn" };
    }
    await workbook.xlsx.writeFile(master);
    await writeUnitCopy(master, VP, copy);
    await editTracker(copy, [
      { id: "NV01", field: "status", value: "Hoàn thành" },
      { id: "NV01", field: "doneDate", value: new Date(Date.UTC(2026, 6, 10)) },
      { id: "NV01", field: "evidence", value: "Quyết định số 15/QĐ-SYT" },
      { id: "NV02", field: "status", value: "Hoàn thành" },
      { id: "NV02", field: "progress", value: 100 },
    ]);
    return { master, copy };
  }

  async function checkJson(path: string): Promise<string[]> {
    const result = await runCommand(check, [path, "--json"]);
    return (JSON.parse(result.stdout) as { id: string; rule: string }[]).map((f) => `${f.id} ${f.rule}`);
  }

  async function checkSheet(path: string): Promise<string[]> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const rows: string[] = [];
    workbook.getWorksheet("Kiểm tra")!.eachRow((r, number) => {
      if (number > 2 && r.getCell(4).text !== "") rows.push(`${r.getCell(3).text} ${r.getCell(4).text}`);
    });
    return rows;
  }

  it("rewrites Kiểm tra with what check finds in the merged file, and lists on Đối chiếu only what the return brought", async () => {
    const { master, copy } = await warnedMaster();
    const before = await checkJson(master);
    expect(before).toEqual(expect.arrayContaining(["NV01 progress-100-not-done", "NV02 partner-unknown"]));
    expect(before.some((f) => f.endsWith("state-disagrees"))).toBe(false);

    const out = tmp.path(`canh-bao-gop-${n}.xlsx`);
    const merged = await runCommand(merge, [master, copy, "--out", out, "--json"]);
    expect(merged.code).toBe(0);
    const after = await checkJson(out);
    expect(after).not.toContain("NV01 progress-100-not-done");
    expect(after).toEqual(expect.arrayContaining(["NV02 partner-unknown", "NV02 done-date-required"]));
    // The stored Đánh giá of a merged row judged its old values: it is recomputed on opening, not a finding.
    expect(after.some((f) => f.endsWith("state-disagrees"))).toBe(false);
    expect((await checkSheet(out)).sort()).toEqual([...after].sort());

    const report = JSON.parse(merged.stdout) as { findings: { id: string; message: string }[]; earlierFindings: number };
    expect(report.findings.map((f) => f.id)).toEqual(report.findings.map(() => "NV02"));
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.message.includes("Phòng Không Có"))).toBe(false);
    expect(report.earlierFindings).toBe(1);

    const lines = (await reconcileRows(out)).slice(2).filter((r) => r[5] === RECONCILE_TEXT.kinds.finding);
    expect(lines.filter((r) => r[3] === "NV02")).toHaveLength(report.findings.length);
    expect(lines.filter((r) => String(r[8]).includes("Phòng Không Có"))).toEqual([]);
    expect(lines.filter((r) => r[3] === null || r[3] === "" || r[3] === undefined).map((r) => r[8])).toEqual([
      RECONCILE_TEXT.earlierFindings(1, "Kiểm tra"),
    ]);
  });

  it("says in text how many findings are new and how many were there before", async () => {
    const { master, copy } = await warnedMaster();
    const text = await runCommand(merge, [master, copy, "--out", tmp.path(`canh-bao-text-${n}.xlsx`)]);
    expect(text.stdout).toMatch(/Sau khi nhận ".*canh-bao-van-phong.*": 1 lỗi, \d+ cảnh báo mới/);
    expect(text.stdout).toContain('1 lỗi/cảnh báo trên các nhiệm vụ vừa nhận đã có từ trước khi nhận: xem sheet "Kiểm tra".');
  });
});

describe("tracker build given a unit's returned copy", () => {
  it("refuses it and points to merge", async () => {
    const result = await runCommand(build, [pristineCopy, "--out", tmp.path("moi.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/tracker merge/);
    expect(existsSync(tmp.path("moi.xlsx"))).toBe(false);
  });
});
