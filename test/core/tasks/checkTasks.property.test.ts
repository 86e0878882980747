import fc from "fast-check";
import { checkTasks } from "../../../src/core/tasks/checkTasks";
import { RULES } from "../../../src/core/tasks/rules";
import { TASK_FIELDS, type CellValue, type RawRow } from "../../../src/core/types";
import { doneRow, inProgressRow, OPTIONS } from "./rowFactory";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.double(),
  fc.integer({ min: -10, max: 3_000_000 }),
  fc.date(),
  fc.string(),
  fc.constantFrom("", " ", "\u00a0", "#N/A", "Hoàn thành", "30/6/2026", "6/30/2026", "Quý II/2026", "KHTC, NVY", "50%", "Sớm"),
);

const row: fc.Arbitrary<RawRow> = fc.record(Object.fromEntries(TASK_FIELDS.map((f) => [f, cell])), { requiredKeys: [] }) as fc.Arbitrary<RawRow>;

describe("checkTasks on arbitrary input", () => {
  test("never throws, and every finding points at a row, a known rule and a column", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.option(fc.integer({ min: 2000, max: 2100 }), { nil: undefined }), (rows, planYear) => {
        const findings = checkTasks(rows, { ...OPTIONS, planYear });
        for (const f of findings) {
          expect(f.row).toBeGreaterThanOrEqual(0);
          expect(f.row).toBeLessThan(rows.length);
          expect(RULES).toHaveProperty([f.rule]);
          expect(f.severity).toBe(RULES[f.rule as keyof typeof RULES].severity);
          expect(f.message).not.toBe("");
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a clean row stays clean whatever its free-text columns say", () => {
    const text = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.replace(/\s+/g, " ").trim()).filter((s) => s !== "" && !s.startsWith("#"));
    fc.assert(
      fc.property(fc.boolean(), text, text, text, (done, note, product, source) => {
        const base = done ? doneRow({ note, product, source }) : inProgressRow({ note, product, source });
        expect(checkTasks([base], OPTIONS)).toEqual([]);
      }),
    );
  });

  // A fix may reveal the next problem (a status corrected to Hoàn thành asks for progress 100), but
  // fixes never fight: a few rounds of "apply all" leave nothing to fix.
  test("applying the offered fixes settles within three rounds", () => {
    fc.assert(
      fc.property(
        fc.record({
          lead: fc.constantFrom("KHTC", " Phòng Kế hoạch - Tài chín", "Kế hoạch tài chính"),
          partners: fc.constantFrom("VP Sở, Thanh tra", "Văn phòng Sở; Văn phòng sở", "KHTC; NVY"),
          due: fc.constantFrom<CellValue>("30/6/2026", "6/30/2026", null),
          status: fc.constantFrom("hoàn thành", "Đã xong", "HOAN THANH"),
          progress: fc.constantFrom<CellValue>("80%", 0.8, 80, "100"),
          month: fc.constantFrom<CellValue>("6", "Tháng 6", 6),
        }),
        (overrides) => {
          const row: RawRow = doneRow(overrides);
          for (let round = 0; round < 3; round++) {
            for (const f of checkTasks([row], OPTIONS)) if (f.fix && f.field) row[f.field] = f.fix.value;
          }
          expect(checkTasks([row], OPTIONS).filter((f) => f.fix !== null)).toEqual([]);
        },
      ),
    );
  });
});
