// Every formula in the .xlsx files `build` writes, read back from the file (cells, conditional formats,
// dropdown sources, defined names): only Excel 2016 functions, for a small tracker, one past the
// matrix limit, an empty one and one rebuilt over a user's copy.
import ExcelJS from "exceljs";
import type { RawRow } from "../../src/core/types";
import { MATRIX_TASK_LIMIT } from "../../src/workbook/matrixSheet";
import { TASK_SHEET } from "../../src/workbook/layout";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { fixtureRows } from "../workbook/fixture";
import { ALLOWED, FORBIDDEN, functionsOf } from "../workbook/excel2016";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(60_000);

const TODAY = "2026-06-30";

function manyRows(count: number): RawRow[] {
  const leads = ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Bệnh viện Phổi tỉnh"];
  return Array.from({ length: count }, (_, i) => ({
    id: `NV${i + 1}`,
    title: `Nhiệm vụ số ${i + 1}`,
    lead: leads[i % leads.length],
    partners: i % 2 === 0 ? "Sở Tài chính" : null,
    deadlineText: "Năm 2026",
    due: "2026-12-31",
    leader: i % 5 === 0 ? "Nguyễn Văn An" : null,
    section: i % 7 === 0 ? "I. Chung" : null,
  }));
}

/** Every formula the file holds, with where it sits. */
async function formulasInFile(path: string): Promise<{ where: string; formula: string }[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const found: { where: string; formula: string }[] = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        // `cell.formula` spells out a shared formula too, as it reads in that cell.
        if (cell.type === ExcelJS.ValueType.Formula) found.push({ where: `${sheet.name}!${cell.address}`, formula: cell.formula });
      }),
    );
    const formats = (sheet as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    for (const format of formats) {
      for (const rule of format.rules) for (const formula of rule.formulae ?? []) found.push({ where: `${sheet.name} format ${format.ref}`, formula });
    }
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } }).dataValidations.model;
    for (const [range, rule] of Object.entries(validations)) {
      for (const formula of rule.formulae ?? []) if (typeof formula === "string") found.push({ where: `${sheet.name} validation ${range}`, formula });
    }
  }
  for (const name of workbook.definedNames.model) for (const range of name.ranges) found.push({ where: `name ${name.name}`, formula: range });
  return found;
}

function problemsOf(formulas: { where: string; formula: string }[]): string[] {
  return formulas.flatMap(({ where, formula }) => {
    const calls = functionsOf(formula);
    return [
      ...calls.filter((name) => FORBIDDEN.includes(name)).map((name) => `${where}: forbidden ${name}`),
      ...calls.filter((name) => !ALLOWED.has(name)).map((name) => `${where}: unexpected ${name}`),
      ...(/_xl(fn|ws)\./i.test(formula) ? [`${where}: future-function prefix`] : []),
    ];
  });
}

describe("every formula of a written tracker file", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it.each([
    ["a handmade tracker with findings", () => fixtureRows()],
    [`a tracker of ${MATRIX_TASK_LIMIT + 1} tasks, past the matrix limit`, () => manyRows(MATRIX_TASK_LIMIT + 1)],
    ["a tracker of no task", () => []],
  ])("%s calls only Excel 2016 functions", async (label, rows) => {
    const out = tmp.path(`${label.length}-${rows().length}.xlsx`);
    await writeTracker(rows(), out, { today: TODAY });
    const formulas = await formulasInFile(out);
    expect(formulas.filter((f) => f.where.startsWith(`${TASK_SHEET}!`)).length).toBeGreaterThanOrEqual(rows().length);
    expect(formulas.some((f) => f.where.includes("format"))).toBe(true);
    expect(formulas.some((f) => f.where.includes("validation"))).toBe(true);
    expect(problemsOf(formulas)).toEqual([]);
  });

  it("still does after a user's copy is rebuilt with new tasks", async () => {
    const out = tmp.path("ban-nguoi-dung.xlsx");
    await writeTracker(fixtureRows(), out, { today: TODAY });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet(TASK_SHEET)!;
    sheet.getCell("Z1").value = "Của đơn vị";
    await workbook.xlsx.writeFile(out);
    await writeTracker([...fixtureRows(), ...manyRows(3).map((r) => ({ ...r, id: `MOI${r.id}` }))], out, { today: TODAY });
    expect(problemsOf(await formulasInFile(out))).toEqual([]);
  });
});
