// The .xlsx writer: what lands in the file, what it leaves alone, and that a file is never half written.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { TASK_SHEET, TASK_TABLE, taskCellAddress } from "../../src/workbook/layout";
import { NAMES } from "../../src/workbook/names";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { renderPlan, writePlanToFile } from "../../src/xlsx/writePlan";
import { CATALOG, fixtureRows, SETTINGS } from "./fixture";

const plan = buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS });
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-write-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("writePlanToFile", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    await writePlanToFile(plan, join(dir, "tracker.xlsx"));
    workbook = await load(join(dir, "tracker.xlsx"));
  });

  it("writes the sheets in plan order", () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(plan.sheets.map((s) => s.name));
  });

  it("writes real dates shown dd/mm/yyyy, and formulas without results for the spreadsheet to compute", () => {
    const sheet = workbook.getWorksheet(TASK_SHEET)!;
    const due = sheet.getCell(taskCellAddress(0, "due"));
    expect([due.value, due.numFmt]).toEqual([new Date("2026-03-31T00:00:00Z"), "dd/mm/yyyy"]);
    const state = sheet.getCell(taskCellAddress(0, "state")).value as ExcelJS.CellFormulaValue;
    expect(state.formula).toMatch(/^IF\(COUNTA\(BangNhiemVu\[\[#This Row\],\[Mã NV\]:\[Ghi chú \/ khó khăn\]\]\)=0,/);
    expect(state.result).toBeUndefined();
    const fresh = new ExcelJS.Workbook();
    renderPlan(fresh, plan);
    expect(fresh.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("writes the table, defined names, frozen header and tab colours", () => {
    const sheet = workbook.getWorksheet(TASK_SHEET)!;
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual([TASK_TABLE]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(sheet.properties.tabColor).toBeDefined();
    for (const name of plan.names) expect([name.name, workbook.definedNames.getRanges(name.name).ranges]).toEqual([name.name, [name.refersTo]]);
  });

  it("writes the same cells and document dates each time", async () => {
    await writePlanToFile(plan, join(dir, "again.xlsx"));
    const again = await load(join(dir, "again.xlsx"));
    expect(again.worksheets.map((w) => JSON.stringify(w.getSheetValues()))).toEqual(workbook.worksheets.map((w) => JSON.stringify(w.getSheetValues())));
    expect([again.created, again.modified]).toEqual([workbook.created, workbook.modified]);
  });
});

describe("the plan year, written to the file and read back by the tracker reader", () => {
  it.each([
    [2026, 2026],
    [undefined, undefined],
  ])("planYear %p reads back as %p", async (planYear, expected) => {
    const path = join(dir, `year-${planYear}.xlsx`);
    await writePlanToFile(buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS, planYear }), path);
    expect((await readTrackerFile(path)).settings.planYear).toBe(expected);
  });

  it("reads a year typed over the cell, and nothing from a cell that holds no year", async () => {
    const path = join(dir, "year-typed.xlsx");
    await writePlanToFile(buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS }), path);
    const workbook = await load(path);
    const [ref] = workbook.definedNames.getRanges(NAMES.planYear).ranges;
    const cell = workbook.getWorksheet("Danh mục")!.getCell(ref.split("!")[1].replace(/\$/g, ""));
    const readAs = async (value: ExcelJS.CellValue) => {
      cell.value = value;
      await workbook.xlsx.writeFile(path);
      return (await readTrackerFile(path)).settings.planYear;
    };
    expect(await readAs(" 2027 ")).toBe(2027);
    expect(await readAs("năm nay")).toBeUndefined();
    expect(await readAs(2026.5)).toBeUndefined();
  });
});

describe("renderPlan into a workbook the user already has", () => {
  it("replaces only the plan's sheets and names, in place, leaving the user's sheets and names alone", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ghi chú của tôi").getCell("A1").value = "giữ nguyên";
    workbook.addWorksheet(TASK_SHEET).getCell("Z99").value = "bản cũ";
    workbook.definedNames.add("'Ghi chú của tôi'!$A$1", "GhiChu");
    renderPlan(workbook, plan);
    await workbook.xlsx.writeFile(join(dir, "user.xlsx"));

    const reloaded = await load(join(dir, "user.xlsx"));
    const names = reloaded.worksheets.map((w) => w.name);
    expect(names.slice(0, 2)).toEqual(["Ghi chú của tôi", TASK_SHEET]);
    expect(names).toHaveLength(plan.sheets.length + 1);
    expect(reloaded.getWorksheet("Ghi chú của tôi")!.getCell("A1").value).toBe("giữ nguyên");
    expect(reloaded.getWorksheet(TASK_SHEET)!.getCell("Z99").value).toBeNull();
    expect(reloaded.definedNames.getRanges("GhiChu").ranges).toEqual(["'Ghi chú của tôi'!$A$1"]);
  });

  it("renders again onto a tracker it wrote, without doubling names or tables", async () => {
    await writePlanToFile(plan, join(dir, "twice.xlsx"));
    const workbook = await load(join(dir, "twice.xlsx"));
    const smaller = buildTrackerPlan({ rows: fixtureRows().slice(0, 3), catalog: CATALOG, settings: { ...SETTINGS, reportDate: null } });
    renderPlan(workbook, smaller);
    await workbook.xlsx.writeFile(join(dir, "twice.xlsx"));
    const reloaded = await load(join(dir, "twice.xlsx"));
    expect(reloaded.definedNames.getRanges(NAMES.unitList).ranges).toHaveLength(1);
    const sheet = reloaded.getWorksheet(TASK_SHEET)!;
    expect(sheet.getCell(taskCellAddress(3, "id")).value).toBeNull();
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual([TASK_TABLE]);
  });
});

describe("atomic writing", () => {
  it("replaces an existing file whole and leaves no temporary file", async () => {
    const path = join(dir, "atomic", "out.xlsx");
    await rm(join(dir, "atomic"), { recursive: true, force: true });
    await mkdir(join(dir, "atomic"));
    await writeFile(path, "old content");
    await writePlanToFile(plan, path);
    expect((await load(path)).worksheets).toHaveLength(plan.sheets.length);
    expect(await readdir(join(dir, "atomic"))).toEqual(["out.xlsx"]);
  });

  it("fails without creating anything when the folder does not exist", async () => {
    await expect(writePlanToFile(plan, join(dir, "missing", "out.xlsx"))).rejects.toThrow();
    expect((await readdir(dir)).includes("missing")).toBe(false);
  });
});
