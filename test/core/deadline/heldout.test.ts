import { parseDeadline } from "../../../src/core/deadline";
import { HELD_OUT } from "./heldout";

describe("parseDeadline: held-out phrases from plan tables", () => {
  test.each(HELD_OUT.map((c) => [JSON.stringify(c.text), c.year ?? "-", c] as const))("%s (plan year %s)", (_t, _y, c) => {
    const { due, from, recurring, kind } = parseDeadline(c.text, c.year);
    expect({ due, from, recurring, kind }).toEqual(c.want);
  });

  it.each([
    ["Sau khi có hướng dẫn của Bộ Y tế, dự kiến Quý III/2026", "Sau khi có hướng dẫn của Bộ Y tế"],
    ["Sau khi Kế hoạch được phê duyệt (Quý II/2026)", "Sau khi Kế hoạch được phê duyệt"],
    ["Năm 2026 (hoàn thành trước 30/11/2026)", null],
    ["Quý IV/2026 (chậm nhất 15/12/2026) (sau khi có hướng dẫn)", "sau khi có hướng dẫn"],
    ["Trước Tết Nguyên đán 2027", "Trước Tết Nguyên đán 2027"],
    ["Theo tiến độ của Bộ Y tế", "Theo tiến độ của Bộ Y tế"],
  ])("keeps what qualifies the date as the condition: %j", (text, condition) => {
    expect(parseDeadline(text).condition).toBe(condition);
  });

  it("has no phrase twice with the same plan year", () => {
    const keys = HELD_OUT.map((c) => `${c.text}|${c.year ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
