// readCatalog: the unit catalog as users keep it on Danh mục, read in at most two requests; runCheck and
// the pane's preview both match units against it.
import { UI } from "../../src/core/strings/ui";
import { DEFAULT_CATALOG } from "../../src/core/units/preset";
import { excelActions } from "../../src/excel";
import { catalogNote } from "../../src/taskpane/logic/catalogNote";
import { importSource, type ImportSource } from "../../src/taskpane/logic/importSource";
import { addUnit, CATALOG, renameUnit, unitRow } from "./catalogEdits";
import { importedTasks } from "./factories";
import { syncsOf, useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";
const OLD_NAME = "Phòng Kế hoạch - Tài chính";
const NEW_NAME = "Phòng Tài chính - Kế hoạch";
const ALIAS = "Bộ phận Tài vụ";

/** A directive's table naming its lead unit `lead`, as pasted into a sheet. */
function pasted(lead: string): ImportSource {
  return {
    kind: "sheet",
    sheet: "Chỉ thị",
    cells: [
      ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
      ["1", "Lập dự toán thu, chi ngân sách năm 2027 của các đơn vị trực thuộc", lead, "Quý III/2026"],
    ],
  };
}

const leadFindings = async (cell: string) => (await excelActions.runCheck()).filter((f) => f.cell === cell && f.field === "lead");

describe("readCatalog", () => {
  it("without a tracker is the preset itself, after one request", async () => {
    let catalog;
    expect(await syncsOf(host(), async () => (catalog = await excelActions.readCatalog()))).toBe(1);
    expect(catalog).toBe(DEFAULT_CATALOG);
    expect(catalogNote(catalog!)).toBe(UI.import.catalogDefault);
  });

  it("reads a tracker's Danh mục in two requests, and says the preview follows the workbook", async () => {
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    let catalog = DEFAULT_CATALOG;
    expect(await syncsOf(host(), async () => (catalog = await excelActions.readCatalog()))).toBe(2);
    expect(catalog).toEqual(DEFAULT_CATALOG);
    expect(catalogNote(catalog)).toBe(UI.import.catalogFromWorkbook);
  });

  it("follows a renamed unit and its new alias: runCheck accepts the alias, the preview turns it into the new name", async () => {
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    host().sheet(TASKS).type("G2", [[ALIAS]]);
    expect((await leadFindings("G2")).map((f) => f.rule)).toEqual(["lead-unknown"]);
    expect(importSource(pasted(ALIAS), 2026, await excelActions.readCatalog()).tasks[0].lead).toBe(ALIAS);

    renameUnit(host(), OLD_NAME, NEW_NAME, ALIAS);
    const catalog = await excelActions.readCatalog();
    expect(catalog.units.find((u) => u.code === "KHTC")).toMatchObject({ name: NEW_NAME, aliases: ["KH-TC", "Kế hoạch tài chính", ALIAS] });

    const findings = await leadFindings("G2");
    expect(findings.map((f) => f.rule)).toEqual(["lead-not-canonical"]);
    expect(findings[0].fix?.value).toBe(NEW_NAME);
    const preview = importSource(pasted(ALIAS), 2026, catalog).tasks[0];
    expect(preview.lead).toBe(NEW_NAME);
    expect(preview.warnings).toEqual([]);
  });

  it("includes a unit added to the list", async () => {
    await excelActions.createOrExtendTracker(importedTasks(2), 2026);
    host().sheet(TASKS).type("G2", [["Trung tâm Y tế khu vực Hòa Bình"]]);
    expect((await leadFindings("G2")).map((f) => f.rule)).toEqual(["lead-unknown"]);

    await addUnit(host(), ["TTYTHB", "Trung tâm Y tế khu vực Hòa Bình", "Đơn vị trực thuộc", "TTYT Hòa Bình"]);
    expect(await leadFindings("G2")).toEqual([]);
    const catalog = await excelActions.readCatalog();
    expect(catalog.units.at(-1)).toEqual({ code: "TTYTHB", name: "Trung tâm Y tế khu vực Hòa Bình", kind: "attached", aliases: ["TTYT Hòa Bình"] });
    expect(importSource(pasted("TTYT Hòa Bình"), 2026, catalog).tasks[0].lead).toBe("Trung tâm Y tế khu vực Hòa Bình");
  });

  it("reads cells as users type them: a row without a name is left out, a number code is text, an unknown kind an office", async () => {
    await excelActions.createOrExtendTracker(importedTasks(1), 2026);
    const before = (await excelActions.readCatalog()).units.length;
    const row = unitRow(host(), OLD_NAME);
    host().sheet(CATALOG).type(`A${row}`, [[4, "", "", ""], [7, "Phòng Y tế dự phòng", "Khác", ""]]);
    const units = (await excelActions.readCatalog()).units;
    expect(units).toHaveLength(before - 1);
    expect(units.map((u) => u.name)).not.toContain(OLD_NAME);
    expect(units.find((u) => u.name === "Phòng Y tế dự phòng")).toEqual({ code: "7", name: "Phòng Y tế dự phòng", kind: "office", aliases: [] });
  });

  it("falls back to the preset when the Danh mục rows were deleted (the names refer to #REF!)", async () => {
    await excelActions.createOrExtendTracker(importedTasks(1), 2026);
    await Excel.run(async (context) => {
      for (const name of ["DmDonVi", "DmLanhDao"]) {
        context.workbook.names.getItem(name).delete();
        context.workbook.names.add(name, "=#REF!");
      }
      await context.sync();
    });
    expect(await excelActions.readCatalog()).toBe(DEFAULT_CATALOG);
  });

  it("without the tracker table is the preset, even with the Danh mục names left behind", async () => {
    await excelActions.createOrExtendTracker(importedTasks(1), 2026);
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("BangNhiemVu").delete();
      await context.sync();
    });
    expect(await excelActions.readCatalog()).toBe(DEFAULT_CATALOG);
  });
});
