// Slower test (~10 s): a province-wide tracker of 50,000 rows is read whole.
import ExcelJS from "exceljs";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { HEADERS, tempDir } from "./sheetFixtures";

const ROWS = 50_000;
jest.setTimeout(60_000);

describe("a 50,000-row tracker", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("reads every row, with its sheet row number, dates and cached formula results", async () => {
    const path = tmp.path("lon.xlsx");
    // The streaming writer keeps the fixture quick to make; the reader sees an ordinary .xlsx.
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    const sheet = writer.addWorksheet("Nhiệm vụ");
    sheet.addRow(HEADERS).commit();
    for (let i = 1; i <= ROWS; i++) {
      const row = sheet.addRow([
        `NV${i}`, "KH 01/KH-SYT", "Chung", (i % 12) + 1, `Nhiệm vụ số ${i}`, "Báo cáo", "Văn phòng Sở", "Thanh tra Sở", "",
        "Quý II/2026", new Date(Date.UTC(2026, 5, 30)), null, "Đang thực hiện", i % 101, null, "", "",
        { formula: `IF(M${i + 1}="","",1)`, result: "Trong hạn" },
      ]);
      row.getCell(11).numFmt = "dd/mm/yyyy";
      row.commit();
    }
    sheet.commit();
    await writer.commit();

    const tracker = await readTrackerFile(path);

    expect(tracker.rows).toHaveLength(ROWS);
    expect(tracker.rowNumbers[ROWS - 1]).toBe(ROWS + 1);
    expect(tracker.rows[ROWS - 1]).toEqual(expect.objectContaining({ id: `NV${ROWS}`, progress: ROWS % 101, state: "Trong hạn" }));
    expect((tracker.rows[123].due as Date).toISOString().slice(0, 10)).toBe("2026-06-30");
    expect(tracker.findings).toEqual([]);
  });
});
