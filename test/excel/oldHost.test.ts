// Hosts below ExcelApi 1.8 (Office 2016/2019) get the same tracker without the features they lack.
import { excelActions } from "../../src/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

describe.each([
  ["1.4", { conditionalFormats: false, freezePanes: false, dataValidation: false, suspendScreenUpdating: false }],
  ["1.7", { conditionalFormats: true, freezePanes: true, dataValidation: false, suspendScreenUpdating: false }],
])("a host with ExcelApi %s only", (excelApi, expected) => {
  const host = useFakeExcel({ excelApi });

  it("reports what is unavailable", () => {
    expect(excelActions.capabilities()).toEqual(expected);
  });

  it("creates, extends, checks and summarises without throwing, leaving out only what the host lacks", async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await excelActions.createOrExtendTracker(importedTasks(8), 2026);
    const sheet = host().sheet("Nhiệm vụ");
    expect(host().tables()[0]).toMatchObject({ name: "BangNhiemVu", rowCount: 8 });
    expect(sheet.cell("R9").formula).toContain("TRIM([@[Tình trạng]])");
    expect(sheet.validations()).toEqual([]);
    expect(sheet.conditionalFormats().length).toBe(expected.conditionalFormats ? 6 : 0);
    expect(sheet.freeze).toEqual(expected.freezePanes ? { rows: 1, columns: 1 } : null);
    expect(host().syncs.some((s) => s.calculationSuspended)).toBe(false);

    await expect(excelActions.runCheck()).resolves.toEqual(expect.any(Array));
    await expect(excelActions.readTracking()).resolves.toMatchObject({ rows: expect.any(Array) });
    await expect(excelActions.refreshSummary()).resolves.toMatchObject({ chart: true });
    await excelActions.writeSettings({ reportDate: "2026-06-15", windowDays: 10 });
    expect(await excelActions.readSettings()).toEqual({ reportDate: "2026-06-15", windowDays: 10 });
  });
});
