// Every formula of the tracker runs in Excel 2016, LibreOffice and WPS: functions they all have,
// comma separators, balanced brackets; names and sheet names Excel accepts.
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { FINDINGS_SHEET } from "../../src/workbook/findingsSheet";
import { TASK_SHEET, TASK_TABLE } from "../../src/workbook/layout";
import { ASSIGNMENT_TABLE } from "../../src/workbook/report/assignmentSheet";
import { CATALOG, fixtureRows, SETTINGS } from "./fixture";
import { ALLOWED, FORBIDDEN, functionsOf, outsideTextAndColumns } from "./excel2016";
import { allFormulas } from "./planCells";

const plan = buildTrackerPlan({
  rows: fixtureRows(),
  catalog: CATALOG,
  settings: SETTINGS,
  findings: [
    { row: 2, id: "NV03", field: "status", rule: "status", severity: "error", message: "Sai", fix: null, sheet: "Nhiệm vụ", cell: "M4" },
  ],
});
const formulas = allFormulas(plan);

describe("formulas of a built tracker", () => {
  it("are many, one per row of Đánh giá and per figure of Tổng hợp at least", () => {
    expect(formulas.length).toBeGreaterThan(fixtureRows().length + 100);
  });

  it("call only functions of Excel 2016, never the dynamic-array era ones", () => {
    const used = new Set(formulas.flatMap((f) => functionsOf(f.formula)));
    expect([...used].filter((name) => !ALLOWED.has(name))).toEqual([]);
    for (const f of formulas) expect(functionsOf(f.formula).filter((name) => FORBIDDEN.includes(name))).toEqual([]);
  });

  it("are in invariant form: a leading =, commas, balanced brackets and quotes, within Excel's length", () => {
    for (const { where, formula } of formulas) {
      const outsideText = outsideTextAndColumns(formula);
      const problems = [
        formula.startsWith("=") ? null : "no leading =",
        (formula.match(/"/g) ?? []).length % 2 === 0 ? null : "odd quotes",
        balanced(outsideText) ? null : "unbalanced brackets",
        outsideText.includes(";") ? "semicolon separator" : null,
        formula.length <= 8192 ? null : "too long",
      ].filter(Boolean);
      expect([where, problems]).toEqual([where, []]);
    }
  });

  // Issue 14 §1: task columns are named by structured reference (they follow the table), so every such
  // reference must name the task table and one of its headers, or the formula is #REF! in Excel.
  // Tổng hợp's unit rows also count partner roles in Phân công's table (issue 13 §3), by its own headers.
  it("name task columns by structured reference to the task table's own headers, never by sheet and letter", () => {
    const tables = new Map(plan.sheets.flatMap((s) => (s.table ? [[s.table.name, new Set(s.table.headers)] as const] : [])));
    const references = formulas.flatMap((f) => [...f.formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/(\w+)\[(\[#This Row\],)?\[?((?:[^[\]']|'.)*)\]/g)].map((m) => [f.where, m[1], m[3].replace(/'(.)/g, "$1")]));
    expect(references.length).toBeGreaterThan(fixtureRows().length * 5);
    for (const [where, table, column] of references) {
      const expected = where.startsWith("Tổng hợp!") && table === ASSIGNMENT_TABLE ? ASSIGNMENT_TABLE : TASK_TABLE;
      expect([where, table, tables.get(table)?.has(column)]).toEqual([where, expected, true]);
    }
    expect(references.filter(([, table]) => table === ASSIGNMENT_TABLE).length).toBeGreaterThan(0);
    const bySheet = formulas.filter((f) => f.formula.includes(`'${TASK_SHEET}'!`)).map((f) => f.where);
    // Defined names (print titles, settings) may: Excel re-points them when the sheet is renamed.
    expect(bySheet.filter((w) => !w.startsWith(`${FINDINGS_SHEET}!`) && !w.startsWith("name "))).toEqual([]);
  });

  it("refer to sheets that exist, quoted", () => {
    const names = new Set(plan.sheets.map((s) => s.name));
    for (const { formula } of formulas) {
      for (const m of formula.matchAll(/'((?:[^']|'')+)'!/g)) expect(names).toContain(m[1].replace(/''/g, "'"));
    }
  });

  it("use defined names that the plan defines", () => {
    const defined = new Set(plan.names.map((n) => n.name));
    const used = new Set(formulas.flatMap((f) => [...f.formula.replace(/"(?:[^"]|"")*"/g, "").matchAll(/\b(Ngay\w+|SoNgay\w+|Diem\w+|Muc\w+|Ds\w+|Dm\w+)\b/g)].map((m) => m[1])));
    expect([...used].filter((n) => !defined.has(n))).toEqual([]);
  });
});

describe("names Excel accepts", () => {
  it("sheet names: at most 31 characters, none of []:*?/\\", () => {
    for (const sheet of plan.sheets) {
      expect(sheet.name.length).toBeLessThanOrEqual(31);
      expect(sheet.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(plan.sheets.length);
  });

  it("table and defined names: letters, digits, underscores; not a cell address; unique", () => {
    const names = [...plan.sheets.flatMap((s) => (s.table ? [s.table.name] : [])), ...plan.names.map((n) => n.name)];
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(name).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
      expect(name.length).toBeLessThanOrEqual(255);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "{") depth++;
    if (ch === ")" || ch === "}") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
