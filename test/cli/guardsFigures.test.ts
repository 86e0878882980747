// check guards the figures the workbook computes: a Đánh giá typed over, one that disagrees with the
// engine, a row typed under the table are findings at their cells, with the fix; signature lines below
// the table are never tasks.
import ExcelJS from "exceljs";
import { run as check } from "../../src/cli/commands/check";
import { run as summary } from "../../src/cli/commands/summary";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const task = (id: string, due: string, status = "Đang thực hiện"): RawRow => ({
  id,
  title: `Nhiệm vụ ${id} của năm`,
  lead: "Văn phòng Sở",
  deadlineText: "Năm 2026",
  due,
  status,
  progress: 10,
});
const INPUT = [task("NV01", "2026-03-31"), task("NV02", "2026-04-30"), task("NV03", "2026-12-31")];

interface Finding {
  cell: string;
  rule: string;
  severity: string;
  message: string;
  fix: { label: string } | null;
}

describe("check guards the figures", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  async function built(name: string, edit: (sheet: ExcelJS.Worksheet, letter: (field: "state" | "id") => string) => void): Promise<string> {
    const out = tmp.path(name);
    await writeTracker(INPUT, out, { today: TODAY, reportDate: TODAY });
    const tracker = await readTrackerFile(out);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    edit(workbook.getWorksheet(tracker.sheet)!, (field) => tracker.columnOf(field)!);
    await workbook.xlsx.writeFile(out);
    return out;
  }

  it("a Đánh giá typed over the formula is an error at its cell, naming what the row really is, with the fix", async () => {
    const file = await built("go-de.xlsx", (sheet, col) => {
      sheet.getCell(`${col("state")}2`).value = "Hoàn thành đúng hạn";
      sheet.getCell(`${col("state")}3`).value = "Hoàn thành đúng hạn";
    });
    const result = await runCommand(check, [file, "--json"]);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as Finding[]).filter((f) => f.rule === "derived-not-formula");
    const col = (await readTrackerFile(file)).columnOf("state");
    expect(findings.map((f) => f.cell)).toEqual([`${col}2`, `${col}3`]);
    expect(findings[0]).toMatchObject({ severity: "error", fix: { label: "Khôi phục công thức" } });
    expect(findings[0].message).toMatch(/gõ tay “Hoàn thành đúng hạn”.*đánh giá là “Quá hạn”/);
    // The summary says its figures are provisional while such rows remain.
    const totals = JSON.parse((await runCommand(summary, [file, "--json"])).stdout);
    expect(totals.headline.errors).toBe(2);
  });

  it("a Đánh giá whose last result disagrees with the engine is an error at its cell", async () => {
    const file = await built("khac.xlsx", (sheet, col) => {
      const cell = sheet.getCell(`${col("state")}2`);
      cell.value = { formula: String((cell.value as ExcelJS.CellFormulaValue).formula), result: "Trong hạn" } as ExcelJS.CellFormulaValue;
    });
    const findings = JSON.parse((await runCommand(check, [file, "--json"])).stdout) as Finding[];
    expect(findings.filter((f) => f.rule === "state-disagrees")).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringMatching(/hiển thị “Trong hạn” nhưng theo dữ liệu của dòng là “Quá hạn”/) }),
    ]);
  });

  it("a task typed right under the table (as LibreOffice leaves it) is an error saying to extend the table; signature lines are no tasks", async () => {
    const file = await built("duoi-bang.xlsx", (sheet) => {
      sheet.getRow(5).values = ["NV04", null, null, null, "Nhiệm vụ gõ dưới bảng", null, "Văn phòng Sở", null, null, "Quý III/2026"];
      sheet.getCell("A8").value = "Người lập biểu";
      sheet.getCell("E9").value = "Ngày 15/7/2026";
    });
    const result = await runCommand(check, [file, "--json"]);
    const findings = JSON.parse(result.stdout) as Finding[];
    expect(findings.filter((f) => f.rule === "row-outside-table")).toEqual([
      expect.objectContaining({ cell: "A5", severity: "error", message: expect.stringMatching(/Dòng 5 nằm dưới bảng nhiệm vụ \(bảng kết thúc ở dòng 4\).*mở rộng bảng/) }),
    ]);
    const tracker = await readTrackerFile(file);
    expect(tracker.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV04"]);
    expect(findings.some((f) => f.cell === "A8" || f.cell === "A9")).toBe(false);
  });

  it("a tracker built and left alone has no such finding", async () => {
    const file = await built("sach.xlsx", () => undefined);
    const findings = JSON.parse((await runCommand(check, [file, "--json"])).stdout) as Finding[];
    expect(findings.filter((f) => ["derived-not-formula", "state-disagrees", "row-outside-table"].includes(f.rule))).toEqual([]);
  });
});
