// Tổng hợp is rebuilt from the current rows; its chart is created once and then follows the data.
import { excelActions } from "../../src/excel";
import { SUMMARY_TEXT } from "../../src/core/strings/workbook";
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
    // K..O: the score's working columns, the partner roles (issue 13 §3) last.
    expect(sheet.values(`A6:${columnLetter(lastUsed)}6`)[0].slice(8)).toEqual(["Điểm", "Xếp loại", ...new Array(5).fill(expect.stringMatching(/^Cột phụ/))]);
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

// Issue 13 §3: a unit's score weighs its partner roles by TrongSoPhoiHop, counted from Phân công's table;
// Excel refuses a formula naming a table the workbook lacks, so without it the formulas count leads only.
describe("refreshSummary and partner roles", () => {
  const tasks = [
    importedTask(0, { id: "P1", lead: "Phòng Nghiệp vụ Y", partners: ["Sở Tài chính"] }),
    importedTask(1, { id: "P2", lead: "Văn phòng Sở", partners: ["Phòng Nghiệp vụ Y"] }),
  ];
  const summaryFormulas = () => host().sheet(SUMMARY).formulas("A1:O40").flat().map(String);

  async function setWeight(weight: number) {
    const reference = host().names().find((n) => n.name === "TrongSoPhoiHop")!.reference;
    const [sheet, cell] = reference.replace(/^=/, "").split("!");
    host().sheet(sheet.replace(/^'|'$/g, "")).type(cell.replace(/\$/g, ""), [[weight]]);
  }

  it("with Phân công in the workbook and a weight above 0: lists the unit that only partners and counts partner roles there", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    await setWeight(0.5);
    await excelActions.refreshSummary();
    expect(unitColumn()).toEqual(["Phòng Nghiệp vụ Y", "Sở Tài chính", "Văn phòng Sở"]);
    const values = host().sheet(SUMMARY).values("A1:O40");
    const unitRow = values.findIndex((r) => r[0] === "Phòng Nghiệp vụ Y") + 1;
    const [score, , , , onTime, late, overdue] = host().sheet(SUMMARY).formulas(`I${unitRow}:O${unitRow}`)[0].map(String);
    expect(score).toContain("IFERROR(MAX(0,N(TrongSoPhoiHop)),0)*(M");
    for (const f of [onTime, late, overdue]) expect(f).toMatch(/^=IF\(.*>0,COUNTIFS\(BangPhanCong\[Đơn vị\],"="&\$A\d+,BangPhanCong\[Vai trò\],"Phối hợp",BangPhanCong\[Đánh giá\],/);
    expect(host().sheet(SUMMARY).formulas("A4")[0][0]).toContain("theo sheet Phân công");
  });

  it("without Phân công's table (the sheet deleted): writes no formula naming it, counts lead roles only and says so in A4", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    await setWeight(0.5);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Phân công").delete();
      await context.sync();
    });
    await excelActions.refreshSummary();
    expect(summaryFormulas().filter((f) => f.includes("BangPhanCong"))).toEqual([]);
    // The engine's unit list has the partner-only unit; the sheet, counting lead roles, does not.
    expect(unitColumn()).toEqual(["Phòng Nghiệp vụ Y", "Văn phòng Sở"]);
    expect(host().sheet(SUMMARY).formulas("A4")[0][0]).toBe(`=IFERROR(IF(N(TrongSoPhoiHop)>0,"${SUMMARY_TEXT.partnerWeightNote}",""),"")`);
  });

  it("with a Phân công column renamed by hand: names none of its columns either", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    const headers = host().tables().find((t) => t.name === "BangPhanCong")!;
    const scoreColumn = columnLetter(headers.headers.indexOf("Điểm"));
    host().sheet("Phân công").type(`${scoreColumn}1`, [["Điểm quy đổi"]]);
    await excelActions.refreshSummary();
    expect(summaryFormulas().filter((f) => f.includes("BangPhanCong"))).toEqual([]);
  });
});
