// The summary's figures for a report: official labels, "Chưa đánh giá", the partner weight, and the
// headline's count of rows with check errors that makes every rating provisional.
import { DEFAULT_SCORING, unitScoreOf } from "../../../src/core/rating";
import { RATING_LABELS } from "../../../src/core/strings/vi";
import { summarise } from "../../../src/core/summary";
import { task } from "./task";

const AS_OF = "2026-06-30";
const A = "Phòng Kế hoạch - Tài chính";
const B = "Văn phòng Sở";

const tasks = [
  task({ id: "1", lead: A, partners: [B], due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-03-30" }),
  task({ id: "2", lead: A, partners: [B, "văn phòng sở "], due: "2026-04-30" }), // overdue; B once
  task({ id: "3", lead: B, due: "2026-05-31", status: "Hoàn thành", doneDate: "2026-05-20" }),
  task({ id: "4", lead: "Thanh tra Sở", due: "2026-12-31" }), // nothing due yet
];

describe("ratings for the report", () => {
  it("uses the official labels, and leaves a unit with nothing due unrated, not at zero", () => {
    expect(DEFAULT_SCORING.bands.map((b) => b.label)).toEqual([
      "Hoàn thành xuất sắc nhiệm vụ",
      "Hoàn thành tốt nhiệm vụ",
      "Hoàn thành nhiệm vụ",
      "Không hoàn thành nhiệm vụ",
    ]);
    const summary = summarise(tasks, { asOf: AS_OF });
    const unit = (name: string) => summary.units.find((u) => u.unit === name)!;
    expect(unit(A)).toMatchObject({ score: 50, rating: RATING_LABELS.done });
    expect(unit("Thanh tra Sở")).toMatchObject({ score: null, rating: null });
    expect(RATING_LABELS.unrated).toBe("Chưa đánh giá");
  });

  it("counts partners only with a partner weight above 0, weighed against 1 for the lead", () => {
    const plain = summarise(tasks, { asOf: AS_OF });
    expect(plain.units.find((u) => u.unit === B)).toMatchObject({ total: 1, score: 100 });
    const weighted = summarise(tasks, { asOf: AS_OF, scoring: { ...DEFAULT_SCORING, partnerWeight: 0.5 } });
    const b = weighted.units.find((u) => u.unit === B)!;
    // Lead: task 3 on time (100). Partner, half weight, once per task: 1 on time (100), 2 overdue (0).
    expect(b.score).toBeCloseTo((100 + 0.5 * 100 + 0.5 * 0) / (1 + 0.5 + 0.5), 10);
    expect(b.total).toBe(1); // counts stay the tasks it leads
    expect(weighted.units.find((u) => u.unit === A)!.score).toBe(50); // A partners on nothing
    expect(unitScoreOf({ onTime: 1, late: 0, overdue: 0 }, { onTime: 0, late: 0, overdue: 3 }, DEFAULT_SCORING)).toBe(100);
  });

  it("lists a unit that only partners when partners weigh, with no task of its own", () => {
    const only = [task({ id: "1", lead: A, partners: ["Thanh tra Sở"], due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-03-01" })];
    expect(summarise(only, { asOf: AS_OF }).units.map((u) => u.unit)).toEqual([A]);
    const weighted = summarise(only, { asOf: AS_OF, scoring: { ...DEFAULT_SCORING, partnerWeight: 1 } });
    expect(weighted.units.find((u) => u.unit === "Thanh tra Sở")).toMatchObject({ total: 0, score: 100, rating: RATING_LABELS.excellent });
  });

  it("states in the headline how many rows have check errors, and marks the ratings provisional", () => {
    const checked = summarise(tasks, { asOf: AS_OF, errorRows: 2 });
    expect(checked.headline).toMatchObject({ errors: 2, text: expect.stringContaining("2 dòng có lỗi kiểm tra, xếp loại tạm tính") });
    expect(checked.provisional).toBe(true);
    const clean = summarise(tasks, { asOf: AS_OF, errorRows: 0 });
    expect(clean).toMatchObject({ provisional: false, headline: { errors: 0, text: "2/4 nhiệm vụ hoàn thành" } });
    expect(summarise(tasks, { asOf: AS_OF }).provisional).toBeUndefined();
  });
});
