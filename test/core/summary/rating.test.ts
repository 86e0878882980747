import { DEFAULT_SCORING, rate, scoredAs, scoreOf } from "../../../src/core/rating";
import { RATING_LABELS } from "../../../src/core/strings/vi";
import type { ScoredCounts, State } from "../../../src/core/types";

const scored = (c: Partial<ScoredCounts>): ScoredCounts => ({ onTime: 0, late: 0, overdue: 0, ...c });

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
    ["all on time", { onTime: 4 }, 100],
    ["9 on time, 1 late", { onTime: 9, late: 1 }, 97.5],
    ["9 on time, 1 overdue: exactly the top band", { onTime: 9, overdue: 1 }, 90],
    ["7 on time, 3 overdue: exactly the second band", { onTime: 7, overdue: 3 }, 70],
    ["1 on time, 1 overdue: exactly the third band", { onTime: 1, overdue: 1 }, 50],
    ["2 on time, 1 late, 1 overdue", { onTime: 2, late: 1, overdue: 1 }, 68.75],
    ["all late", { late: 3 }, 75],
    ["all overdue", { overdue: 2 }, 0],
  ])("%s → %d", (_name, c, score) => {
    expect(scoreOf(scored(c))).toBe(score);
  });

  it("is null, not zero, when nothing is due yet", () => {
    expect(scoreOf(scored({}))).toBeNull();
  });

  it("uses the points set in the workbook", () => {
    const scoring = { ...DEFAULT_SCORING, late: 50, overdue: -20 };
    expect(scoreOf(scored({ onTime: 1, late: 1, overdue: 1 }), scoring)).toBeCloseTo(130 / 3, 10);
  });

  it("rates 2 on time + 1 late as excellent (91.67) and 1 on time + 2 late as good (83.33)", () => {
    expect(rate(scoreOf(scored({ onTime: 2, late: 1 })))).toBe(RATING_LABELS.excellent);
    expect(rate(scoreOf(scored({ onTime: 1, late: 2 })))).toBe(RATING_LABELS.good);
  });
});

describe("scoredAs: which tasks the score counts, as of 30/06/2026", () => {
  const AS_OF = "2026-06-30";
  it.each<[string, State, string | null, ReturnType<typeof scoredAs>]>([
    ["done on time, due before the report date", "doneOnTime", "2026-03-31", "onTime"],
    ["done on time, due on the report date", "doneOnTime", "2026-06-30", "onTime"],
    ["done early, deadline still ahead", "doneOnTime", "2026-07-01", null],
    ["done, no deadline", "doneOnTime", null, null],
    ["done late, due before the report date", "doneLate", "2026-03-31", "late"],
    ["done late, deadline (an earlier extension) still ahead of the report date", "doneLate", "2026-07-15", null],
    ["overdue", "overdue", "2026-06-29", "overdue"],
    ["due today, not yet overdue", "dueSoon", "2026-06-30", null],
    ["within deadline", "inProgress", "2026-09-30", null],
    ["ongoing", "ongoing", null, null],
  ])("%s → %s", (_name, state, due, bucket) => {
    expect(scoredAs(state, due, AS_OF)).toBe(bucket);
  });
});
