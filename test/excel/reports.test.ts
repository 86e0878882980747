// The reports in Excel: occurrences made at create, Phân công and the rating PivotTables (ExcelApi 1.8,
// degraded with a reason below), Chốt số liệu on Lịch sử with its trend chart, and the page setup
// (ExcelApi 1.9). Against the strict fake: what Excel would refuse fails here too.
import { excelActions } from "../../src/excel";
import { importedTask, importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const MONTHLY = importedTask(20, { id: "5", lead: "Trung tâm Kiểm soát bệnh tật", deadlineText: "Báo cáo trước ngày 15 hằng tháng", due: "2026-12-15", recurring: true });

function historyTitles(values: unknown[][]): string[] {
  return values.map((r) => r[0]).filter((v): v is string => typeof v === "string" && v.startsWith("Số liệu chốt"));
}

describe("reports in Excel (ExcelApi 1.17)", () => {
  const host = useFakeExcel();

  it("creates one row per month for a monthly obligation, and the Phân công table beside the tasks", async () => {
    const result = await excelActions.createOrExtendTracker([...importedTasks(3), MONTHLY], 2026);
    expect(result.added).toBe(15);
    const ids = host().sheet("Nhiệm vụ").values("A2:A16").map((r) => String(r[0]));
    expect(ids.slice(3)).toEqual(Array.from({ length: 12 }, (_, i) => `5.T${String(i + 1).padStart(2, "0")}`));
    expect(host().tables().map((t) => t.name)).toContain("BangPhanCong");
    const assignment = host().tables().find((t) => t.name === "BangPhanCong")!;
    expect(assignment.headers.slice(0, 4)).toEqual(["Mã NV", "Đơn vị", "Vai trò", "Tháng"]);
  });

  it("sets A4, one page wide and the repeated header row on the sheets it creates", async () => {
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    expect(host().sheet("Nhiệm vụ").pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
    });
    expect(host().sheet("Danh mục").pageLayout.paperSize).toBe("A4");
  });

  it("builds the rating PivotTables from Phân công, with the score filtered to the lead role; again gives the same two", async () => {
    await excelActions.createOrExtendTracker(importedTasks(6), 2026);
    const first = await excelActions.refreshRatings!();
    expect(first).toMatchObject({ pivots: true, notes: [] });
    await excelActions.refreshRatings!();
    const pivots = host().sheet("Xếp loại").pivots;
    expect(pivots.map((p) => p.name)).toEqual(["XepLoaiTrangThai", "XepLoaiDiem"]);
    expect(pivots[0]).toMatchObject({ source: "BangPhanCong", rows: ["Đơn vị", "Vai trò"], columns: ["Đánh giá"], data: [{ field: "Mã NV", summarizeBy: "Count" }] });
    expect(pivots[1]).toMatchObject({ rows: ["Đơn vị"], filters: ["Vai trò"], data: [{ field: "Điểm", summarizeBy: "Average" }], selected: { "Vai trò": ["Chủ trì"] } });
  });

  it("freezes the figures at the report date once per date, and draws the trend chart", async () => {
    await excelActions.createOrExtendTracker(importedTasks(6), 2026);
    await excelActions.writeSettings({ reportDate: "2026-06-30", windowDays: 7 });
    const first = await excelActions.freezeFigures!();
    expect(first).toMatchObject({ asOf: "2026-06-30", replaced: false, sheet: "Lịch sử", chart: true });
    const again = await excelActions.freezeFigures!();
    expect(again.replaced).toBe(true);
    const sheet = host().sheet("Lịch sử");
    expect(historyTitles(sheet.values())).toEqual(["Số liệu chốt đến ngày 30/06/2026"]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ name: "BieuDoLichSu", type: "LineMarkers" });

    await excelActions.writeSettings({ reportDate: "2026-03-31", windowDays: 7 });
    await excelActions.freezeFigures!();
    expect(historyTitles(host().sheet("Lịch sử").values())).toEqual(["Số liệu chốt đến ngày 31/03/2026", "Số liệu chốt đến ngày 30/06/2026"]);
  });
});

describe("reports on an older Excel (ExcelApi 1.7)", () => {
  const host = useFakeExcel({ excelApi: "1.7" });

  it("writes Phân công and says why there are no PivotTables; prints with Excel's defaults", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    expect(host().sheet("Nhiệm vụ").pageLayout.paperSize).toBe("Letter");
    const result = await excelActions.refreshRatings!();
    expect(result.pivots).toBe(false);
    expect(result.notes[0]).toMatch(/ExcelApi 1\.8/);
    expect(host().sheet("Xếp loại").pivots).toEqual([]);
    expect(host().sheet("Xếp loại").values("A3")[0][0]).toMatch(/Chèn > PivotTable/);
    expect(host().tables().map((t) => t.name)).toContain("BangPhanCong");
  });
});
