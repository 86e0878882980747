// Files too big or crafted to hurt: each is refused (or read) quickly with a Vietnamese message that
// says what is wrong, never "damaged" for "too big", never a crash. The files are made here, in memory.
import { writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { run as check } from "../../src/cli/commands/check";
import { run as summary } from "../../src/cli/commands/summary";
import { loadWorkbookBytes } from "../../src/xlsx/read/loadBytes";
import { readTrackerFile, readTrackerWorkbook } from "../../src/xlsx/readTracker";
import { runCommand } from "../cli/runCommand";
import { inflatingZip, millionRowsZip, odsZip } from "./hostileZips";
import { plainTracker, taskRow, tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const TOO_BIG = /quá lớn để đọc: .*Tệp không hỏng/;

describe("files too big to read", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("a sheet of 1,048,575 task rows is refused as too big (rows), not as damaged", async () => {
    const file = tmp.path("trieu-dong.xlsx");
    writeFileSync(file, millionRowsZip());
    for (const command of [check, summary]) {
      const result = await runCommand(command, [file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(TOO_BIG);
      expect(result.stderr).toMatch(/hơn 250\.000 dòng/);
      expect(result.stderr).not.toMatch(/bị hỏng/);
    }
  });

  it("a part that unpacks to 427 MB is refused by its declared size, before anything is unpacked", async () => {
    await expect(loadWorkbookBytes(inflatingZip(427), "bom.xlsx")).rejects.toMatchObject({ kind: "tooBig", message: expect.stringMatching(/vượt quá 300 MB/) });
  });

  it("a part that lies about its size is caught while unpacking", async () => {
    await expect(loadWorkbookBytes(inflatingZip(40, true), "bom-gia.xlsx")).rejects.toMatchObject({
      kind: "tooBig",
      message: expect.stringMatching(/dấu hiệu tệp bị làm giả/),
    });
  });

  it("one cell at XFD1048576 costs nothing: no table is said as such, and a tracker with one is read as usual", async () => {
    const lone = new ExcelJS.Workbook();
    lone.addWorksheet("Trang").getCell("XFD1048576").value = "x";
    await expect(loadWorkbookBytes(Buffer.from(await lone.xlsx.writeBuffer()), "o-xa.xlsx").then((wb) => readTrackerWorkbook(wb))).rejects.toMatchObject({ kind: "noTable" });

    const tracker = plainTracker(["NV01", "NV02"]);
    tracker.getWorksheet("Nhiệm vụ")!.getCell("XFD1048576").value = "cuối";
    const file = tmp.path("o-xa-so.xlsx");
    await tracker.xlsx.writeFile(file);
    const read = await readTrackerFile(file);
    expect(read.rows.map((r) => r.id)).toEqual(["NV01", "NV02"]);
    // The reader walks the rows stored, never creating the million in between.
    const loaded = await loadWorkbookBytes(Buffer.from(await tracker.xlsx.writeBuffer()), "o-xa-so.xlsx");
    readTrackerWorkbook(loaded);
    const stored = (loaded.getWorksheet("Nhiệm vụ") as unknown as { _rows: unknown[] })._rows.filter(Boolean).length;
    expect(stored).toBeLessThan(10);
  });

  it("an OpenDocument spreadsheet renamed .xlsx gets its own message", async () => {
    const file = tmp.path("bang.xlsx");
    writeFileSync(file, odsZip());
    const result = await runCommand(check, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/OpenDocument \(\.ods.*lưu thành "Excel 2007-365 \(\.xlsx\)"/);
  });
});

describe("text read as it shows", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("a zero-width space inside a deadline phrase does not make it unknown", async () => {
    const workbook = plainTracker([]);
    workbook.getWorksheet("Nhiệm vụ")!.addRow(taskRow("NV01", { deadlineText: "Quý I\u200bV/2026", due: new Date(Date.UTC(2026, 11, 31)) }));
    const file = tmp.path("zwsp.xlsx");
    await workbook.xlsx.writeFile(file);
    const result = await runCommand(check, [file, "--json"]);
    const rules = (JSON.parse(result.stdout) as { rule: string }[]).map((f) => f.rule);
    expect(rules).not.toContain("deadline-not-understood");
    expect((await readTrackerFile(file)).rows[0].deadlineText).toBe("Quý IV/2026");
  });

  it("=DATE(2026,1,1) no program computed reads as 1 January 2026, not as the year 2026", async () => {
    const workbook = plainTracker(["NV01"]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getCell("J2").value = { formula: "DATE(2026,1,1)" } as ExcelJS.CellFormulaValue;
    const file = tmp.path("date.xlsx");
    await workbook.xlsx.writeFile(file);
    const tracker = await readTrackerFile(file);
    expect(tracker.rows[0].deadlineText).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(tracker.findings).toEqual([]);
  });

  it("control characters in a cell never reach the terminal", async () => {
    const workbook = plainTracker([]);
    workbook.getWorksheet("Nhiệm vụ")!.addRow(taskRow("NV01", { title: "\u001b]0;bi chiem\u0007\u009b2J\u202eX\rẨn", status: "Xong" }));
    const file = tmp.path("escape.xlsx");
    await workbook.xlsx.writeFile(file);
    for (const args of [[file], [file, "--json"]]) {
      const result = await runCommand(check, args);
      expect(result.stdout + result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      expect(result.stdout).toContain("NV01");
    }
  });
});
