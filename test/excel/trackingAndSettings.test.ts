// Settings in the named cells, rows judged as of the report date, navigation and reading a pasted sheet.
import { excelActions } from "../../src/excel";
import { importedTask } from "./factories";
import { TODAY, useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";

async function tracker(): Promise<void> {
  await excelActions.createOrExtendTracker(
    [
      importedTask(0, { id: "A", due: "2026-06-01", lead: "Văn phòng Sở" }), // overdue as of 30/6
      importedTask(1, { id: "B", due: "2026-07-03", lead: "Văn phòng Sở" }), // due soon
      importedTask(2, { id: "C", due: "2026-09-30", lead: "Phòng Nghiệp vụ Y" }), // within deadline
      importedTask(3, { id: "D", due: null, deadlineText: "Thường xuyên", lead: "Phòng Nghiệp vụ Y" }), // ongoing
    ],
    2026,
  );
}

describe("settings", () => {
  it("round-trips a fixed report date and the window, and back to =TODAY()", async () => {
    await tracker();
    await excelActions.writeSettings({ reportDate: "2026-06-15", windowDays: 14 });
    expect(await excelActions.readSettings()).toEqual({ reportDate: "2026-06-15", windowDays: 14 });
    await excelActions.writeSettings({ reportDate: null, windowDays: 7 });
    expect(await excelActions.readSettings()).toEqual({ reportDate: null, windowDays: 7 });
  });

  it("gives the defaults on a workbook without a tracker, and refuses to write there", async () => {
    expect(await excelActions.readSettings()).toEqual({ reportDate: null, windowDays: 7 });
    await expect(excelActions.writeSettings({ reportDate: null, windowDays: 7 })).rejects.toMatchObject({ code: "NoSettings" });
  });

  it.each([
    [{ reportDate: null, windowDays: -1 }, "BadWindow"],
    [{ reportDate: null, windowDays: 2.5 }, "BadWindow"],
    [{ reportDate: "30/06/2026", windowDays: 7 }, "BadDate"],
  ])("rejects %j", async (settings, code) => {
    await tracker();
    await expect(excelActions.writeSettings(settings)).rejects.toMatchObject({ code });
  });
});

describe("readTracking", () => {
  it("judges every row as of =TODAY() (the day Excel computes) and summarises per unit", async () => {
    await tracker();
    const tracking = await excelActions.readTracking();
    expect(tracking.settings).toEqual({ reportDate: null, windowDays: 7 });
    expect(tracking.summary.asOf).toBe(TODAY);
    expect(tracking.rows.map((r) => [r.id, r.state, r.cell])).toEqual([
      ["A", "overdue", "A2"],
      ["B", "dueSoon", "A3"],
      ["C", "inProgress", "A4"],
      ["D", "ongoing", "A5"],
    ]);
    expect(tracking.rows[0]).toMatchObject({ sheet: TASKS, daysLate: 29, due: "2026-06-01" });
    expect(tracking.summary.units.map((u) => [u.unit, u.total])).toEqual([
      ["Phòng Nghiệp vụ Y", 2],
      ["Văn phòng Sở", 2],
    ]);
  });

  it("follows a report date set in the workbook", async () => {
    await tracker();
    await excelActions.writeSettings({ reportDate: "2026-05-30", windowDays: 7 });
    const tracking = await excelActions.readTracking();
    expect(tracking.summary.asOf).toBe("2026-05-30");
    expect(tracking.rows.map((r) => r.state)).toEqual(["dueSoon", "inProgress", "inProgress", "ongoing"]);
  });
});

describe("selectCell and readActiveSheet", () => {
  it("activates the sheet and selects the cell", async () => {
    await tracker();
    await excelActions.selectCell("Sheet1", "C7");
    expect(host().selection()).toEqual({ sheet: "Sheet1", address: "C7", active: "Sheet1" });
  });

  it("explains a missing sheet or a bad address", async () => {
    await expect(excelActions.selectCell("Không có", "A1")).rejects.toMatchObject({ code: "NoSheet" });
    await expect(excelActions.selectCell("Sheet1", "ZZZZ1")).rejects.toMatchObject({ code: "BadCell" });
  });

  it("reads the used range of the active sheet, or nothing from an empty one", async () => {
    expect(await excelActions.readActiveSheet()).toEqual({ sheet: "Sheet1", cells: [] });
    host().addSheet("Dán", true).type("B2", [["STT", "Nội dung"], [1, "Nhiệm vụ một"]]);
    expect(await excelActions.readActiveSheet()).toEqual({ sheet: "Dán", cells: [["STT", "Nội dung"], [1, "Nhiệm vụ một"]] });
  });
});
