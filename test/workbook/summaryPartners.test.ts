// Tổng hợp weighs the tasks a unit partners on by TrongSoPhoiHop (issue 13 §3), from Phân công's table
// when the workbook holds it, and says in A4 how; without that table its formulas count lead roles only.
import { ROLE_LABELS } from "../../src/core/strings/report";
import { NO_LEAD } from "../../src/core/strings/summary";
import { SUMMARY_TEXT } from "../../src/core/strings/workbook";
import { summarise } from "../../src/core/summary";
import { readTask } from "../../src/core/tasks/readTask";
import { buildTrackerPlan, type TrackerInput } from "../../src/workbook/buildTrackerPlan";
import type { PlanCell, WorkbookPlan } from "../../src/workbook/plan";
import { ASSIGNMENT_TABLE } from "../../src/workbook/report/assignmentSheet";
import { SUMMARY_SHEET } from "../../src/workbook/summarySheet";
import { CATALOG, fixtureRows, SETTINGS } from "./fixture";
import { grid, sheetOf } from "./planCells";

const weighed = { ...SETTINGS, scoring: { ...SETTINGS.scoring, partnerWeight: 0.5 } };
const input = (settings: TrackerInput["settings"] = weighed, more: Partial<TrackerInput> = {}): TrackerInput => ({ rows: fixtureRows(), catalog: CATALOG, settings, ...more });

const formulaOf = (cell: PlanCell | undefined) => (cell !== null && typeof cell === "object" && "formula" in cell ? cell.formula : "");

function unitBlock(plan: WorkbookPlan) {
  const rows = grid(sheetOf(plan, SUMMARY_SHEET));
  const start = rows.findIndex((r) => r[0] === SUMMARY_TEXT.unit);
  const out: PlanCell[][] = [];
  for (let i = start + 1; i < rows.length && (rows[i][0] ?? "") !== ""; i++) out.push(rows[i]);
  return { title: rows[start - 1], rows: out, all: rows };
}

describe("Tổng hợp with a partner weight, Phân công in the workbook", () => {
  const plan = buildTrackerPlan(input());
  const { title, rows, all } = unitBlock(plan);

  it("lists the units that only partner, as summarise does with the weight above 0", () => {
    const engine = summarise(fixtureRows().map((r) => readTask(r)), { asOf: "2026-06-30", scoring: weighed.scoring }).units.map((u) => u.unit);
    const leadsOnly = summarise(fixtureRows().map((r) => readTask(r)), { asOf: "2026-06-30" }).units.map((u) => u.unit);
    expect(engine.length).toBeGreaterThan(leadsOnly.length);
    expect(rows.map((r) => r[0])).toEqual([...engine, SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals]);
  });

  it("shows the weight it applies beside the block title, 0 when TrongSoPhoiHop is blank, text or negative", () => {
    expect(title.slice(0, 2)).toEqual([SUMMARY_TEXT.byUnit, SUMMARY_TEXT.partnerWeight]);
    expect(formulaOf(title[2])).toBe("=IFERROR(MAX(0,N(TrongSoPhoiHop)),0)");
  });

  it("counts each unit's partner roles in Phân công by state, those scored as of the report date, only while the weight is above 0", () => {
    const r = 7; // the first unit row: title on 5, header on 6
    const [onTime, late, overdue] = rows[0].slice(12).map(formulaOf);
    const w = "IFERROR(MAX(0,N(TrongSoPhoiHop)),0)";
    const partner = `BangPhanCong[Đơn vị],"="&$A${r},BangPhanCong[Vai trò],"${ROLE_LABELS.partner}"`;
    expect(onTime).toBe(`=IF(${w}>0,COUNTIFS(${partner},BangPhanCong[Đánh giá],C$6,BangPhanCong[Điểm],DiemDungHan),0)`);
    expect(late).toBe(`=IF(${w}>0,COUNTIFS(${partner},BangPhanCong[Đánh giá],D$6,BangPhanCong[Điểm],DiemTreHan),0)`);
    expect(overdue).toBe(`=IF(${w}>0,COUNTIFS(${partner},BangPhanCong[Đánh giá],G$6),0)`);
  });

  it("scores (lead points + w·partner points) / (lead count + w·partner count), the lead-only mean while w is 0", () => {
    const score = formulaOf(rows[0][8]);
    const w = "IFERROR(MAX(0,N(TrongSoPhoiHop)),0)";
    expect(score).toBe(
      `=IF(${w}>0,IF(((K7+L7+G7)+${w}*(M7+N7+O7))=0,"",(DiemDungHan*K7+DiemTreHan*L7+DiemQuaHan*G7+${w}*(DiemDungHan*M7+DiemTreHan*N7+DiemQuaHan*O7))/((K7+L7+G7)+${w}*(M7+N7+O7))),` +
        'IF((K7+L7+G7)=0,"",(DiemDungHan*K7+DiemTreHan*L7+DiemQuaHan*G7)/(K7+L7+G7)))',
    );
  });

  it("keeps the other, blank-lead and totals rows on lead roles, as combineGroups counts them", () => {
    for (const label of [NO_LEAD, SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals]) {
      const row = rows.find((r) => r[0] === label);
      if (!row) continue;
      expect([label, formulaOf(row[8]).includes(ASSIGNMENT_TABLE), row.slice(12).every((c) => c === null)]).toEqual([label, false, true]);
    }
  });

  it("says in A4, only while the weight is above 0, how partner roles count and that Phân công is as of its build", () => {
    const note = formulaOf(all[3][0]);
    expect(note.startsWith("=IFERROR(IF(N(TrongSoPhoiHop)>0,")).toBe(true);
    // Excel refuses a string literal over 255 characters: the note is joined from pieces.
    const literals = [...note.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
    expect(Math.max(...literals.map((l) => l.length))).toBeLessThanOrEqual(255);
    expect(literals.join("")).toBe(SUMMARY_TEXT.partnerWeightApplied);
  });
});

describe("Tổng hợp built with the weight at 0", () => {
  it("lists lead units only, and A4 (shown once the weight is raised) says the partner-only units need a refresh", () => {
    const plan = buildTrackerPlan(input(SETTINGS));
    const { rows, all } = unitBlock(plan);
    const leads = summarise(fixtureRows().map((r) => readTask(r)), { asOf: "2026-06-30" }).units.map((u) => u.unit);
    expect(rows.map((r) => r[0])).toEqual([...leads, SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals]);
    const literals = [...formulaOf(all[3][0]).matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]);
    expect(literals.join("")).toBe(SUMMARY_TEXT.partnerWeightApplied + SUMMARY_TEXT.partnerOnlyMissing);
    // The partner figures are there, evaluated once the weight is raised.
    expect(formulaOf(rows[0][12])).toContain(ASSIGNMENT_TABLE);
  });
});

describe("Tổng hợp written beside a workbook without Phân công's table", () => {
  const plan = buildTrackerPlan(input(weighed, { partnerTable: false }));
  const summary = sheetOf(plan, SUMMARY_SHEET);

  it("names no Phân công table anywhere (Excel refuses a formula naming a table it lacks) and counts lead roles only", () => {
    const formulas = grid(summary).flat().map(formulaOf).filter(Boolean);
    expect(formulas.filter((f) => f.includes(ASSIGNMENT_TABLE))).toEqual([]);
    const { rows, title } = unitBlock(plan);
    expect(title.filter((c) => c !== null)).toEqual([SUMMARY_TEXT.byUnit]);
    expect(formulaOf(rows[0][8])).toBe('=IF((K7+L7+G7)=0,"",(DiemDungHan*K7+DiemTreHan*L7+DiemQuaHan*G7)/(K7+L7+G7))');
    expect(summary.columns.filter((c) => c.hidden).map((c) => c.index)).toEqual([10, 11, 12, 13, 14]);
  });

  it("lists lead units only and keeps the A4 caveat that the engine alone applies the weight", () => {
    const { rows, all } = unitBlock(plan);
    const leads = summarise(fixtureRows().map((r) => readTask(r)), { asOf: "2026-06-30" }).units.map((u) => u.unit);
    expect(rows.map((r) => r[0])).toEqual([...leads, SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals]);
    expect(formulaOf(all[3][0])).toBe(`=IFERROR(IF(N(TrongSoPhoiHop)>0,"${SUMMARY_TEXT.partnerWeightNote}",""),"")`);
  });
});
