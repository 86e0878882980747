import { DEFAULT_SCORING, rate, scoreOf } from "../../../src/core/rating";
import { RATING_LABELS } from "../../../src/core/strings/vi";
import type { Counts } from "../../../src/core/types";

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

describe("rate with the default bands", () => {
  it.each([
    [100, RATING_LABELS.excellent],
    [90, RATING_LABELS.excellent],
    [89.99, RATING_LABELS.good],
    [70, RATING_LABELS.good],
    [69.99, RATING_LABELS.done],
    [50, RATING_LABELS.done],
    [49.99, RATING_LABELS.notDone],
    [0, RATING_LABELS.notDone],
  ])("score %d → %s", (score, label) => {
    expect(rate(score)).toBe(label);
  });

  it("gives no rating, not the lowest one, when there is no score", () => {
    expect(rate(null)).toBeNull();
  });

  it("gives the lowest band to a score below every band (negative points for overdue)", () => {
    expect(rate(-10)).toBe(RATING_LABELS.notDone);
  });

  it("follows bands set in the workbook", () => {
    const bands = [
      { min: 95, label: "A" },
      { min: 80, label: "B" },
      { min: 60, label: "C" },
    ];
    expect([rate(96, bands), rate(95, bands), rate(80, bands), rate(59, bands)]).toEqual(["A", "A", "B", "C"]);
  });
});

describe("scoreOf", () => {
  it.each([
    ["all on time", { doneOnTime: 4 }, 100],
    ["9 on time, 1 late", { doneOnTime: 9, doneLate: 1 }, 97.5],
    ["9 on time, 1 overdue: exactly the top band", { doneOnTime: 9, overdue: 1 }, 90],
    ["2 on time, 1 late, 1 overdue", { doneOnTime: 2, doneLate: 1, overdue: 1 }, 68.75],
    ["all late", { doneLate: 3 }, 75],
    ["all overdue", { overdue: 2 }, 0],
  ])("%s → %d", (_name, c, score) => {
    expect(scoreOf(counts(c))).toBe(score);
  });

  it("leaves out tasks whose deadline has not come and ongoing tasks", () => {
    expect(scoreOf(counts({ doneOnTime: 1, overdue: 1, dueSoon: 5, inProgress: 7, ongoing: 3 }))).toBe(50);
  });

  it("is null, not zero, when nothing is done or overdue", () => {
    expect(scoreOf(counts({ dueSoon: 2, inProgress: 3, ongoing: 1 }))).toBeNull();
    expect(scoreOf(counts({}))).toBeNull();
  });

  it("uses the points set in the workbook", () => {
    const scoring = { ...DEFAULT_SCORING, late: 50, overdue: -20 };
    expect(scoreOf(counts({ doneOnTime: 1, doneLate: 1, overdue: 1 }), scoring)).toBeCloseTo(130 / 3, 10);
  });

  it("rates 2 on time + 1 late as excellent (91.67) and 1 on time + 2 late as good (83.33)", () => {
    expect(rate(scoreOf(counts({ doneOnTime: 2, doneLate: 1 })))).toBe(RATING_LABELS.excellent);
    expect(rate(scoreOf(counts({ doneOnTime: 1, doneLate: 2 })))).toBe(RATING_LABELS.good);
  });
});
