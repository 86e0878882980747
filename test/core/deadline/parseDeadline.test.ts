import { parseDeadline } from "../../../src/core/deadline";
import { CASES } from "./cases";

describe("parseDeadline: phrase families", () => {
  test.each(CASES.map((c) => [JSON.stringify(c.text), c.year ?? "-", c] as const))("%s (plan year %s)", (_t, _y, c) => {
    expect(parseDeadline(c.text, c.year)).toEqual(c.want);
  });
});
