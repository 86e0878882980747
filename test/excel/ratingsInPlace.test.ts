// Xếp loại rewrites Phân công's table in place (issue 14): Tổng hợp's partner-weight formulas name
// BangPhanCong, and Excel turns a formula naming a deleted table into #REF! for good (the fake does too),
// so the table must never be deleted and added again. The sheet must still be ours to be written into.
import { OWNED_TEXT } from "../../src/core/strings/pane";
import { excelActions } from "../../src/excel";
import { columnLetter } from "../../src/workbook/a1";
import { ownerMarkName } from "../../src/workbook/ownership";
import { importedTask } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const SUMMARY = "Tổng hợp";
const ASSIGNMENTS = "Phân công";

const tasks = [
  importedTask(0, { id: "P1", lead: "Phòng Nghiệp vụ Y", partners: ["Sở Tài chính", "Văn phòng Sở"] }),
  importedTask(1, { id: "P2", lead: "Văn phòng Sở", partners: ["Phòng Nghiệp vụ Y"] }),
  importedTask(2, { id: "P3", lead: "Sở Tài chính", partners: [] }),
];

async function setWeight(weight: number): Promise<void> {
  const reference = host().names().find((n) => n.name === "TrongSoPhoiHop")!.reference;
  const [sheet, cell] = reference.replace(/^=/, "").split("!");
  host().sheet(sheet.replace(/^'|'$/g, "")).type(cell.replace(/\$/g, ""), [[weight]]);
}

function allFormulas(): string[] {
  return host()
    .sheetNames()
    .flatMap((name) => host().sheet(name).formulas().flat())
    .filter((f): f is string => typeof f === "string" && f.startsWith("="));
}

function assignmentTable() {
  return host().tables().find((t) => t.name === "BangPhanCong")!;
}

/** Deletes the task table's data rows `first`…`last` (1-based) as a user deleting table rows does. */
async function deleteTaskRows(first: number, last: number): Promise<void> {
  const columns = host().tables().find((t) => t.name === "BangNhiemVu")!.headers.length;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Nhiệm vụ");
    sheet.getRange(`A${first + 1}:${columnLetter(columns - 1)}${last + 1}`).delete("Up");
    await context.sync();
  });
}

describe("Xếp loại on a tracker whose partner roles weigh 0.5", () => {
  it("run twice: Tổng hợp's formulas still name BangPhanCong and no formula anywhere holds #REF!", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    await setWeight(0.5);
    await excelActions.refreshSummary();
    const before = host().sheet(SUMMARY).formulas().flat().filter((f) => String(f).includes("BangPhanCong"));
    expect(before.length).toBeGreaterThan(0);

    await excelActions.refreshRatings!();
    await excelActions.refreshRatings!();
    const after = host().sheet(SUMMARY).formulas().flat().filter((f) => String(f).includes("BangPhanCong"));
    expect(after).toEqual(before);
    expect(allFormulas().filter((f) => f.includes("#REF!"))).toEqual([]);
    // One Phân công, ours, with one row per task × unit × role: 3 leads and 3 partner roles.
    expect(host().sheetNames().filter((n) => n.startsWith(ASSIGNMENTS))).toEqual([ASSIGNMENTS]);
    expect(assignmentTable()).toMatchObject({ sheet: ASSIGNMENTS, rowCount: 6 });
    expect(host().names().find((n) => n.name === ownerMarkName(ASSIGNMENTS))?.reference).toBe(`='${ASSIGNMENTS}'!$A$1`);
  });

  it("grows and shrinks the table with the tasks, leaving no row of an old run below it", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    await setWeight(0.5);
    await excelActions.refreshSummary();
    await excelActions.createOrExtendTracker([importedTask(3, { id: "P4", lead: "Sở Y tế", partners: ["Sở Tài chính"] })], 2026);
    await excelActions.refreshRatings!();
    expect(assignmentTable().rowCount).toBe(8);
    expect(host().sheet(ASSIGNMENTS).values("A8:C9")).toEqual([
      ["P4", "Sở Y tế", "Chủ trì"],
      ["P4", "Sở Tài chính", "Phối hợp"],
    ]);

    await deleteTaskRows(1, 2); // P1 and P2 go: P3 (lead) and P4 (lead, partner) stay.
    await excelActions.refreshRatings!();
    expect(assignmentTable().rowCount).toBe(3);
    const sheet = host().sheet(ASSIGNMENTS);
    expect(sheet.values("A2:C4")).toEqual([
      ["P3", "Sở Tài chính", "Chủ trì"],
      ["P4", "Sở Y tế", "Chủ trì"],
      ["P4", "Sở Tài chính", "Phối hợp"],
    ]);
    // Each row's formulas are its own, and nothing of the longer table stays below.
    expect(String(sheet.formulas("L4")[0][0])).toContain("$A4");
    expect(sheet.usedAddress()).toBe("A1:L4");
    expect(sheet.cell("H4").numberFormat).toBe("dd/mm/yyyy");
    expect(allFormulas().filter((f) => f.includes("#REF!"))).toEqual([]);
    expect(host().sheet(SUMMARY).formulas().flat().some((f) => String(f).includes("BangPhanCong[Vai trò]"))).toBe(true);
  });

  it("never writes into a user's sheet: a table of that name on a sheet not ours stops the command, saying which", async () => {
    await excelActions.createOrExtendTracker(tasks, 2026);
    // The user takes the sheet for their own (no mark), keeping the table on it.
    await Excel.run(async (context) => {
      context.workbook.names.getItem(ownerMarkName(ASSIGNMENTS)).delete();
      context.workbook.worksheets.getItem(ASSIGNMENTS).name = "Phân công của tôi";
      await context.sync();
    });
    const mine = host().sheet("Phân công của tôi").values();
    const sheets = host().sheetNames();
    await expect(excelActions.refreshRatings!()).rejects.toThrow(OWNED_TEXT.tableTaken("BangPhanCong", "Phân công của tôi"));
    expect(host().sheetNames()).toEqual(sheets);
    expect(host().sheet("Phân công của tôi").values()).toEqual(mine);
  });
});
