import { parseDeadline } from "../../../src/core/deadline";
import { CASES } from "./cases";

describe("parseDeadline: phrase families", () => {
  test.each(CASES.map((c) => [JSON.stringify(c.text), c.year ?? "-", c] as const))("%s (plan year %s)", (_t, _y, c) => {
    const read = parseDeadline(c.text, c.year);
    // The cycle of recurring phrases is tested in cycle.test.ts; a case states it only where it matters.
    expect(c.want.cycle === undefined ? { ...read, cycle: undefined } : read).toEqual(c.want);
  });
});

describe("parseDeadline: round-8 fixes", () => {
  it("reads 'Th' as the abbreviation of tháng, with or without its dot, in spans too", () => {
    expect(parseDeadline("Th.6/2026")).toMatchObject({ kind: "period", due: "2026-06-30" });
    expect(parseDeadline("Th3-Th6/2026")).toMatchObject({ kind: "range", from: "2026-03-01", due: "2026-06-30" });
  });

  it("narrows a period by a bare shorter period in brackets, and only inside it", () => {
    expect(parseDeadline("Năm 2026 (Quý II)")).toMatchObject({ kind: "period", due: "2026-06-30", condition: null });
    expect(parseDeadline("Năm 2026 (Quý IV/2025)")).toMatchObject({ kind: "period", due: "2026-12-31" });
    expect(parseDeadline("Tháng 3/2026 (Quý I)")).toMatchObject({ kind: "period", due: "2026-03-31" });
  });

  it("waits on the schedule of a named undertaking, but not on 'theo tiến độ' alone", () => {
    expect(parseDeadline("Theo tiến độ Đề án")).toMatchObject({ kind: "event", condition: "Theo tiến độ Đề án" });
    expect(parseDeadline("Theo tiến độ")).toMatchObject({ kind: "vague" });
    expect(parseDeadline("Theo tiến độ thực hiện")).toMatchObject({ kind: "vague" });
  });

  it("reads a lone 'x' mark as an empty cell, but not an x inside a phrase", () => {
    expect(parseDeadline(" x ").kind).toBe("empty");
    expect(parseDeadline("x/2026").kind).not.toBe("empty");
  });
});
