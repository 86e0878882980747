import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadline";
import { lastDayOfMonth } from "../../../src/core/dates";
import type { Deadline } from "../../../src/core/types";
import { CASES } from "./cases";

const ROMAN = ["I", "II", "III", "IV"];
const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];

const year = fc.integer({ min: 1950, max: 2150 });
const space = fc.constantFrom(" ", "  ", "\u00a0", "\n", " \n ");
const casing = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase());

/** "Quý IV/2026", "quý 4 năm 2026", "QUÝ IV2026", "Quí IV / 2026", "Hết quý 4-2026" ... */
const quarterPhrase = fc
  .record({
    y: year,
    q: fc.integer({ min: 1, max: 4 }),
    keyword: fc.constantFrom("Quý", "quý", "Quí", "QUÝ"),
    roman: fc.boolean(),
    sep: fc.constantFrom("/", "/ ", " / ", " /", "-", ".", " năm ", ", năm ", ""),
    lead: fc.constantFrom("", "Hoàn thành ", "Trong ", "hết ", "Thời gian hoàn thành: ", "Dự kiến ", "chậm nhất "),
    gap: space,
    shout: casing,
  })
  // With an Arabic numeral and no separator ("Quý 12026") the quarter and year cannot be told apart.
  .filter((r) => r.roman || r.sep !== "")
  .map((r) => ({
    ...r,
    text: r.shout(`${r.lead}${r.keyword}${r.gap}${r.roman ? ROMAN[r.q - 1] : String(r.q)}${r.sep}${r.y}`),
  }));

const monthPhrase = fc
  .record({
    y: year,
    m: fc.integer({ min: 1, max: 12 }),
    pad: fc.boolean(),
    keyword: fc.constantFrom("Tháng", "tháng", "THÁNG", "trong tháng", "Hết tháng"),
    sep: fc.constantFrom("/", " / ", "-", ".", " năm ", "/ "),
    gap: space,
  })
  .map((r) => ({
    ...r,
    text: `${r.keyword}${r.gap}${r.pad ? String(r.m).padStart(2, "0") : String(r.m)}${r.sep}${r.y}`,
  }));

/** Fragments of the grammar glued at random, to reach the scanner's odd corners. */
const fragments = fc.array(
  fc.constantFrom(
    "Quý", "IV", "tháng", "năm", "ngày", "từ", "đến", "trước", "sau khi", "hằng năm", "thường xuyên",
    "trở đi", "6 tháng đầu", "cuối", "/", "-", ",", ".", "(", ")", "[", "2021", "21", "0", "31", "12",
    "99999999999999999999", "và", "khi", "theo", "trong vòng", "ngày làm việc", "Đã", "\u00a0", "\n", "T", "Q",
    "dự kiến", "năm học", "Tết", "các năm", "hằng tháng", "tháng cuối quý", "của", "sáu", "mười", "l",
  ),
  { maxLength: 14 },
);

const datedKinds = new Set<Deadline["kind"]>(["date", "period", "range", "from", "ongoing", "yearly", "needsYear", "event"]);

describe("parseDeadline: properties", () => {
  it("gives the last day of the quarter for every spelling of a quarter", () => {
    fc.assert(
      fc.property(quarterPhrase, ({ text, y, q }) => {
        expect(parseDeadline(text)).toEqual({
          due: `${y}-${QUARTER_END[q - 1]}`,
          from: null,
          recurring: false,
          kind: "period",
          condition: null,
        });
      }),
    );
  });

  it("gives the last day of the month for 'Tháng m/yyyy' in any spelling", () => {
    fc.assert(
      fc.property(monthPhrase, ({ text, y, m }) => {
        const d = parseDeadline(text);
        expect([d.kind, d.due, d.recurring]).toEqual(["period", lastDayOfMonth(y, m), false]);
      }),
    );
  });

  it("puts 'Trước năm Y' on the last day of the year before", () => {
    fc.assert(
      fc.property(year, (y) => {
        expect(parseDeadline(`Trước năm ${y}`).due).toBe(`${y - 1}-12-31`);
      }),
    );
  });

  it("keeps the dated part and marks it recurring when 'và hằng năm' or 'và thường xuyên' follows", () => {
    fc.assert(
      fc.property(fc.oneof(quarterPhrase, monthPhrase), fc.constantFrom(" và hằng năm", " và thường xuyên", ", hàng năm"), ({ text }, tail) => {
        const plain = parseDeadline(text);
        const repeated = parseDeadline(text + tail);
        expect({ ...repeated, cycle: undefined }).toEqual({ ...plain, recurring: true });
      }),
    );
  });

  it("never throws, and always answers with a known kind", () => {
    const kinds = new Set(["date", "period", "range", "from", "ongoing", "yearly", "event", "relative", "status", "vague", "needsYear", "empty", "unknown"]);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fragments.map((f) => f.join(" ")), fragments.map((f) => f.join(""))),
        fc.option(fc.oneof(year, fc.integer(), fc.double()), { nil: undefined }),
        (text, planYear) => {
          const d = parseDeadline(text, planYear);
          expect(kinds.has(d.kind)).toBe(true);
          for (const date of [d.due, d.from]) if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is not changed by a leading 'Hoàn thành' or 'trong', or by spaces around the phrase", () => {
    const phrases = CASES.filter((c) => c.text.trim() !== "" && datedKinds.has(c.want.kind));
    fc.assert(
      fc.property(
        fc.constantFrom(...phrases),
        fc.constantFrom("Hoàn thành ", "hoàn thành ", "trong ", "Trong ", "Hoàn thành trong "),
        space,
        space,
        (c, lead, before, after) => {
          const base = parseDeadline(c.text, c.year);
          expect(parseDeadline(lead + c.text, c.year)).toEqual(base);
          expect(parseDeadline(before + c.text + after, c.year)).toEqual(base);
        },
      ),
    );
  });

  // Speed is measured by `npm run bench` ("core: parseDeadline", "import"); here only the answers
  // on cells built to make a backtracking pattern explode, which would hang the suite.
  it("answers a pathological cell instead of hanging", () => {
    expect(parseDeadline("1/".repeat(20_000), 2026).kind).toBe("unknown");
    expect(parseDeadline("Quý I, ".repeat(10_000) + "2021").kind).toBe("unknown");
  });
});
