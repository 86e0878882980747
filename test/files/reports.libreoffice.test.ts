// The reports as LibreOffice computes and prints them, with no add-in: every Phân công row's Đánh giá and
// Điểm, and per unit the counts and mean score a pivot would show, equal the engine's for several report
// dates (monthly occurrences and completions after the report date included); and the small plan's
// tracker printed to PDF: A4, at most 12 pages, every header and title whole.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { loadBuildInput } from "../../src/cli/commands/build";
import { scoredAs } from "../../src/core/rating";
import { ROLE_LABELS } from "../../src/core/strings/report";
import { STATE_LABELS } from "../../src/core/strings/vi";
import { summarise } from "../../src/core/summary";
import { readTask } from "../../src/core/tasks/readTask";
import type { IsoDate, RawRow } from "../../src/core/types";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { ASSIGNMENT_COLUMNS, ASSIGNMENT_SHEET } from "../../src/workbook/report/assignmentSheet";
import { expandOccurrences } from "../../src/workbook/report/occurrences";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import { CATALOG, fixtureRows, SETTINGS } from "../workbook/fixture";
import { loadXlsx, sheetValues } from "./computed";
import { convertToXlsx } from "./libreOffice";
import { pageCount, pageSize, pageTexts, printToPdf } from "./pdf";

const REPORT_DATES: IsoDate[] = ["2026-03-31", "2026-06-30", "2026-12-31"];

/** The fixture's tasks plus a monthly report with a partner, done in January on time, in February late and in July. */
function rows(): RawRow[] {
  const monthly = expandOccurrences(
    [{ id: "M", title: "Báo cáo tình hình dịch bệnh hằng tháng", lead: "Trung tâm Kiểm soát bệnh tật", partners: "Văn phòng Sở", deadlineText: "Báo cáo trước ngày 15 hằng tháng", status: "Chưa thực hiện" }],
    2026,
  ).map((r) => ({ ...r, due: new Date(`${String(r.due)}T00:00:00Z`) }));
  const done = (id: string, day: string): void => {
    const row = monthly.find((r) => r.id === id)!;
    Object.assign(row, { status: "Hoàn thành", doneDate: new Date(`${day}T00:00:00Z`), progress: 100 });
  };
  done("M.T01", "2026-01-10");
  done("M.T02", "2026-02-20");
  done("M.T06", "2026-07-02"); // after 30/06: not done as of 30/06
  return [...fixtureRows(), ...monthly];
}

/** The rows as the sheet holds them: ISO dates in date columns are written as real dates. */
function asSheet(list: RawRow[]): RawRow[] {
  return list.map((r) => {
    const out: RawRow = { ...r };
    for (const f of ["due", "extendedDue", "doneDate"] as const) {
      const v = r[f];
      if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v)) out[f] = new Date(`${v}T00:00:00Z`);
    }
    return out;
  });
}

/** Units as a PivotTable groups them: case and extra spaces aside. */
const unitKey = (v: unknown) => String(v ?? "").trim().replace(/\s+/g, " ").toLowerCase();

let dir: string;
const built = (name: string) => join(dir, "built", `${name}.xlsx`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-reports-"));
  await mkdir(join(dir, "built"));
  for (const reportDate of REPORT_DATES) {
    await writePlanToFile(buildTrackerPlan({ rows: rows(), catalog: CATALOG, settings: { ...SETTINGS, reportDate } }), built(reportDate));
  }
  await convertToXlsx(REPORT_DATES.map(built), join(dir, "lo"), "default");
  // The small plan in samples/, built as `tracker build --year 2026 --as-of 2026-06-30` builds it.
  const { rows: plan } = await loadBuildInput(join(__dirname, "../../samples/ke-hoach-mau-2026.txt"), 2026);
  await writeTracker(plan, built("plan"), { reportDate: "2026-06-30", today: "2026-06-30" });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const column = (name: (typeof ASSIGNMENT_COLUMNS)[number]) => ASSIGNMENT_COLUMNS.indexOf(name);

describe.each(REPORT_DATES)("Phân công as of %s, computed by LibreOffice", (asOf) => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadXlsx(join(dir, "lo", `${asOf}.xlsx`));
  });

  it("gives every row the Đánh giá and Điểm of its task as the engine judges and scores it", () => {
    const tasks = asSheet(rows()).map((r) => readTask(r, { asFormulas: true }));
    const summary = summarise(tasks, { asOf, windowDays: SETTINGS.windowDays });
    const byId = new Map(tasks.map((t, i) => [t.id, { task: t, judged: summary.tasks[i] }]));
    const sheet = sheetValues(workbook.getWorksheet(ASSIGNMENT_SHEET)!, ASSIGNMENT_COLUMNS.length).slice(1);
    expect(sheet.length).toBeGreaterThan(tasks.length);
    const points = { onTime: SETTINGS.scoring.onTime, late: SETTINGS.scoring.late, overdue: SETTINGS.scoring.overdue };
    for (const row of sheet) {
      const { task, judged } = byId.get(String(row[column("id")]))!;
      const bucket = scoredAs(judged.state, task.extendedDue || task.due, asOf);
      expect([row[column("id")], row[column("state")], row[column("score")]]).toEqual([task.id, STATE_LABELS[judged.state], bucket ? points[bucket] : ""]);
    }
  });

  it("per unit, the lead rows count and average to the engine's figures (what the rating pivots show)", () => {
    const tasks = asSheet(rows()).map((r) => readTask(r, { asFormulas: true }));
    const summary = summarise(tasks, { asOf, windowDays: SETTINGS.windowDays });
    const sheet = sheetValues(workbook.getWorksheet(ASSIGNMENT_SHEET)!, ASSIGNMENT_COLUMNS.length).slice(1);
    for (const unit of summary.units) {
      const leads = sheet.filter((r) => unitKey(r[column("unit")]) === unitKey(unit.unit) && r[column("role")] === ROLE_LABELS.lead);
      const count = (label: string) => leads.filter((r) => r[column("state")] === label).length;
      expect([unit.unit, leads.length, count(STATE_LABELS.doneOnTime), count(STATE_LABELS.doneLate), count(STATE_LABELS.overdue)]).toEqual([
        unit.unit,
        unit.total,
        unit.doneOnTime,
        unit.doneLate,
        unit.overdue,
      ]);
      const scores = leads.map((r) => r[column("score")]).filter((v): v is number => typeof v === "number");
      const mean = scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
      if (unit.score === null) expect(mean).toBeNull();
      else expect(mean).toBeCloseTo(unit.score, 9);
    }
  });
});

describe("the small plan's tracker on paper", () => {
  let pdf: string;
  let pages: string[];
  beforeAll(async () => {
    pdf = await printToPdf(built("plan"), join(dir, "pdf"));
    pages = await pageTexts(pdf);
  });

  it("prints every sheet on A4 in at most 12 pages", async () => {
    const [width, height] = await pageSize(pdf);
    expect([Math.round(Math.min(width, height)), Math.round(Math.max(width, height))]).toEqual([595, 842]);
    const count = await pageCount(pdf);
    console.log(`The small plan (${(await loadBuildInput(join(__dirname, "../../samples/ke-hoach-mau-2026.txt"), 2026)).rows.length} tasks) prints on ${count} A4 pages.`);
    expect(count).toBeLessThanOrEqual(12);
  });

  it("cuts no header and no title: each is drawn whole on its own sheet's pages", () => {
    const pageOf = (marker: string) => pages.find((p) => p.includes(marker)) ?? "";
    const summary = pageOf("Theo đơn vị chủ trì");
    for (const text of ["Tổng hợp kết quả thực hiện nhiệm vụ", ...Object.values(STATE_LABELS)]) expect(summary).toContain(text);
    const tasks = pages.filter((p) => p.includes("Nội dung nhiệm vụ") && p.includes("Văn bản giao"));
    expect(tasks.length).toBeGreaterThan(0);
    for (const page of tasks) {
      // The header row is repeated on each page of the task table, each header whole.
      for (const text of ["Mã NV", "Đơn vị chủ trì", "Đơn vị phối hợp", "Lãnh đạo phụ trách", "Hạn hoàn thành", "Ngày hoàn thành", "Kết quả / văn bản"]) expect(page).toContain(text);
    }
    const assignment = pageOf("Dòng trong");
    for (const text of ["Dòng trong bảng Nhiệm vụ", "Hạn (điều chỉnh nếu có)", "Lãnh đạo phụ trách"]) expect(assignment).toContain(text);
    expect(pageOf("Các sheet")).toContain("Sổ theo dõi nhiệm vụ: hướng dẫn sử dụng");
  });
});
