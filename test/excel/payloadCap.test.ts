// Past Excel on the web's 5 MB cap, writes go in several requests and reads in slices; the workbook ends up the same.
import { excelActions } from "../../src/excel";
import { REQUEST_BUDGET, sliceRows, jsonBytes } from "../../src/excel/payload";
import { WriteBatch } from "../../src/excel/writeBatch";
import { queueSheetPlan } from "../../src/excel/writeSheet";
import type { SheetPlan } from "../../src/workbook/plan";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const CAPS = { conditionalFormats: true, freezePanes: true, dataValidation: true, suspendScreenUpdating: true };

describe("sliceRows", () => {
  it("keeps every slice under the budget and loses no row", () => {
    const rows = Array.from({ length: 500 }, (_, i) => [`dòng ${i}`, i, "x".repeat(i % 50)]);
    const slices = sliceRows(rows, 2_000);
    expect(slices.length).toBeGreaterThan(1);
    for (const slice of slices) expect(slice.bytes).toBeLessThanOrEqual(2_000);
    expect(slices.flatMap((s) => s.rows)).toEqual(rows);
    expect(slices.map((s) => s.start)).toEqual(slices.map((_, i) => slices.slice(0, i).reduce((n, s) => n + s.rows.length, 0)));
  });

  it("counts Vietnamese letters as the bytes they take", () => {
    expect(jsonBytes(["Đơn vị"])).toBe(new TextEncoder().encode(JSON.stringify(["Đơn vị"])).length);
  });
});

describe("a write larger than one request", () => {
  it("goes in several requests, each under the budget, with calculation suspended in each", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [`Nhiệm vụ ${i}`, i, { formula: `=B${i + 1}*2` }]);
    const plan: SheetPlan = {
      name: "Lớn",
      blocks: [{ topLeft: "A1", rows }],
      columns: [{ index: 1, width: 10, numberFormat: "0" }],
      styles: [],
      validations: [],
      conditionalFormats: [],
    };
    const budget = 8_000;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Lớn");
      const batch = new WriteBatch(context, false, budget);
      await queueSheetPlan(sheet, plan, CAPS, batch);
      await batch.flush();
    });
    const writes = host().syncs.filter((s) => s.changes > 0);
    // Several requests, each as full as it can be: no two neighbours would have fitted in one.
    expect(writes.length).toBeGreaterThan(2);
    for (let i = 1; i < writes.length; i++) expect(writes[i - 1].requestBytes + writes[i].requestBytes).toBeGreaterThan(budget);
    for (const sync of writes) {
      expect(sync.requestBytes).toBeLessThanOrEqual(budget + 2_000);
      expect(sync.calculationSuspended).toBe(true);
    }
    const sheet = host().sheet("Lớn");
    expect(sheet.formulas("A1:C400")).toEqual(rows.map((r, i) => [r[0], i, `=B${i + 1}*2`]));
  });
});

describe("a table too big for one response", () => {
  it("is read in slices and judged the same", async () => {
    await excelActions.createOrExtendTracker(importedTasks(300), 2026);
    const whole = await excelActions.readTracking();
    host().payloadLimit = 60_000;
    const syncsBefore = host().syncCount;
    const sliced = await excelActions.readTracking();
    expect(sliced).toEqual(whole);
    const syncs = host().syncs.slice(syncsBefore);
    expect(syncs.some((s) => s.failed)).toBe(true); // the one-load attempt, refused by the cap
    expect(syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 60_000)).toBe(true);
  });
});

describe("a pasted sheet too big for one response", () => {
  it("is read in slices, the same cells as in one piece", async () => {
    const rows = Array.from({ length: 400 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1}: xây dựng kế hoạch y tế cơ sở`, "Văn phòng Sở", "Quý III/2026"]);
    host().addSheet("Chỉ thị", true).type("B3", rows);
    const whole = await excelActions.readActiveSheet();
    expect(whole.cells).toHaveLength(400);
    host().payloadLimit = 8_000;
    const syncsBefore = host().syncCount;
    expect(await excelActions.readActiveSheet()).toEqual(whole);
    const syncs = host().syncs.slice(syncsBefore);
    expect(syncs[0].failed).toBe(true); // the one-load attempt, refused by the cap
    expect(syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 8_000)).toBe(true);
  });
});

describe("a big append", () => {
  it("sends Đánh giá and the helper columns once per column: 10,000 new rows in one request", async () => {
    await excelActions.createOrExtendTracker(importedTasks(10_000), 2026);
    const before = host().syncCount;
    await excelActions.createOrExtendTracker(importedTasks(10_000, 10_000), 2026);
    const syncs = host().syncs.slice(before);
    expect(syncs.filter((s) => s.changes > 0)).toHaveLength(1);
    expect(syncs).toHaveLength(3); // 2 reads, then the new rows
    const table = host().tables()[0];
    expect(table).toMatchObject({ rowCount: 20_000 });
    // Every new row has its own Đánh giá formula, the same one as the rows before it.
    const states = host().sheet("Nhiệm vụ").formulas(`R2:R${table.rowCount + 1}`).map(([f]) => f);
    expect(new Set(states).size).toBe(1);
    expect(String(states[0])).toMatch(/^=IF\(/);
  }, 60_000);

  it("fills its requests: every write request but the last carries two slices' worth", async () => {
    await excelActions.createOrExtendTracker(importedTasks(10), 2026);
    const before = host().syncCount;
    // Long titles: the values alone are past the 4 MB budget.
    const long = importedTasks(10_000, 10).map((task) => ({ ...task, title: `${task.title} ${"nội dung chi tiết ".repeat(30)}` }));
    await excelActions.createOrExtendTracker(long, 2026);
    const syncs = host().syncs.slice(before);
    const writes = syncs.filter((s) => s.changes > 0);
    expect(writes.length).toBeGreaterThan(1);
    for (const write of writes.slice(0, -1)) expect(write.requestBytes).toBeGreaterThan(0.9 * REQUEST_BUDGET);
    expect(host().tables()[0]).toMatchObject({ rowCount: 10_010 });
  }, 60_000);
});
