// Bad files through the commands themselves: a Vietnamese message on stderr and exit code 2, or
// findings at their cells; never a stack trace, never a file half written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run as build } from "../../src/cli/commands/build";
import { run as check } from "../../src/cli/commands/check";
import { run as summary } from "../../src/cli/commands/summary";
import { HEADERS, plainTracker, tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const FIXTURES = join(__dirname, "..", "xlsx", "fixtures");
const FINDING_KEYS = ["sheet", "cell", "id", "field", "rule", "severity", "message", "fix"];

describe("check and summary of files that are not usable trackers", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  async function saved(name: string, workbook: ExcelJS.Workbook): Promise<string> {
    await workbook.xlsx.writeFile(tmp.path(name));
    return tmp.path(name);
  }

  function noTable(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Danh sách").addRow(["STT", "Họ tên", "Điện thoại"]);
    return workbook;
  }

  function missingColumns(): ExcelJS.Workbook {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("NV");
    sheet.addRow(HEADERS.filter((h) => h !== "Đơn vị chủ trì" && h !== "Thời hạn"));
    sheet.addRow(["NV01", null, null, 1, "Nhiệm vụ một"]);
    return workbook;
  }

  it.each([
    ["a truncated .xlsx", async () => (writeFileSync(tmp.path("cut.xlsx"), Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(200, 1)])), tmp.path("cut.xlsx")), /bị hỏng/],
    ["a text file named .xlsx", async () => (writeFileSync(tmp.path("text.xlsx"), "Mã NV;Nội dung\n"), tmp.path("text.xlsx")), /không phải tệp Excel \.xlsx/],
    ["a real password-protected .xlsx", async () => join(FIXTURES, "mat-khau-x.xlsx"), /được đặt mật khẩu \(mã hóa\)/],
    ["an Excel 97-2003 file", async () => join(FIXTURES, "excel-97-2003.xls"), /Excel 97-2003 \(\.xls\)/],
    ["a workbook with no task table", () => saved("no-table.xlsx", noTable()), /Không tìm thấy bảng nhiệm vụ.*"Mã NV"/],
    ["a task table missing required columns", () => saved("missing.xlsx", missingColumns()), /thiếu cột bắt buộc: "Đơn vị chủ trì", "Thời hạn"/],
  ])("%s: exit 2, the reason in Vietnamese, no stack trace", async (_label, make, message) => {
    const file = await make();
    for (const command of [check, summary]) {
      for (const args of [[file], [file, "--json"]]) {
        const result = await runCommand(command, args);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr).toMatch(message);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      }
    }
  });

  it("formulas in data cells and merged cells are findings at their cells, and the summary still runs", async () => {
    const workbook = plainTracker(["NV01", "NV02", "NV03", "NV04"]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getCell("E2").value = { formula: 'A2&" (tính)"' } as ExcelJS.CellFormulaValue; // no cached value
    sheet.getCell("N3").value = { formula: "1/0", result: { error: "#DIV/0!" } } as unknown as ExcelJS.CellFormulaValue;
    sheet.getCell("N4").value = { formula: "40+20", result: 60 } as ExcelJS.CellFormulaValue; // a value: read as it shows
    sheet.mergeCells("G4:G5");
    const file = await saved("formulas.xlsx", workbook);
    writeFileSync(tmp.path("nothing-new.json"), JSON.stringify([{ id: "NV01", title: "Đã có", lead: "Văn phòng Sở", deadlineText: "Quý II/2026" }]));

    const result = await runCommand(check, [file, "--json"]);
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as Record<string, unknown>[];
    for (const finding of findings) expect(Object.keys(finding)).toEqual(FINDING_KEYS);
    const at = (cell: string) => findings.filter((f) => f.cell === cell).map((f) => [f.rule, f.severity]);
    expect(at("E2")).toContainEqual(["formula-without-value", "error"]);
    expect(at("N3")).toContainEqual(["cell-error", "error"]);
    expect(at("N4")).toEqual([]);
    expect(at("G4")).toContainEqual(["merged-cells", "warning"]);

    const totals = await runCommand(summary, [file, "--json", "--as-of", "2026-06-30"]);
    expect(totals.code).toBe(0);
    expect(JSON.parse(totals.stdout).tasks).toHaveLength(4);

    // An Excel table cannot hold a merge: build refuses, names it and the fix, and writes nothing.
    const bytes = readFileSync(file);
    const refused = await runCommand(build, [tmp.path("nothing-new.json"), "--out", file]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('trang "Nhiệm vụ", ô G4:G5');
    expect(refused.stderr).toContain("bỏ gộp các ô đó");
    expect(readFileSync(file).equals(bytes)).toBe(true);

    // Once the user unmerges, build rewrites the table: the formulas' values stay and the user is told which cells lost their formula.
    sheet.unMergeCells("G4:G5");
    await saved("formulas.xlsx", workbook);
    const rebuilt = await runCommand(build, [tmp.path("nothing-new.json"), "--out", file]);
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).toContain('3 ô có công thức trong bảng nhiệm vụ (trang "Nhiệm vụ": E2, N3, N4)');
  });
});

describe("build into a place it cannot write", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const input = tmp.path("tasks.json");
  writeFileSync(input, JSON.stringify([{ id: "NV01", title: "Báo cáo quý", lead: "Văn phòng Sở", deadlineText: "Quý II/2026" }]));

  it("a folder path through a file: exit 2, says the folder does not exist, writes nothing", async () => {
    writeFileSync(tmp.path("a-file"), "x");
    const result = await runCommand(build, [input, "--out", tmp.path("a-file/so.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/thư mục chứa tệp không tồn tại/);
    expect(readFileSync(tmp.path("a-file"), "utf8")).toBe("x");
  });

  it("a folder named like the file: exit 2, left as it was", async () => {
    const out = tmp.path("thu-muc.xlsx");
    mkdirSync(out);
    const result = await runCommand(build, [input, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/là một thư mục/);
    expect(existsSync(out)).toBe(true);
  });

  it("a password-protected file at --out: exit 2, the file byte for byte as it was", async () => {
    const out = tmp.path("mat-khau.xlsx");
    const bytes = readFileSync(join(FIXTURES, "mat-khau-x.xlsx"));
    writeFileSync(out, bytes);
    const result = await runCommand(build, [input, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không ghi đè.*được đặt mật khẩu/);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("a corrupt file at --out: exit 2, the file byte for byte as it was", async () => {
    const out = tmp.path("hong.xlsx");
    const bytes = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(300, 9)]);
    writeFileSync(out, bytes);
    const result = await runCommand(build, [input, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không ghi đè/);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});

