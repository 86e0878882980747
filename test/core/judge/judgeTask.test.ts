import fc from "fast-check";
import { judgeTask } from "../../../src/core/judge";
import { STATES, STATUSES, type Status } from "../../../src/core/types";
import { row } from "./row";

const AS_OF = "2026-06-30";

describe("judgeTask as of 30/06/2026, due-soon window 7 days", () => {
  it.each([
    ["due yesterday", "overdue", 1, row({ due: "2026-06-29" })],
    ["due a month ago", "overdue", 30, row({ due: "2026-05-31" })],
    ["due today", "dueSoon", 0, row({ due: "2026-06-30" })],
    ["due on the last day of the window (asOf + 7)", "dueSoon", 0, row({ due: "2026-07-07" })],
    ["due the day after the window (asOf + 8)", "inProgress", 0, row({ due: "2026-07-08" })],
    ["no deadline, not done", "ongoing", 0, row({ due: null })],
    ["extension moves an overdue task into the window", "dueSoon", 0, row({ due: "2026-06-01", extendedDue: "2026-07-03" })],
    ["extension moves it beyond the window", "inProgress", 0, row({ due: "2026-06-01", extendedDue: "2026-09-30" })],
    ["extension earlier than the due date also replaces it", "overdue", 10, row({ due: "2026-12-31", extendedDue: "2026-06-20" })],
    ["extension on a task with no due date", "overdue", 5, row({ due: null, extendedDue: "2026-06-25" })],
    ["Đang thực hiện behaves like not done", "overdue", 1, row({ status: "Đang thực hiện", due: "2026-06-29" })],
    ["blank status behaves like not done", "dueSoon", 0, row({ status: "", due: "2026-07-01" })],
    ["Dừng/điều chỉnh is judged like unfinished work", "overdue", 15, row({ status: "Dừng/điều chỉnh", due: "2026-06-15" })],
    ["a completion date without Hoàn thành is ignored", "overdue", 15, row({ due: "2026-06-15", doneDate: "2026-06-10" })],
  ] as const)("%s → %s", (_name, state, daysLate, task) => {
    expect(judgeTask(task, AS_OF)).toEqual({ state, daysLate });
  });

  it.each([
    ["done on the due date", "doneOnTime", 0, row({ status: "Hoàn thành", due: "2026-03-31", doneDate: "2026-03-31" })],
    ["done the day after", "doneLate", 1, row({ status: "Hoàn thành", due: "2026-03-31", doneDate: "2026-04-01" })],
    ["done early, deadline still ahead", "doneOnTime", 0, row({ status: "Hoàn thành", due: "2026-12-31", doneDate: "2026-06-01" })],
    ["done, no deadline", "doneOnTime", 0, row({ status: "Hoàn thành", due: null, doneDate: "2026-05-05" })],
    ["done late against due, on time against the extension", "doneOnTime", 0, row({ status: "Hoàn thành", due: "2026-03-31", extendedDue: "2026-05-31", doneDate: "2026-05-20" })],
    ["done on time against due, late against an earlier extension", "doneLate", 10, row({ status: "Hoàn thành", due: "2026-05-31", extendedDue: "2026-03-31", doneDate: "2026-04-10" })],
    ["Hoàn thành without a completion date counts as on time", "doneOnTime", 0, row({ status: "Hoàn thành", due: "2026-03-31", doneDate: null })],
  ] as const)("%s → %s", (_name, state, daysLate, task) => {
    expect(judgeTask(task, AS_OF)).toEqual({ state, daysLate });
  });

  // Issue 13 §1 changed this rule: a task counts as done only from its completion date on, so a
  // report as of a past date is reproduced as it was (before, a Hoàn thành row was done whatever the date).
  it("a completed task is done from its completion date on, and before it is judged by its deadline", () => {
    const task = row({ status: "Hoàn thành", due: "2026-03-31", doneDate: "2026-04-05" });
    expect(judgeTask(task, "2026-03-25")).toEqual({ state: "dueSoon", daysLate: 0 });
    expect(judgeTask(task, "2026-04-01")).toEqual({ state: "overdue", daysLate: 1 });
    expect(judgeTask(task, "2026-04-04")).toEqual({ state: "overdue", daysLate: 4 });
    expect(judgeTask(task, "2026-04-05")).toEqual({ state: "doneLate", daysLate: 5 });
    expect(judgeTask(task, "2027-01-01")).toEqual({ state: "doneLate", daysLate: 5 });
  });

  it("a task finished after the report date, with no deadline, is ongoing on the report date", () => {
    expect(judgeTask(row({ status: "Hoàn thành", due: null, doneDate: "2026-07-05" }), AS_OF)).toEqual({ state: "ongoing", daysLate: 0 });
  });

  it("Hoàn thành without a completion date counts as the unit declared it, whatever the report date", () => {
    const task = row({ status: "Hoàn thành", due: "2026-03-31", doneDate: null });
    expect(judgeTask(task, "2026-01-01").state).toBe("doneOnTime");
    expect(judgeTask(task, "2027-01-01").state).toBe("doneOnTime");
  });
});

describe("changing the report date", () => {
  const task = row({ due: "2026-06-30" });

  it.each([
    ["2026-06-01", "inProgress", 0],
    ["2026-06-22", "inProgress", 0],
    ["2026-06-23", "dueSoon", 0],
    ["2026-06-30", "dueSoon", 0],
    ["2026-07-01", "overdue", 1],
    ["2026-12-31", "overdue", 184],
  ] as const)("as of %s the same row is %s", (asOf, state, daysLate) => {
    expect(judgeTask(task, asOf)).toEqual({ state, daysLate });
  });

  it("crosses month and year ends when counting days late", () => {
    expect(judgeTask(row({ due: "2025-12-31" }), "2026-03-01").daysLate).toBe(60);
    expect(judgeTask(row({ due: "2024-02-28" }), "2024-03-01").daysLate).toBe(2);
  });
});

describe("the due-soon window", () => {
  it.each([
    [0, "2026-06-30", "dueSoon"],
    [0, "2026-07-01", "inProgress"],
    [30, "2026-07-30", "dueSoon"],
    [30, "2026-07-31", "inProgress"],
  ] as const)("W = %i: due %s → %s", (windowDays, due, state) => {
    expect(judgeTask(row({ due }), AS_OF, windowDays).state).toBe(state);
  });
});

describe("judging arbitrary rows", () => {
  const date = fc
    .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const maybeDate = fc.option(date, { nil: null });
  const status = fc.constantFrom<Status | "">("", ...STATUSES);
  const task = fc.record({ status, due: maybeDate, extendedDue: maybeDate, doneDate: maybeDate });

  it("never throws, always gives a known state and whole non-negative days late", () => {
    fc.assert(
      fc.property(task, date, fc.integer({ min: 0, max: 60 }), (t, asOf, w) => {
        const { state, daysLate } = judgeTask(t, asOf, w);
        expect(STATES).toContain(state);
        expect(Number.isInteger(daysLate)).toBe(true);
        expect(daysLate).toBeGreaterThanOrEqual(0);
        expect(daysLate > 0).toBe(state === "overdue" || state === "doneLate");
      }),
    );
  });

  // Issue 13 §1: "done" now also needs the completion date (when given) on or before the report date.
  it("only rows Hoàn thành by the report date are done, and only rows without a deadline are ongoing", () => {
    fc.assert(
      fc.property(task, date, (t, asOf) => {
        const { state } = judgeTask(t, asOf);
        const doneByReportDate = t.status === "Hoàn thành" && (t.doneDate === null || t.doneDate <= asOf);
        expect(state.startsWith("done")).toBe(doneByReportDate);
        expect(state === "ongoing").toBe(!doneByReportDate && !t.due && !t.extendedDue);
      }),
    );
  });
});
