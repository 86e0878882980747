// A rebuild keeps what users added around the table: tasks typed past a gap, a column past a blank
// column (values and notes), signature lines, notes on generated sheets, row heights and fonts.
import ExcelJS from "exceljs";
import { KEPT_TEXT } from "../../src/core/strings/cli";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { HEADERS, tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const task = (id: string): RawRow => ({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", due: "2026-12-31", status: "Đang thực hiện" });

describe("a rebuild loses nothing a user added", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("moves what it rewrites to where the user sees it, and says so", async () => {
    const out = tmp.path("so.xlsx");
    await writeTracker([task("NV01"), task("NV02"), task("NV03")], out, { today: TODAY });
    const before = await readTrackerFile(out);
    const lastColumn = Math.max(...before.headers!.map((h) => h.column));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(before.sheet)!;
    // A task typed at row 80, far below the table.
    sheet.getRow(80).values = HEADERS.map((h) => ({ "Mã NV": "NV09", "Nội dung nhiệm vụ": "Nhiệm vụ gõ xa bên dưới", "Đơn vị chủ trì": "Văn phòng Sở", "Thời hạn": "Quý III/2026" })[h] ?? null);
    // A column of the user's own, one blank column to the right of the table.
    const own = lastColumn + 2;
    sheet.getCell(1, own).value = "Cán bộ theo dõi";
    sheet.getCell(3, own).value = "Chị Lan";
    sheet.getCell(3, own).note = "Phụ trách từ tháng 7";
    // Signature lines under the table.
    sheet.getCell("A6").value = "Người lập biểu";
    sheet.getCell("E7").value = "Ngày 15/7/2026";
    // Looks: a taller row, a title in bold red.
    sheet.getRow(3).height = 42;
    sheet.getCell(`${before.columnOf("title")}2`).font = { bold: true, color: { argb: "FFFF0000" } };
    // Notes on generated sheets.
    workbook.getWorksheet("Tổng hợp")!.getCell("A70").value = "Số liệu đã gửi UBND ngày 10/7";
    workbook.getWorksheet("Hướng dẫn")!.getCell("A1").note = "Đọc kỹ trước khi nhập";
    workbook.getWorksheet("Kiểm tra")!.getCell("H3").value = "đã sửa";
    await workbook.xlsx.writeFile(out);

    const result = await writeTracker([task("NV01"), task("NV04")], out, { today: TODAY });
    expect(result.carried).toEqual(
      expect.objectContaining({ afterGap: [80], detached: ["Cán bộ theo dõi"], textRows: 2 }),
    );

    const after = await readTrackerFile(out);
    expect(after.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV09", "NV04"]);
    const ownColumn = after.extraColumns.find((c) => c.header === "Cán bộ theo dõi");
    expect(ownColumn).toBeDefined();
    const rebuilt = new ExcelJS.Workbook();
    await rebuilt.xlsx.readFile(out);
    const tasks = rebuilt.getWorksheet(after.sheet)!;
    expect(tasks.getCell(3, ownColumn!.column).value).toBe("Chị Lan");
    expect(tasks.getCell(3, ownColumn!.column).note).toBeTruthy();
    // Signature lines sit under the new table (5 tasks: rows 2–6), one blank row between, never tasks.
    expect(tasks.getCell("A8").value).toBe("Người lập biểu");
    expect(tasks.getCell("E9").value).toBe("Ngày 15/7/2026");
    expect(after.rows).toHaveLength(5);
    expect(tasks.getRow(3).height).toBe(42);
    expect(tasks.getCell(`${after.columnOf("title")}2`).font).toMatchObject({ bold: true, color: { argb: "FFFF0000" } });
    // Notes on generated sheets are on "Nội dung giữ lại", with where they came from.
    const kept = rebuilt.getWorksheet(KEPT_TEXT.sheet)!;
    const lines = kept.getSheetValues().slice(3).map((row) => (row as unknown[]).slice(1, 5));
    expect(lines).toEqual(
      expect.arrayContaining([
        ["Tổng hợp", "A70", "Số liệu đã gửi UBND ngày 10/7", ""],
        ["Hướng dẫn", "A1", "", "Đọc kỹ trước khi nhập"],
        ["Kiểm tra", "H3", "đã sửa", ""],
      ]),
    );

    // The next build moves nothing twice.
    await writeTracker([task("NV01")], out, { today: TODAY });
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(out);
    expect(again.getWorksheet(KEPT_TEXT.sheet)!.actualRowCount).toBe(kept.actualRowCount);
    expect((await readTrackerFile(out)).rows).toHaveLength(5);
  });
});
