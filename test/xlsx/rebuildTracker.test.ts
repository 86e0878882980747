import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "./sheetFixtures";
import { workbookCells } from "./workbookCells";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";

function task(id: string, title: string, lead: string, due: string): RawRow {
  return { id, title, lead, deadlineText: "Năm 2026", due, status: "Chưa thực hiện", progress: 0 };
}

const INPUT: RawRow[] = [
  task("NV01", "Xây dựng quy chế làm việc", "Văn phòng Sở", "2026-03-31"),
  task("NV02", "Báo cáo dự toán 6 tháng", "Phòng Kế hoạch - Tài chính", "2026-07-20"),
  task("NV03", "Kiểm tra chất lượng bệnh viện", "Phòng Nghiệp vụ Y", "2026-06-30"),
];

describe("building over an existing tracker", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("gives the same workbook when built twice from the same input", async () => {
    const out = tmp.path("hai-lan.xlsx");
    await writeTracker(INPUT, out, { today: TODAY, reportDate: "2026-07-15" });
    const first = await workbookCells(out);
    const result = await writeTracker(INPUT, out, { today: TODAY });
    expect(result).toEqual(expect.objectContaining({ rebuilt: true, kept: 3, added: 0, reportDate: "2026-07-15" }));
    expect(await workbookCells(out)).toEqual(first);
  });

  it("gives the same bytes when built twice, apart or over the first", async () => {
    const first = tmp.path("lan-1.xlsx");
    const second = tmp.path("lan-2.xlsx");
    await writeTracker(INPUT, first, { today: TODAY, reportDate: "2026-07-15" });
    await new Promise((resolve) => setTimeout(resolve, 2100)); // past the 2-second step of zip times
    await writeTracker(INPUT, second, { today: TODAY, reportDate: "2026-07-15" });
    const bytes = readFileSync(first);
    expect(readFileSync(second).equals(bytes)).toBe(true);
    await writeTracker(INPUT, second, { today: TODAY });
    expect(readFileSync(second).equals(bytes)).toBe(true);
  });

  it("keeps users' columns, entries, notes and sheets, appends new tasks, and stays stable on the next build", async () => {
    const out = tmp.path("nguoi-dung.xlsx");
    await writeTracker(INPUT, out, { today: TODAY });

    // What a unit does with the file: fills in progress, adds its own column and a note, adds a sheet.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    const tracker = await readTrackerFile(out);
    const col = (field: "status" | "progress" | "doneDate" | "title") => tracker.columnOf(field)!;
    sheet.getCell(`${col("status")}3`).value = "Hoàn thành";
    sheet.getCell(`${col("progress")}3`).value = 100;
    sheet.getCell(`${col("doneDate")}3`).value = new Date(Date.UTC(2026, 6, 10));
    sheet.getCell("S1").value = "Cán bộ theo dõi";
    sheet.getCell("S2").value = "Chị Lan";
    sheet.getCell("S4").value = "Anh Minh";
    sheet.getCell(`${col("title")}4`).note = "Đã nhắc đơn vị ngày 01/7";
    const own = workbook.addWorksheet("Ghi chép");
    own.getCell("A1").value = "Họp giao ban 02/7";
    await workbook.xlsx.writeFile(out);

    const changed = [{ ...INPUT[0], title: "Tiêu đề đã sửa trong văn bản mới" }, INPUT[1], INPUT[2], task("NV04", "Nhiệm vụ bổ sung", "Thanh tra Sở", "2026-09-30")];
    const result = await writeTracker(changed, out, { today: TODAY });
    // NV01 of the new plan is another task (its title differs): added under a new Mã NV and listed, never dropped.
    expect(result).toEqual(expect.objectContaining({ rebuilt: true, kept: 3, added: 2, total: 5 }));
    expect(result.renamed).toEqual([{ from: "NV01", to: "NV01 (2)", title: "Tiêu đề đã sửa trong văn bản mới" }]);

    const rebuilt = await readTrackerFile(out);
    expect(rebuilt.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV01 (2)", "NV04"]);
    expect(rebuilt.rows[0].title).toBe("Xây dựng quy chế làm việc");
    expect(rebuilt.rows[3].title).toBe("Tiêu đề đã sửa trong văn bản mới");
    expect(rebuilt.rows[1]).toEqual(expect.objectContaining({ status: "Hoàn thành", progress: 100 }));
    expect(rebuilt.extraColumns.map((c) => c.header)).toEqual(["Cán bộ theo dõi"]);
    expect(rebuilt.extras).toEqual([["Chị Lan"], [null], ["Anh Minh"], [null], [null]]);

    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    expect(after.worksheets.map((s) => s.name)).toContain("Ghi chép");
    expect(after.getWorksheet("Ghi chép")!.getCell("A1").value).toBe("Họp giao ban 02/7");
    const note = after.getWorksheet("Nhiệm vụ")!.getCell(`${col("title")}4`).note;
    expect(JSON.stringify(note)).toContain("Đã nhắc đơn vị ngày 01/7");

    const once = await workbookCells(out);
    await writeTracker(changed, out, { today: TODAY });
    expect(await workbookCells(out)).toEqual(once);
  });

  it("gives user columns that repeat a header their own name, as an Excel table requires", async () => {
    const out = tmp.path("trung-tieu-de.xlsx");
    await writeTracker(INPUT, out, { today: TODAY });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getCell("S1").value = "Tình trạng";
    sheet.getCell("T1").value = "Ý kiến";
    sheet.getCell("U1").value = "ý kiến";
    sheet.getCell("S2").value = "đã báo cáo";
    await workbook.xlsx.writeFile(out);

    await writeTracker(INPUT, out, { today: TODAY });
    const rebuilt = await readTrackerFile(out);
    expect(rebuilt.extraColumns.map((c) => c.header)).toEqual(["Tình trạng 2", "Ý kiến", "ý kiến 2"]);
    expect(rebuilt.extras[0][0]).toBe("đã báo cáo");
    expect(rebuilt.rows[0].status).toBe("Chưa thực hiện");
  });

  it("writes a user's formulas in the table back as the values they showed, and says which cells", async () => {
    const out = tmp.path("cong-thuc.xlsx");
    await writeTracker(INPUT, out, { today: TODAY });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    const tracker = await readTrackerFile(out);
    const progress = tracker.columnOf("progress")!;
    // The first column right of the table (the task columns and the tracker's helper columns).
    const user = String.fromCharCode(64 + sheet.getRow(1).cellCount + 1);
    sheet.getCell(`${progress}2`).value = { formula: "30+20", result: 50 } as ExcelJS.CellFormulaValue;
    sheet.getCell(`${user}1`).value = "Còn lại (%)";
    sheet.getCell(`${user}2`).value = { formula: `100-${progress}2`, result: 50 } as ExcelJS.CellFormulaValue;
    sheet.getCell(`${user}3`).value = "ghi tay";
    await workbook.xlsx.writeFile(out);
    expect((await readTrackerFile(out)).formulaCells).toEqual([`${progress}2`, `${user}2`]);

    const result = await writeTracker(INPUT, out, { today: TODAY });
    expect(result.formulasAsValues).toEqual({ sheet: "Nhiệm vụ", cells: [`${progress}2`, `${user}2`] });
    const rebuilt = await readTrackerFile(out);
    expect(rebuilt.rows[0].progress).toBe(50);
    expect(rebuilt.extras.map((values) => values[0])).toEqual([50, "ghi tay", null]);
    expect(rebuilt.formulaCells).toEqual([]);
    expect((await writeTracker(INPUT, out, { today: TODAY })).formulasAsValues.cells).toEqual([]);
  });

  it("refuses to overwrite a file at --out that is not a tracker, and leaves it as it was", async () => {
    const out = tmp.path("bang-luong.xlsx");
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Lương").addRow(["Họ tên", "Lương"]);
    await other.xlsx.writeFile(out);
    const before = readFileSync(out);
    await expect(writeTracker(INPUT, out, { today: TODAY })).rejects.toThrow(/không phải sổ theo dõi nhiệm vụ nên không ghi đè/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it("refuses to update a tracker holding a chart or PivotTable, which rewriting would drop", async () => {
    const out = tmp.path("co-bieu-do.xlsx");
    await writeTracker(INPUT, out, { today: TODAY });
    // A zip entry name as Excel stores a PivotTable part (names are plain text in the zip).
    writeFileSync(out, Buffer.concat([readFileSync(out), Buffer.from("xl/pivotTables/pivotTable1.xml", "latin1")]));
    const before = readFileSync(out);
    await expect(writeTracker(INPUT, out, { today: TODAY })).rejects.toThrow(/PivotTable[\s\S]*chưa ghi gì vào tệp|chưa ghi gì vào tệp[\s\S]*PivotTable/);
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it("refuses to overwrite a password-protected file at --out", async () => {
    const out = tmp.path("mat-khau.xlsx");
    writeFileSync(out, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    await expect(writeTracker(INPUT, out, { today: TODAY })).rejects.toThrow(/mật khẩu/);
  });
});
