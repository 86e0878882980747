import fc from "fast-check";
import { NO_LEAD, NO_LEADER, NO_SECTION } from "../../../src/core/strings/summary";
import { RATING_LABELS } from "../../../src/core/strings/vi";
import { combineGroups, summarise } from "../../../src/core/summary";
import { STATUSES, type Counts, type Status, type Task } from "../../../src/core/types";
import { task } from "./task";

const AS_OF = "2026-06-30";
const KHTC = "Phòng Kế hoạch - Tài chính";
const NVY = "Phòng Nghiệp vụ Y";
const CDC = "Trung tâm Kiểm soát bệnh tật";
const SXD = "Sở Xây dựng"; // an outside agency, not in any catalog
const AN = "Phó Giám đốc Nguyễn Văn An";
const BINH = "Phó Giám đốc Trần Thị Bình";

/** A mid-year report: 10 tasks of three units and one outside agency, judged as of 30/06/2026. */
const TASKS: Task[] = [
  task({ id: "NV01", lead: KHTC, leader: AN, section: "Tài chính", status: "Hoàn thành", due: "2026-03-31", doneDate: "2026-03-25" }),
  task({ id: "NV02", lead: KHTC, leader: AN, section: "Tài chính", status: "Hoàn thành", due: "2026-03-31", doneDate: "2026-04-10" }),
  task({ id: "NV03", lead: KHTC, leader: AN, section: "Tài chính", status: "Đang thực hiện", due: "2026-06-15" }),
  task({ id: "NV04", lead: KHTC, leader: AN, section: "Tài chính", status: "Đang thực hiện", due: "2026-12-31" }),
  task({ id: "NV05", lead: NVY, leader: BINH, section: "Khám chữa bệnh", status: "Hoàn thành", due: "2026-06-30", doneDate: "2026-06-30" }),
  task({ id: "NV06", lead: NVY, leader: BINH, section: "Khám chữa bệnh", due: "2026-07-03" }),
  task({ id: "NV07", lead: NVY, leader: BINH, section: "Khám chữa bệnh", status: "Đang thực hiện", deadlineText: "Thường xuyên" }),
  task({ id: "NV08", lead: CDC, leader: BINH, section: "Y tế dự phòng", due: "2026-09-30" }),
  task({ id: "NV09", lead: CDC, section: "Y tế dự phòng", status: "Đang thực hiện", deadlineText: "Thường xuyên" }),
  task({ id: "NV10", lead: SXD, section: "Tài chính", status: "Đang thực hiện", due: "2026-03-31", extendedDue: "2026-07-31" }),
];

const none = { onTime: 0, late: 0, overdue: 0 };

const counts = (c: Partial<Counts>): Counts => ({
  total: 0,
  doneOnTime: 0,
  doneLate: 0,
  inProgress: 0,
  dueSoon: 0,
  overdue: 0,
  ongoing: 0,
  ...c,
});

describe("summarise a mid-year report", () => {
  const summary = summarise(TASKS, { asOf: AS_OF });

  it("headlines the tasks done", () => {
    expect(summary.headline).toEqual({ total: 10, done: 3, text: "3/10 nhiệm vụ hoàn thành" });
    expect(summary.asOf).toBe(AS_OF);
  });

  it("counts, scores and rates each lead unit, outside agencies included", () => {
    expect(summary.units).toEqual([
      {
        unit: KHTC,
        ...counts({ total: 4, doneOnTime: 1, doneLate: 1, overdue: 1, inProgress: 1 }),
        score: 175 / 3,
        rating: RATING_LABELS.done,
        completionRate: 0.5,
        onTimeRate: 0.5,
        scored: { onTime: 1, late: 1, overdue: 1 },
      },
      {
        unit: NVY,
        ...counts({ total: 3, doneOnTime: 1, dueSoon: 1, ongoing: 1 }),
        score: 100,
        rating: RATING_LABELS.excellent,
        completionRate: 1 / 3,
        onTimeRate: 1,
        scored: { onTime: 1, late: 0, overdue: 0 }, // NV05, due and done on the report date
      },
      { unit: SXD, ...counts({ total: 1, inProgress: 1 }), score: null, rating: null, completionRate: 0, onTimeRate: null, scored: none },
      {
        unit: CDC,
        ...counts({ total: 2, inProgress: 1, ongoing: 1 }),
        score: null,
        rating: null,
        completionRate: 0,
        onTimeRate: null,
        scored: none,
      },
    ]);
  });

  it("groups by the month of the effective deadline, ongoing tasks last", () => {
    expect(summary.months.map((m) => [m.month, m.total])).toEqual([
      [3, 2],
      [6, 2],
      [7, 2], // NV06, and NV10 whose extension moved it from March
      [9, 1],
      [12, 1],
      [null, 2],
    ]);
    expect(summary.months[0]).toMatchObject({ doneOnTime: 1, doneLate: 1, score: 87.5, rating: RATING_LABELS.good });
  });

  it("groups by Board member, tasks without one last", () => {
    expect(summary.leaders.map((l) => [l.leader, l.total, l.overdue])).toEqual([
      [AN, 4, 1],
      [BINH, 4, 0],
      [NO_LEADER, 2, 0],
    ]);
  });

  it("keeps sections in the order the directive lists them", () => {
    expect(summary.sections.map((s) => [s.section, s.total])).toEqual([
      ["Tài chính", 5],
      ["Khám chữa bệnh", 3],
      ["Y tế dự phòng", 2],
    ]);
  });

  it("judges every task, in input order", () => {
    expect(summary.tasks).toEqual([
      { id: "NV01", state: "doneOnTime", daysLate: 0 },
      { id: "NV02", state: "doneLate", daysLate: 10 },
      { id: "NV03", state: "overdue", daysLate: 15 },
      { id: "NV04", state: "inProgress", daysLate: 0 },
      { id: "NV05", state: "doneOnTime", daysLate: 0 },
      { id: "NV06", state: "dueSoon", daysLate: 0 },
      { id: "NV07", state: "ongoing", daysLate: 0 },
      { id: "NV08", state: "inProgress", daysLate: 0 },
      { id: "NV09", state: "ongoing", daysLate: 0 },
      { id: "NV10", state: "inProgress", daysLate: 0 },
    ]);
  });
});

describe("summarise at another report date, window and scoring", () => {
  it("a year-end report sees the unfinished tasks overdue", () => {
    const summary = summarise(TASKS, { asOf: "2026-12-31" });
    const khtc = summary.units.find((u) => u.unit === KHTC);
    expect(khtc).toMatchObject({ overdue: 1, dueSoon: 1, inProgress: 0 });
    expect(summary.units.find((u) => u.unit === CDC)).toMatchObject({ overdue: 1, score: 0, rating: RATING_LABELS.notDone });
  });

  it("a 31-day window makes every July task due soon", () => {
    const summary = summarise(TASKS, { asOf: AS_OF, windowDays: 31 });
    expect(summary.months.find((m) => m.month === 7)).toMatchObject({ dueSoon: 2, inProgress: 0 });
  });

  it("rates with the workbook's own points and bands", () => {
    const scoring = { onTime: 100, late: 50, overdue: 0, bands: [{ min: 60, label: "Đạt" }, { min: 0, label: "Chưa đạt" }] };
    const summary = summarise(TASKS, { asOf: AS_OF, scoring });
    expect(summary.units[0]).toMatchObject({ unit: KHTC, score: 50, rating: "Chưa đạt" });
    expect(summary.units[1]).toMatchObject({ unit: NVY, score: 100, rating: "Đạt" });
  });
});

describe("the score counts only the tasks due by the report date", () => {
  const tasks = [
    task({ id: "A1", lead: KHTC, status: "Hoàn thành", due: "2026-09-30", doneDate: "2026-06-01" }), // done early
    task({ id: "A2", lead: KHTC, status: "Hoàn thành", deadlineText: "Thường xuyên", doneDate: "2026-05-05" }), // no deadline
    task({ id: "A3", lead: KHTC, status: "Hoàn thành", due: "2026-03-31", extendedDue: "2026-07-31", doneDate: "2026-04-15" }), // extended past the report date
    task({ id: "B1", lead: NVY, status: "Hoàn thành", due: "2026-09-30", doneDate: "2026-06-20" }), // done early
    task({ id: "B2", lead: NVY, due: "2026-06-29" }), // overdue
    task({ id: "C1", lead: CDC, due: "2026-06-30" }), // due on the report date, not yet overdue
    task({ id: "C2", lead: CDC, status: "Hoàn thành", due: "2026-06-30", doneDate: "2026-06-30" }), // due and done on the report date
  ];

  it("gives no score and no rating to a unit with nothing due yet, however much it has done", () => {
    const khtc = summarise(tasks, { asOf: AS_OF }).units.find((u) => u.unit === KHTC);
    expect(khtc).toMatchObject({ doneOnTime: 3, score: null, rating: null, scored: none, completionRate: 1 });
  });

  it("leaves an early completion out, so one overdue task alone sets the score", () => {
    const nvy = summarise(tasks, { asOf: AS_OF }).units.find((u) => u.unit === NVY);
    expect(nvy).toMatchObject({ doneOnTime: 1, overdue: 1, score: 0, rating: RATING_LABELS.notDone });
  });

  it("counts a task due on the report date once it is done, not while it is still open", () => {
    const cdc = summarise(tasks, { asOf: AS_OF }).units.find((u) => u.unit === CDC);
    expect(cdc).toMatchObject({ dueSoon: 1, doneOnTime: 1, score: 100, scored: { onTime: 1, late: 0, overdue: 0 } });
  });

  it("counts the early completions once their deadline has come", () => {
    const units = summarise(tasks, { asOf: "2026-09-30" }).units;
    expect(units.map((u) => [u.unit, u.score, u.rating])).toEqual([
      [KHTC, 100, RATING_LABELS.excellent], // A1 on its deadline day; A3 done within its extension
      [NVY, 50, RATING_LABELS.done],
      [CDC, 50, RATING_LABELS.done], // C1 now overdue, C2 on time
    ]);
  });

  it("scores months, Board members and sections by the same rule", () => {
    const summary = summarise(tasks, { asOf: AS_OF });
    expect(summary.months.find((m) => m.month === 9)).toMatchObject({ doneOnTime: 2, score: null });
    expect(summary.months.find((m) => m.month === null)).toMatchObject({ doneOnTime: 1, score: null });
    expect(summary.sections[0]).toMatchObject({ total: 7, scored: { onTime: 1, late: 0, overdue: 1 }, score: 50 });
  });

  it("adds groups up, scored tasks included, for the whole department", () => {
    const summary = summarise(tasks, { asOf: AS_OF });
    expect(combineGroups(summary.units)).toMatchObject({ total: 7, doneOnTime: 5, overdue: 1, dueSoon: 1, score: 50, scored: { onTime: 1, late: 0, overdue: 1 } });
  });
});

describe("unit names", () => {
  it("sorts units in Vietnamese order, tasks without a lead unit last", () => {
    const leads = ["Phòng Khám", "", "Bệnh viện Mắt", "Phòng Kế hoạch", "Bệnh viện Đa khoa", "Trung tâm Y tế", "Bệnh viện Da liễu"];
    const summary = summarise(
      leads.map((lead, i) => task({ id: `NV${i}`, lead })),
      { asOf: AS_OF },
    );
    expect(summary.units.map((u) => u.unit)).toEqual([
      "Bệnh viện Da liễu",
      "Bệnh viện Đa khoa",
      "Bệnh viện Mắt",
      "Phòng Kế hoạch",
      "Phòng Khám",
      "Trung tâm Y tế",
      NO_LEAD,
    ]);
  });

  it("counts a unit once however its cell is cased or padded, as Excel's COUNTIFS does", () => {
    const summary = summarise(
      [task({ lead: NVY }), task({ lead: "phòng nghiệp vụ y " }), task({ lead: "   " }), task({ lead: "" })],
      { asOf: AS_OF },
    );
    expect(summary.units.map((u) => [u.unit, u.total])).toEqual([
      [NVY, 2],
      [NO_LEAD, 2],
    ]);
  });

  it("groups tasks without a section under its own label", () => {
    const summary = summarise([task({ section: "" }), task({ section: "Dược" })], { asOf: AS_OF });
    expect(summary.sections.map((s) => s.section)).toEqual(["Dược", NO_SECTION]);
  });

  it("is empty for no tasks", () => {
    const summary = summarise([], { asOf: AS_OF });
    expect(summary.headline.text).toBe("0/0 nhiệm vụ hoàn thành");
    expect([summary.units, summary.months, summary.leaders, summary.sections, summary.tasks]).toEqual([[], [], [], [], []]);
  });
});

describe("summarising arbitrary tasks", () => {
  const date = fc.integer({ min: 0, max: 1500 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
  const maybeDate = fc.option(date, { nil: null });
  const name = fc.constantFrom("", " ", "Phòng A", "phòng a", "Phòng Đ", "Phòng D", "Sở B");
  const arbitraryTask = fc.record({
    id: fc.string({ maxLength: 4 }),
    lead: name,
    leader: name,
    section: name,
    status: fc.constantFrom<Status | "">("", ...STATUSES),
    due: maybeDate,
    extendedDue: maybeDate,
    doneDate: maybeDate,
  });
  const STATE_KEYS = ["doneOnTime", "doneLate", "inProgress", "dueSoon", "overdue", "ongoing"] as const;
  const sumStates = (c: Counts) => STATE_KEYS.reduce((sum, k) => sum + c[k], 0);

  it("every group's states add up to its total, and every grouping covers every task once", () => {
    fc.assert(
      fc.property(fc.array(arbitraryTask, { maxLength: 40 }), date, (fields, asOf) => {
        const tasks = fields.map((f) => task(f));
        const summary = summarise(tasks, { asOf });
        for (const groups of [summary.units, summary.months, summary.leaders, summary.sections]) {
          for (const g of groups) expect(sumStates(g)).toBe(g.total);
          expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(tasks.length);
        }
        expect(summary.tasks.map((t) => t.id)).toEqual(tasks.map((t) => t.id));
        const done = summary.units.reduce((sum, u) => sum + u.doneOnTime + u.doneLate, 0);
        expect(summary.headline).toMatchObject({ total: tasks.length, done });
      }),
    );
  });
});
