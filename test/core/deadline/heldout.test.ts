import { parseDeadline } from "../../../src/core/deadline";
import { HELD_OUT } from "./heldout";

describe("parseDeadline: held-out phrases from plan tables", () => {
  test.each(HELD_OUT.map((c) => [JSON.stringify(c.text), c.year ?? "-", c] as const))("%s (plan year %s)", (_t, _y, c) => {
    const { due, from, recurring, kind } = parseDeadline(c.text, c.year);
    expect({ due, from, recurring, kind }).toEqual(c.want);
  });

  it("has no phrase twice with the same plan year", () => {
    const keys = HELD_OUT.map((c) => `${c.text}|${c.year ?? ""}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
