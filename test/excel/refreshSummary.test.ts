// Tổng hợp is rebuilt from the current rows; its chart is created once and then follows the data.
import { excelActions } from "../../src/excel";
import { columnLetter, parseRange } from "../../src/excel/a1";
import { importedTask, importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const SUMMARY = "Tổng hợp";

function unitColumn(): string[] {
  const values = host().sheet(SUMMARY).values("A1:A40").map((r) => String(r[0]));
  const start = values.indexOf("Theo đơn vị chủ trì") + 2;
  // The unit rows, without the closing "other" and totals rows (issue 13 §6).
  const end = values.indexOf("(Khác, chưa có dòng riêng)", start);
  return values.slice(start, end);
}

describe("refreshSummary", () => {
  it("lists one row per lead unit now in the table: a unit typed in since creation in, a unit no longer leading out", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    expect(unitColumn()).toContain("Phòng Kế hoạch - Tài chính");
    host().sheet("Nhiệm vụ").type("G2", [["Thanh tra Sở"]]); // the only task that unit led
    const result = await excelActions.refreshSummary();
    expect(unitColumn()).toEqual(["Phòng Nghiệp vụ Y", "Thanh tra Sở", "Trung tâm Kiểm soát bệnh tật", "Văn phòng Sở"]);
    expect(result.summary.units.map((u) => u.unit)).toContain("Thanh tra Sở");
    expect(result.chart).toBe(true);
  });

  it("creates the chart once; running again points it at the new rows instead of adding another", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    await excelActions.refreshSummary();
    const [chart] = host().sheet(SUMMARY).charts;
    expect(chart).toMatchObject({ name: "BieuDoDonVi", type: "ColumnClustered", seriesBy: "Columns" });
    const firstSource = chart.source;
    const header = chart.source.split("!")[1].replace(/\d+$/, chart.source.match(/A(\d+)/)![1]);
    expect(host().sheet(SUMMARY).values(header)).toEqual([["Đơn vị", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn"]]);
    await excelActions.createOrExtendTracker([importedTask(9, { id: "X1", lead: "Thanh tra Sở" })], 2026);
    await excelActions.refreshSummary();
    await excelActions.refreshSummary();
    const charts = host().sheet(SUMMARY).charts;
    expect(charts).toHaveLength(1);
    expect(charts[0].source).not.toBe(firstSource);
    expect(charts[0].source).toMatch(/^'Tổng hợp'!A6:D\d+$/);
  });

  it("places the chart two columns right of the last column the sheet uses, clear of every figure and working column", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    await excelActions.refreshSummary();
    const sheet = host().sheet(SUMMARY);
    const used = parseRange(sheet.usedAddress()!)!;
    const lastUsed = used.column + used.columnCount - 1;
    expect(sheet.values(`A6:${columnLetter(lastUsed)}6`)[0].slice(8)).toEqual(["Điểm", "Xếp loại", expect.stringMatching(/^Cột phụ/), expect.stringMatching(/^Cột phụ/)]);
    const { position } = sheet.charts[0];
    const start = parseRange(position!.start)!;
    const end = parseRange(position!.end!)!;
    expect([start.column, start.row]).toEqual([lastUsed + 2, 4]);
    expect(end.column - start.column).toBe(8);
  });

  it("rebuilds the sheet when it was deleted", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SUMMARY).delete();
      await context.sync();
    });
    await excelActions.refreshSummary();
    expect(host().sheetNames()).toContain(SUMMARY);
    expect(unitColumn().length).toBeGreaterThan(0);
  });
});
