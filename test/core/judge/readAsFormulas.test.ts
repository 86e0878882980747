// Judging a sheet's rows must give what its Đánh giá formulas show, so readTask with `asFormulas`
// reads the judged cells as those formulas do (N() for dates, TRIM(cell)="label" for the status).
import { judgeTask } from "../../../src/core/judge";
import { readTask } from "../../../src/core/tasks/readTask";
import type { RawRow } from "../../../src/core/types";

const NBSP = "\u00a0";
const asFormulas = (raw: RawRow) => readTask(raw, { asFormulas: true });

describe("readTask with asFormulas: dates", () => {
  test.each<[RawRow["due"], string | null, string | null]>([
    // cell, as the formulas see it, as the checks read it
    [44377, "2021-06-30", "2021-06-30"],
    [44377.75, "2021-06-30", "2021-06-30"],
    [new Date(Date.UTC(2021, 5, 30)), "2021-06-30", "2021-06-30"],
    ["30/6/2021", null, "2021-06-30"],
    ["2021-06-30", null, "2021-06-30"],
    ["44377", null, "2021-06-30"],
    [0.5, null, null],
    [-3, null, null],
    ["", null, null],
    [null, null, null],
  ])("%p → %p (leniently %p)", (cell, expected, lenient) => {
    const raw = { due: cell, extendedDue: cell, doneDate: cell };
    expect(asFormulas(raw)).toMatchObject({ due: expected, extendedDue: expected, doneDate: expected });
    expect(readTask(raw)).toMatchObject({ due: lenient, extendedDue: lenient, doneDate: lenient });
  });
});

describe("readTask with asFormulas: status", () => {
  test.each([
    ["Hoàn thành", "Hoàn thành"],
    ["hoàn thành", "Hoàn thành"],
    ["HOÀN THÀNH", "Hoàn thành"],
    ["  Hoàn   thành ", "Hoàn thành"], // TRIM collapses runs of spaces
    ["đang thực hiện", "Đang thực hiện"],
    ["dừng/điều chỉnh", "Dừng/điều chỉnh"],
    ["hoan thanh", ""], // no accents: not the label
    [`Hoàn thành${NBSP}`, ""], // TRIM leaves a non-breaking space
    ["Hoàn\nthành", ""],
    ["Dừng / điều chỉnh", ""],
    ["Xong", ""],
    ["", ""],
  ])("%j → %j", (cell, expected) => {
    expect(asFormulas({ status: cell }).status).toBe(expected);
  });

  test("a number or a date in the status cell is no status", () => {
    expect(asFormulas({ status: 1 }).status).toBe("");
    expect(asFormulas({ status: new Date(Date.UTC(2026, 0, 1)) }).status).toBe("");
  });

  test("reads the other cells as readTask always does", () => {
    const raw: RawRow = { id: ` NV01${NBSP}`, lead: "Phòng  KH-TC ", month: "Tháng 6", progress: "50%", partners: "A; B" };
    expect(asFormulas(raw)).toEqual(readTask(raw));
  });
});

describe("judging a row as its Đánh giá formula does", () => {
  const AS_OF = "2026-06-30";
  const judged = (raw: RawRow) => judgeTask(asFormulas(raw), AS_OF).state;
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

  test.each<[string, RawRow, string]>([
    ["a text Hạn hoàn thành is no deadline: ongoing", { status: "Đang thực hiện", due: "30/6/2026" }, "ongoing"],
    ["a text Hạn điều chỉnh leaves Hạn hoàn thành in force", { due: date("2026-06-01"), extendedDue: "31/12/2026" }, "overdue"],
    ["Hoàn thành with a text Ngày hoàn thành: done on time", { status: "Hoàn thành", due: date("2026-03-31"), doneDate: "15/04/2026" }, "doneOnTime"],
    ["lower-case hoàn thành is done", { status: "hoàn thành", due: date("2026-03-31"), doneDate: date("2026-04-15") }, "doneLate"],
    ["hoan thanh without accents is not done", { status: "hoan thanh", due: date("2026-03-31"), doneDate: date("2026-03-01") }, "overdue"],
  ])("%s", (_name, raw, state) => {
    expect(judged(raw)).toBe(state);
  });
});
