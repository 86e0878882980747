// runCheck finds errors typed into the live table, lists them on Kiểm tra; applyFixes writes the fixes back.
import { excelActions } from "../../src/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";

async function trackerWithErrors(): Promise<void> {
  await excelActions.createOrExtendTracker(importedTasks(10), 2026);
  const sheet = host().sheet(TASKS);
  sheet.type("K3", [["'30/6/2026"]]); // a date typed as text (row of NV02)
  sheet.type("A6", [["NV05  "]]); // trailing spaces
}

describe("runCheck", () => {
  it("locates each finding at its cell on the task sheet", async () => {
    await trackerWithErrors();
    const findings = await excelActions.runCheck();
    const dateText = findings.find((f) => f.rule === "due-text");
    expect(dateText).toMatchObject({ sheet: TASKS, cell: "K3", id: "NV02", field: "due", fix: { value: 46203 } });
    const spaces = findings.find((f) => f.rule === "spaces");
    expect(spaces).toMatchObject({ sheet: TASKS, cell: "A6", field: "id", fix: { value: "NV05" } });
  });

  it("writes the findings on Kiểm tra, each with a link to its cell, and rebuilds that sheet in place on the next run", async () => {
    await trackerWithErrors();
    const findings = await excelActions.runCheck();
    const position = host().sheetNames().indexOf("Kiểm tra");
    const sheet = host().sheet("Kiểm tra");
    const rows = sheet.formulas(`A3:C${2 + findings.length}`);
    expect(rows).toContainEqual([TASKS, expect.stringMatching(/^=HYPERLINK\(".*K3"/), "NV02"]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 0 });

    host().sheet(TASKS).type("K3", [[46203]]);
    const again = await excelActions.runCheck();
    expect(again.length).toBe(findings.length - 1);
    expect(host().sheetNames().indexOf("Kiểm tra")).toBe(position);
    expect(host().sheet("Kiểm tra").usedAddress()).toBe(`A1:G${2 + again.length}`);
  });

  it("ignores blank rows of the table", async () => {
    await excelActions.createOrExtendTracker([], 2026);
    expect(await excelActions.runCheck()).toEqual([]);
  });

  it("explains that there is no tracker yet", async () => {
    await expect(excelActions.runCheck()).rejects.toMatchObject({ code: "NoTracker", message: expect.stringContaining("Tạo bảng theo dõi") });
  });
});

describe("applyFixes", () => {
  it("writes each fix into its cell: a real date where a text date was, trimmed text", async () => {
    await trackerWithErrors();
    const findings = await excelActions.runCheck();
    const fixable = findings.filter((f) => f.fix && (f.rule === "due-text" || f.rule === "spaces"));
    expect(await excelActions.applyFixes(fixable)).toBe(2);
    const sheet = host().sheet(TASKS);
    expect(sheet.cell("K3")).toMatchObject({ value: 46203, formula: null, numberFormat: "dd/mm/yyyy" });
    expect(sheet.values("A6")).toEqual([["NV05"]]);
    expect((await excelActions.runCheck()).filter((f) => f.rule === "due-text" || f.rule === "spaces")).toEqual([]);
  });

  it("writes all fixes in one request", async () => {
    await trackerWithErrors();
    const findings = (await excelActions.runCheck()).filter((f) => f.fix);
    expect(findings.length).toBeGreaterThan(1);
    const before = host().syncCount;
    await excelActions.applyFixes(findings);
    // Find the table, read it, write: the writes are the one request with calculation suspended.
    const syncs = host().syncs.slice(before);
    expect(syncs).toHaveLength(3);
    expect(syncs.map((s) => s.calculationSuspended)).toEqual([false, false, true]);
  });

  it("skips a finding whose row now holds another task (rows sorted since the check)", async () => {
    await trackerWithErrors();
    const findings = (await excelActions.runCheck()).filter((f) => f.rule === "due-text");
    const sheet = host().sheet(TASKS);
    const [row2, row3] = [sheet.values("A2:Q2")[0], sheet.values("A3:Q3")[0]];
    sheet.type("A2", [row3.map((v) => (typeof v === "string" && v !== "" ? `'${v}` : v))]);
    sheet.type("A3", [row2.map((v) => (typeof v === "string" && v !== "" ? `'${v}` : v))]);
    expect(await excelActions.applyFixes(findings)).toBe(0);
    expect(sheet.values("K3")).toEqual([[row2[10]]]);
  });

  it("writes text fixes as text even when Excel would read them as numbers", async () => {
    await excelActions.createOrExtendTracker(importedTasks(2), 2026);
    const finding = {
      row: 0, id: "NV01", field: "source" as const, rule: "spaces", severity: "warning" as const,
      message: "", fix: { value: "0123", label: "" }, sheet: TASKS, cell: "B2",
    };
    expect(await excelActions.applyFixes([finding])).toBe(1);
    expect(host().sheet(TASKS).values("B2")).toEqual([["0123"]]);
  });
});
