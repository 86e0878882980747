// A table total row (Table Design › Total Row) is not a task: no command reads it as one, and new
// tasks go above it, each on its own row.
import { excelActions } from "../../src/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();

async function showTotals(): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem("BangNhiemVu").showTotals = true;
    await context.sync();
  });
}

describe("a tracker whose table shows its total row", () => {
  beforeEach(async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    await showTotals();
    expect(host().sheet("Nhiệm vụ").values("A6")).toEqual([["Total"]]);
  });

  it("reads only the tasks: tracking, check and summary never see a task called Total", async () => {
    const tracking = await excelActions.readTracking();
    expect(tracking.rows.map((r) => r.id)).toEqual(importedTasks(4).map((t) => t.id));
    const findings = await excelActions.runCheck();
    expect(findings.filter((f) => f.cell?.endsWith("6"))).toEqual([]);
    expect(findings.filter((f) => f.id === "Total")).toEqual([]);
    const summary = await excelActions.refreshSummary();
    expect(summary.summary.headline.text).toContain("/4 ");
  });

  it("appends new tasks above the total row, each with its own row, and the total row stays last", async () => {
    const result = await excelActions.createOrExtendTracker(importedTasks(6), 2026);
    expect(result).toMatchObject({ created: false, added: 2, skipped: 4 });
    const sheet = host().sheet("Nhiệm vụ");
    expect(sheet.values("A2:A8").map((r) => r[0])).toEqual([...importedTasks(6).map((t) => t.id), "Total"]);
    expect(sheet.values("E7")[0][0]).toBe(importedTasks(6)[5].title);
    expect(host().tables().find((t) => t.name === "BangNhiemVu")?.rowCount).toBe(6);
    // The rows read back are the six tasks, in order, none shifted onto its neighbour's row.
    const tracking = await excelActions.readTracking();
    expect(tracking.rows.map((r) => [r.id, r.cell])).toEqual(importedTasks(6).map((t, i) => [t.id, `A${i + 2}`]));
  });
});

it("the fake, like Excel, refuses a total row over cells that hold data", async () => {
  await excelActions.createOrExtendTracker(importedTasks(2), 2026);
  host().sheet("Nhiệm vụ").type("A4", [["ghi chú dưới bảng"]]);
  await expect(showTotals()).rejects.toMatchObject({ code: "InvalidOperation" });
  expect(host().sheet("Nhiệm vụ").values("A4")).toEqual([["ghi chú dưới bảng"]]);
});
