// Recurring obligations (domain.md, "Recurring obligations"): the cycle a phrase names, its occurrences
// in the plan year, and "X và hằng năm" rolled to the plan year.
import { parseDeadline } from "../../../src/core/deadline";
import { occurrencesOf } from "../../../src/core/deadline/cycle";

const Y = 2026;
const dues = (text: string) => occurrencesOf(parseDeadline(text, Y), Y)?.map((o) => `${o.suffix} ${o.due}`) ?? null;

describe("deadline cycles", () => {
  it.each([
    ["Hằng tháng", "monthly"],
    ["Báo cáo trước ngày 15 hằng tháng", "monthly"],
    ["Hằng tháng, trước ngày 25", "monthly"],
    ["Hằng quý", "quarterly"],
    ["Định kỳ hằng quý (trước ngày 20 tháng cuối quý)", "quarterly"],
    ["3 tháng/lần", "quarterly"],
    ["6 tháng, năm", "halfYearly"],
    ["Báo cáo 6 tháng và năm", "halfYearly"],
    ["Định kỳ 6 tháng/đợt", "halfYearly"],
    ["Hằng năm", "yearly"],
    ["định kỳ hằng năm trước ngày 15 tháng 12", "yearly"],
    ["Năm 2021 và hằng năm", "yearly"],
  ])("%s is %s", (text, cycle) => {
    expect(parseDeadline(text, Y).cycle).toBe(cycle);
    expect(parseDeadline(text).cycle).toBe(cycle);
  });

  it.each(["Thường xuyên", "6 tháng đầu năm 2026", "Tháng 12/2013 và thường xuyên", "Từ quý II/2027", "Quý IV/2026", "Giai đoạn 2026-2030"])(
    "%s has no cycle",
    (text) => {
      expect(parseDeadline(text, Y).cycle).toBeUndefined();
    },
  );

  it("places a monthly obligation on the stated day of each month, or each month's last day", () => {
    expect(dues("Báo cáo trước ngày 15 hằng tháng")).toEqual(Array.from({ length: 12 }, (_, i) => `T${String(i + 1).padStart(2, "0")} 2026-${String(i + 1).padStart(2, "0")}-15`));
    expect(dues("Hằng tháng")?.slice(0, 4)).toEqual(["T01 2026-01-31", "T02 2026-02-28", "T03 2026-03-31", "T04 2026-04-30"]);
    expect(dues("Hằng tháng, trước ngày 30")?.[1]).toBe("T02 2026-02-28");
  });

  it("places quarterly and 6-monthly obligations at each period's end, or on the stated day of its last month", () => {
    expect(dues("Hằng quý")).toEqual(["Q1 2026-03-31", "Q2 2026-06-30", "Q3 2026-09-30", "Q4 2026-12-31"]);
    expect(dues("Định kỳ hằng quý (trước ngày 20 tháng cuối quý)")).toEqual(["Q1 2026-03-20", "Q2 2026-06-20", "Q3 2026-09-20", "Q4 2026-12-20"]);
    expect(dues("6 tháng, năm")).toEqual(["H1 2026-06-30", "H2 2026-12-31"]);
  });

  it("owes a yearly obligation once, on its day of the plan year, and splits nothing without a plan year", () => {
    expect(dues("Hằng năm")).toBeNull();
    expect(parseDeadline("định kỳ hằng năm trước ngày 15 tháng 12", Y).due).toBe("2026-12-15");
    expect(occurrencesOf(parseDeadline("Hằng tháng"), undefined)).toBeNull();
  });

  it("rolls 'X và hằng năm' to the plan year instead of counting days overdue since X", () => {
    expect(parseDeadline("Năm 2021 và hằng năm", Y)).toMatchObject({ due: "2026-12-31", recurring: true });
    expect(parseDeadline("Quý II năm 2021 và hằng năm", Y).due).toBe("2026-06-30");
    expect(parseDeadline("29/02/2024 và hằng năm", Y).due).toBe("2026-02-28");
    // Without a plan year nothing is guessed; a later first year is not pulled back.
    expect(parseDeadline("Năm 2021 và hằng năm").due).toBe("2021-12-31");
    expect(parseDeadline("Năm 2027 và hằng năm", Y).due).toBe("2027-12-31");
    // Ongoing work after a date is not a yearly obligation.
    expect(parseDeadline("Tháng 12/2013 và thường xuyên", Y).due).toBe("2013-12-31");
  });
});
