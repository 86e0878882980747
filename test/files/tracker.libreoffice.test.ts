// The tracker's formulas, computed by LibreOffice with no add-in, agree with the core engine reading the
// sheet as the formulas do (readTask with asFormulas): every row's Đánh giá and every figure of Tổng hợp,
// for several report dates and after edits to the file.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { judgeTask } from "../../src/core/judge";
import { RATING_LABELS, STATE_LABELS } from "../../src/core/strings/vi";
import { MATRIX_TEXT, SUMMARY_TEXT } from "../../src/core/strings/workbook";
import { combineGroups, summarise } from "../../src/core/summary";
import { oneLine } from "../../src/core/text";
import { readTask } from "../../src/core/tasks/readTask";
import type { GroupSummary, IsoDate, RawRow, Task } from "../../src/core/types";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { CATALOG_SHEET } from "../../src/workbook/catalogSheet";
import { STATE_FILLS } from "../../src/workbook/colours";
import { TASK_SHEET, TASK_TABLE, taskCellAddress } from "../../src/workbook/layout";
import { MATRIX_SHEET, MATRIX_TASK_LIMIT, matrixUnits } from "../../src/workbook/matrixSheet";
import { NAMES } from "../../src/workbook/names";
import { SUMMARY_SHEET, SUMMARY_STATES } from "../../src/workbook/summarySheet";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import { writeWorkbookAtomically } from "../../src/xlsx/write/atomicWrite";
import { repairLoadedTables } from "../../src/xlsx/write/repairTables";
import { CATALOG, fixtureRows, fixtureTasks, jsDate, SETTINGS, TYPED } from "../workbook/fixture";
import { computed, loadXlsx, sheetValues, type Computed } from "./computed";
import { convertToXlsx } from "./libreOffice";
import { summaryBlock } from "./summaryBlocks";
import { rowsOnSheet } from "./taskRows";

const REPORT_DATES: IsoDate[] = ["2026-03-31", "2026-06-30", "2026-07-07", "2026-12-31"];
const W = SETTINGS.windowDays;
/** Partner roles weigh half a lead role (issue 13 §3): Tổng hợp counts them from Phân công. */
const WEIGHED = { ...SETTINGS.scoring, partnerWeight: 0.5 };
const WEIGHED_DATES: IsoDate[] = ["2026-03-31", "2026-06-30", "2026-12-31"];

let dir: string;
const built = (name: string) => join(dir, "built", `${name}.xlsx`);
const byLibreOffice = (name: string) => join(dir, "lo", `${name}.xlsx`);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-lo-"));
  await mkdir(join(dir, "built"));
  const tasks = fixtureTasks();
  for (const reportDate of REPORT_DATES) {
    const plan = buildTrackerPlan({ rows: fixtureRows(tasks), catalog: CATALOG, settings: { ...SETTINGS, reportDate } });
    await writePlanToFile(plan, built(reportDate));
  }
  for (const reportDate of WEIGHED_DATES) {
    const plan = buildTrackerPlan({ rows: fixtureRows(tasks), catalog: CATALOG, settings: { ...SETTINGS, reportDate, scoring: WEIGHED } });
    await writePlanToFile(plan, built(`weighed-${reportDate}`));
  }
  const today = buildTrackerPlan({ rows: fixtureRows(tasks), catalog: CATALOG, settings: { ...SETTINGS, reportDate: null } });
  await writePlanToFile(today, built("today"));
  // Only the sheets the matrix reads: Tổng hợp over a thousand rows would take LibreOffice seconds.
  const large = buildTrackerPlan({ rows: fixtureRows(manyTasks()), catalog: CATALOG, settings: SETTINGS });
  const read = new Set<string>([TASK_SHEET, MATRIX_SHEET, CATALOG_SHEET]);
  const matrixAndInputs = large.sheets.filter((sheet) => read.has(sheet.name));
  await writePlanToFile({ ...large, sheets: matrixAndInputs }, built("large"));
  // The files carry no cached results, so LibreOffice's default settings compute every formula.
  await convertToXlsx([...REPORT_DATES, ...WEIGHED_DATES.map((d) => `weighed-${d}`), "today", "large"].map(built), join(dir, "lo"), "default");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(REPORT_DATES)("a tracker built with report date %s, opened in LibreOffice", (reportDate) => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadXlsx(byLibreOffice(reportDate));
  });

  it("judges every row as judgeTask does", () => {
    expectStates(workbook, fixtureTasks(), reportDate);
  });

  it("shows the per-unit, month, Board member and section figures of summarise, and its headline", () => {
    expectSummary(workbook, fixtureTasks(), reportDate);
  });

  it("holds the text dates and odd statuses as typed", () => {
    const rows = rowsOnSheet(workbook, fixtureTasks().length);
    for (const [id, cells] of Object.entries(TYPED)) {
      const row = rows.find((r) => r.id === id)!;
      expect([id, ...Object.keys(cells).map((f) => row[f as keyof RawRow])]).toEqual([id, ...Object.values(cells)]);
    }
  });

  it("marks in the matrix C where a unit leads a task and P where it is a partner", () => {
    const rows = sheetValues(workbook.getWorksheet(MATRIX_SHEET)!, 3 + fixtureTasks().length);
    const header = rows.findIndex((r) => r[0] === MATRIX_TEXT.unit);
    const roles = matrixRoles(fixtureTasks());
    expect(rows.slice(header + 1).map((r) => r[0])).toEqual([...roles.keys()]);
    for (const row of rows.slice(header + 1)) {
      const unit = String(row[0]);
      const expected = roles.get(unit)!;
      expect([unit, ...row.slice(1)]).toEqual([unit, expected.filter((x) => x === "C").length, expected.filter((x) => x === "P").length, ...expected]);
    }
    expect(rows[header].slice(3)).toEqual(fixtureTasks().map((t) => t.id));
  });
});

describe.each(WEIGHED_DATES)("a tracker whose partner roles weigh 0.5, report date %s, opened in LibreOffice", (reportDate) => {
  it("shows every unit's score and rating as summarise (unitScoreOf), units that only partner included", async () => {
    const workbook = await loadXlsx(byLibreOffice(`weighed-${reportDate}`));
    expectSummary(workbook, fixtureTasks(), reportDate, undefined, WEIGHED);
    // The weight changes figures here (by 31/03 no partner role is scored yet): some unit's score is not
    // its lead-only score, and a unit that leads nothing is listed and scored from its partner roles alone.
    if (reportDate === "2026-03-31") return;
    const tasks = asRead(workbook, fixtureTasks());
    const weighed = summarise(tasks, { asOf: reportDate, windowDays: W, scoring: WEIGHED }).units;
    const leadOnly = new Map(summarise(tasks, { asOf: reportDate, windowDays: W, scoring: SETTINGS.scoring }).units.map((u) => [u.unit, u.score]));
    expect(weighed.filter((u) => u.score !== (leadOnly.get(u.unit) ?? null)).length).toBeGreaterThan(0);
    expect(weighed.some((u) => u.total === 0 && u.score !== null)).toBe(true);
  });
});

describe("the tracker as of 30/06/2026, figures worked out by hand", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadXlsx(byLibreOffice("2026-06-30"));
  });

  it("judges text dates as blank and a status by its label, ignoring case and extra spaces only", () => {
    expect(["NV19", "NV21", "NV22", "NV23", "NV24", "NV25"].map((id) => stateOf(workbook, id))).toEqual([
      STATE_LABELS.doneOnTime, // "  Hoàn   thành ", done early
      STATE_LABELS.ongoing, // Hạn hoàn thành "30/6/2026" is text: no deadline
      STATE_LABELS.doneOnTime, // Ngày hoàn thành "15/04/2026" is text: as if not given
      STATE_LABELS.overdue, // Hạn điều chỉnh "31/12/2026" is text: Hạn hoàn thành 30/04 stands
      STATE_LABELS.doneLate, // "hoàn thành"
      STATE_LABELS.overdue, // "hoan thanh" is not Hoàn thành
    ]);
  });

  it("scores only the tasks due by the report date", async () => {
    const unitRow = (book: ExcelJS.Workbook, unit: string) =>
      summaryBlock(sheetValues(book.getWorksheet(SUMMARY_SHEET)!, 12), SUMMARY_TEXT.unit).find((r) => r.label === unit)!.figures;
    // Total, on time, late, within deadline, due soon, overdue, ongoing, score, rating (A..J), then the
    // working columns K and L: completions due by the report date, on time and late.
    // NV01 on time, NV02 late, NV03 overdue count; NV19, done before its deadline, does not; NV16 is not due.
    expect(unitRow(workbook, "Phòng Kế hoạch - Tài chính")).toEqual([5, 2, 1, 1, 0, 1, 0, expect.closeTo(175 / 3, 9), RATING_LABELS.done, 1, 1]);
    // As of 31/03: NV15 and NV18 are not due yet; NV14, no deadline, was finished after 31/03, so on
    // that date it was ongoing (issue 13 §1: before, it counted as done on time). No score, not rated.
    const march = await loadXlsx(byLibreOffice("2026-03-31"));
    expect(unitRow(march, "Phòng Tổ chức cán bộ")).toEqual([3, 0, 0, 2, 0, 0, 1, "", RATING_LABELS.unrated, 0, 0]);
  });

  it("heads every block with the agreed ten columns, the working columns after them", () => {
    const rows = sheetValues(workbook.getWorksheet(SUMMARY_SHEET)!, 13);
    const headers = rows.filter((r) => r[1] === SUMMARY_TEXT.total);
    expect(headers).toHaveLength(4);
    for (const header of headers) {
      expect(header.slice(1, 12)).toEqual([
        ...["Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Sắp đến hạn", "Quá hạn", "Thường xuyên", "Điểm", "Xếp loại"],
        SUMMARY_TEXT.scoredOnTime,
        SUMMARY_TEXT.scoredLate,
      ]);
    }
    // The unit block's partner roles (issue 13 §3) follow in M..O; the other blocks end at L.
    expect(headers.map((h) => h[12])).toEqual([SUMMARY_TEXT.partnerOnTime, null, null, null]);
  });

  it("counts a lead, Board member and section typed with non-breaking spaces under their names", () => {
    const rows = sheetValues(workbook.getWorksheet(SUMMARY_SHEET)!, 12);
    const total = (header: string, label: string) => summaryBlock(rows, header).find((r) => r.label === label)!.figures[0];
    // NV07, NV08, NV23, NV25 and NV26, whose cell reads "\u00a0Văn phòng\u00a0Sở".
    expect(total(SUMMARY_TEXT.unit, "Văn phòng Sở")).toBe(5);
    expect(total(SUMMARY_TEXT.leader, "Trần Thị Bình")).toBe(5);
    expect(total(SUMMARY_TEXT.section, "II. Chuyên môn")).toBe(12);
  });
});

describe(`a tracker of ${MATRIX_TASK_LIMIT + 1} tasks, past the matrix limit, opened in LibreOffice`, () => {
  it("counts per unit the tasks it leads and those it only partners, as the grid would", async () => {
    const workbook = await loadXlsx(byLibreOffice("large"));
    const rows = sheetValues(workbook.getWorksheet(MATRIX_SHEET)!, 4);
    expect(rows[1][0]).toBe(MATRIX_TEXT.tooManyTasks(MATRIX_TASK_LIMIT));
    const header = rows.findIndex((r) => r[0] === MATRIX_TEXT.unit);
    const expected = [...matrixRoles(manyTasks())].map(([unit, roles]) => [unit, roles.filter((x) => x === "C").length, roles.filter((x) => x === "P").length, null]);
    expect(rows.slice(header + 1)).toEqual(expected);
  });
});

describe("a tracker whose report date is =TODAY()", () => {
  it("is judged as of the day it is opened", async () => {
    const workbook = await loadXlsx(byLibreOffice("today"));
    const today = localToday();
    expect(computed(reportDateCell(workbook))).toBe(today);
    expectStates(workbook, fixtureTasks(), today);
    expectSummary(workbook, fixtureTasks(), today);
  });
});

describe("an emailed copy saved days ago with =TODAY(), opened with LibreOffice's default settings", () => {
  it("is judged as of the day it is opened, not as of the day it was saved", async () => {
    const saved = await loadXlsx(byLibreOffice("today"));
    const sheet = saved.getWorksheet(TASK_SHEET)!;
    // What the sender's spreadsheet cached on 01/01/2026: every row "Trong hạn", every figure "?".
    const stale = (cell: ExcelJS.Cell, result: ExcelJS.CellFormulaValue["result"]) => {
      cell.value = { formula: (cell.value as ExcelJS.CellFormulaValue).formula, result } as ExcelJS.CellFormulaValue;
    };
    stale(reportDateCell(saved), jsDate("2026-01-01"));
    fixtureTasks().forEach((_, i) => stale(sheet.getCell(taskCellAddress(i, "state")), STATE_LABELS.inProgress));
    saved.getWorksheet(SUMMARY_SHEET)!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJSValueType.Formula) stale(cell, "?");
      }),
    );
    repairLoadedTables(saved);
    await writeWorkbookAtomically(saved, built("stale"));
    await convertToXlsx([built("stale")], join(dir, "lo"), "default");
    const opened = await loadXlsx(byLibreOffice("stale"));
    expectStates(opened, fixtureTasks(), localToday());
    expectSummary(opened, fixtureTasks(), localToday());
  });
});

describe("a tracker edited after it was built, then recalculated by LibreOffice", () => {
  const asOf = "2026-07-01";
  let tasks: Task[];
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    // Edit the copy LibreOffice saved, as a unit would edit the emailed file.
    const edited = await loadXlsx(byLibreOffice("2026-06-30"));
    const sheet = edited.getWorksheet(TASK_SHEET)!;
    tasks = fixtureTasks();
    const edit = (id: string, change: Partial<Task>) => {
      const index = tasks.findIndex((t) => t.id === id);
      tasks[index] = { ...tasks[index], ...change };
      for (const [field, value] of Object.entries(change)) {
        const cell = sheet.getCell(taskCellAddress(index, field as keyof Task & Parameters<typeof taskCellAddress>[1]));
        cell.value = field === "status" || field === "lead" ? (value as string) : value ? jsDate(value as string) : null;
      }
    };
    edit("NV04", { status: "Hoàn thành", doneDate: "2026-07-10" }); // done after its 03/07 deadline
    edit("NV05", { status: "Hoàn thành", doneDate: "2026-06-01" });
    edit("NV03", { extendedDue: "2026-07-31" }); // an approved extension rescues an overdue task
    edit("NV12", { extendedDue: "2026-07-05" }); // extended into the due-soon window
    edit("NV18", { lead: "Trung tâm Kiểm soát bệnh tật" }); // reassigned to another unit
    edit("NV16", { lead: "Sở Tài chính" }); // reassigned to a unit Tổng hợp has no row for
    reportDateCell(edited).value = jsDate(asOf);
    repairLoadedTables(edited);
    await writeWorkbookAtomically(edited, built("edited"));
    await convertToXlsx([built("edited")], join(dir, "lo"), "always");
    workbook = await loadXlsx(byLibreOffice("edited"));
  });

  it("judges the edited rows anew", () => {
    // Finished on 10/07, after the report date 01/07: not done on 01/07, and its 03/07 deadline is near.
    expect(stateOf(workbook, "NV04")).toBe(STATE_LABELS.dueSoon);
    expect(stateOf(workbook, "NV03")).toBe(STATE_LABELS.inProgress);
    expect(stateOf(workbook, "NV12")).toBe(STATE_LABELS.dueSoon);
    expectStates(workbook, tasks, asOf);
  });

  it("recounts the summary, a lead changed to a unit with no row in the other row and the totals", () => {
    const listed = summarise(fixtureTasks().map((t) => ({ ...t })), { asOf }).units.map((u) => u.unit);
    expect(listed).not.toContain("Sở Tài chính");
    expectSummary(workbook, tasks, asOf, listed);
    const units = summaryBlock(sheetValues(workbook.getWorksheet(SUMMARY_SHEET)!, 12), SUMMARY_TEXT.unit);
    expect(units.find((r) => r.label === SUMMARY_TEXT.otherGroups)!.figures[0]).toBe(1);
  });

  it("keeps its row colours, dropdowns, table and names", () => {
    const sheet = workbook.getWorksheet(TASK_SHEET)! as unknown as LoadedSheet;
    const fills = new Map(
      sheet.conditionalFormattings.flatMap((f) => f.rules.map((r) => [r.formulae?.[0], r.style?.fill?.bgColor?.argb] as const)),
    );
    for (const state of SUMMARY_STATES) {
      expect([state, fills.get(`$R2="${STATE_LABELS[state]}"`)]).toEqual([state, `FF${STATE_FILLS[state].fill.slice(1)}`]);
    }
    const validations = sheet.dataValidations.model;
    const rule = (field: Parameters<typeof taskCellAddress>[1]) => {
      const v = validations[taskCellAddress(tasks.length - 1, field)];
      return v ? [v.type, v.type === "list" ? v.formulae[0] : v.formulae.length] : null;
    };
    expect(rule("lead")).toEqual(["list", NAMES.unitList]);
    expect(rule("status")).toEqual(["list", NAMES.statusList]);
    expect(rule("leader")).toEqual(["list", NAMES.leaderList]);
    expect(rule("progress")).toEqual(["whole", 2]);
    expect(rule("doneDate")).toEqual(["date", 2]);
    expect(Object.keys(sheet.tables)).toEqual([TASK_TABLE]);
    for (const name of Object.values(NAMES)) expect(workbook.definedNames.getRanges(name).ranges).toHaveLength(1);
  });
});

const ExcelJSValueType = ExcelJS.ValueType;

/** The fixture's tasks over and over, past the matrix limit, each with its own id. */
function manyTasks(): Task[] {
  const tasks = fixtureTasks();
  return Array.from({ length: MATRIX_TASK_LIMIT + 1 }, (_, i) => ({ ...tasks[i % tasks.length], id: `NV${i + 1}` }));
}

/** Per unit named as lead or partner (names as the engine reads them, catalog spelling), in Vietnamese order: C, P or "" per task. */
function matrixRoles(tasks: Task[]): Map<string, string[]> {
  const key = (text: string) => oneLine(text).toLowerCase();
  const units = matrixUnits(CATALOG, fixtureRows(tasks));
  return new Map(
    units.map((unit) => [unit, tasks.map((t) => (key(t.lead) === key(unit) ? "C" : t.partners.some((p) => key(p) === key(unit)) ? "P" : ""))]),
  );
}

/** TODAY() in LibreOffice is the machine's local date. */
function localToday(): IsoDate {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, "0")).join("-");
}

/** What ExcelJS loads but its typings omit. */
interface LoadedSheet {
  conditionalFormattings: { rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  tables: Record<string, unknown>;
}

function reportDateCell(workbook: ExcelJS.Workbook): ExcelJS.Cell {
  const [ref] = workbook.definedNames.getRanges(NAMES.reportDate).ranges;
  const [sheet, address] = ref.split("!");
  return workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, ""));
}

function stateOf(workbook: ExcelJS.Workbook, id: string): Computed {
  const sheet = workbook.getWorksheet(TASK_SHEET)!;
  const index = fixtureTasks().findIndex((t) => t.id === id);
  return computed(sheet.getCell(taskCellAddress(index, "state")));
}

/**
 * The core's view of the rows on the sheet, read as the formulas read them; first making sure that
 * the sheet holds the rows written (as far as the lenient reading tells).
 */
function asRead(workbook: ExcelJS.Workbook, written: Task[]): Task[] {
  const rows = rowsOnSheet(workbook, written.length);
  expect(rows.map((r) => readTask(r))).toEqual(fixtureRows(written).map((r) => readTask(r)));
  return rows.map((r) => readTask(r, { asFormulas: true }));
}

function expectStates(workbook: ExcelJS.Workbook, written: Task[], asOf: IsoDate): void {
  const tasks = asRead(workbook, written);
  const sheet = workbook.getWorksheet(TASK_SHEET)!;
  const shown = tasks.map((_, i) => [computed(sheet.getCell(taskCellAddress(i, "id"))), computed(sheet.getCell(taskCellAddress(i, "state")))]);
  const expected = tasks.map((t) => [t.id, STATE_LABELS[judgeTask(t, asOf, W).state]]);
  expect(shown).toEqual(expected);
}

function expectSummary(workbook: ExcelJS.Workbook, written: Task[], asOf: IsoDate, listedUnits?: string[], scoring = SETTINGS.scoring): void {
  const tasks = asRead(workbook, written);
  const options = { asOf, windowDays: W, scoring };
  const summary = summarise(tasks, options);
  const rows = sheetValues(workbook.getWorksheet(SUMMARY_SHEET)!, 12);
  expect(rows[1][0]).toBe(summary.headline.text);
  const all = combineGroups(summary.units, SETTINGS.scoring);
  const closing = [SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals];

  // Units the sheet has a row for (those of the rows it was built from); any other lead (typed
  // since) is counted in the "other" row, so the totals row always holds every task.
  const units = summaryBlock(rows, SUMMARY_TEXT.unit);
  const listed = listedUnits ?? summary.units.map((u) => u.unit);
  expect(units.map((r) => r.label)).toEqual([...listed, ...closing]);
  for (const unit of summary.units.filter((u) => listed.includes(u.unit))) expectFigures(units, unit.unit, unit);
  const others = summary.units.filter((u) => !listed.includes(u.unit));
  expectFigures(units, SUMMARY_TEXT.otherGroups, combineGroups(others, SETTINGS.scoring));
  expectFigures(units, SUMMARY_TEXT.totals, all);

  // The month block covers one year (the plan year, here none: the report date's year); deadlines in
  // other years have a row of their own.
  const year = Number(asOf.slice(0, 4));
  const dueOf = (t: Task) => t.extendedDue || t.due;
  const over = (subset: Task[]) => combineGroups(summarise(subset, options).units, SETTINGS.scoring);
  const months = summaryBlock(rows, SUMMARY_TEXT.month);
  expect(months.map((r) => r.label)).toEqual([...Array.from({ length: 12 }, (_, i) => i + 1), SUMMARY_TEXT.noDeadline, SUMMARY_TEXT.otherYears, SUMMARY_TEXT.totals]);
  for (let m = 1; m <= 12; m++) {
    expectFigures(months, m, over(tasks.filter((t) => dueOf(t) !== null && Number(dueOf(t)!.slice(0, 4)) === year && Number(dueOf(t)!.slice(5, 7)) === m)));
  }
  expectFigures(months, SUMMARY_TEXT.noDeadline, over(tasks.filter((t) => dueOf(t) === null)));
  expectFigures(months, SUMMARY_TEXT.otherYears, over(tasks.filter((t) => dueOf(t) !== null && Number(dueOf(t)!.slice(0, 4)) !== year)));
  expectFigures(months, SUMMARY_TEXT.totals, all);

  const leaders = summaryBlock(rows, SUMMARY_TEXT.leader);
  for (const leader of summary.leaders) expectFigures(leaders, leader.leader, leader);
  for (const row of leaders.filter((r) => !summary.leaders.some((l) => l.leader === r.label) && !(closing as string[]).includes(String(r.label)))) {
    expect(row.figures).toEqual([0, 0, 0, 0, 0, 0, 0, "", RATING_LABELS.unrated, 0, 0]);
  }
  expectFigures(leaders, SUMMARY_TEXT.totals, all);

  const sections = summaryBlock(rows, SUMMARY_TEXT.section);
  expect(sections.map((r) => r.label)).toEqual([...summary.sections.map((s) => s.section), ...closing]);
  for (const section of summary.sections) expectFigures(sections, section.section, section);
  expectFigures(sections, SUMMARY_TEXT.totals, all);
}

function expectFigures(block: ReturnType<typeof summaryBlock>, label: string | number, group: GroupSummary): void {
  const row = block.find((r) => r.label === label);
  expect([label, ...(row ? row.figures : [])]).toEqual([label, ...figures(group)]);
}

/** Tổng số, the six states in header order, Điểm (blank when nothing counts), Xếp loại, then the completions scored. */
function figures(group: GroupSummary): Computed[] {
  return [
    group.total,
    ...SUMMARY_STATES.map((s) => group[s]),
    group.score === null ? "" : expect.closeTo(group.score, 9),
    // A group with nothing due by the report date is "Chưa đánh giá" (issue 13 §3), never a zero.
    group.rating ?? RATING_LABELS.unrated,
    group.scored!.onTime,
    group.scored!.late,
  ] as Computed[];
}
