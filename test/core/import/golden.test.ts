// Every folder of test/cases/import is one directive: input.txt (text) or input.tsv (a pasted
// table), the expected import in expected.json (checked by hand), options.json for the plan year.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { importCells, importText } from "../../../src/core/import/importDirective";
import { parseDelimited } from "../../../src/core/import/delimited";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const CASES = join(__dirname, "../../cases/import");

function runCase(dir: string) {
  const options = existsSync(join(dir, "options.json"))
    ? (JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) as { planYear?: number })
    : {};
  const opts = { catalog: DEFAULT_CATALOG, planYear: options.planYear };
  if (existsSync(join(dir, "input.tsv"))) {
    return importCells(parseDelimited(readFileSync(join(dir, "input.tsv"), "utf8"), "\t"), opts);
  }
  return importText(readFileSync(join(dir, "input.txt"), "utf8"), opts);
}

const names = readdirSync(CASES)
  .filter((name) => statSync(join(CASES, name)).isDirectory())
  .sort();

test("there are golden cases in every shape", () => {
  expect(names.length).toBeGreaterThanOrEqual(12);
});

/**
 * options.json may name fields of some tasks whose expected value waits on a fix outside the import
 * ("pending": {"II.1": ["partners", "warnings"], "why": "..."}): expected.json keeps what a planner
 * wants there, the rest of the case is checked as usual, and those fields are a known failure
 * (jest reports it when they start to match, so the entry can go).
 */
type Pending = Record<string, string[]>;

function pendingOf(dir: string): Pending {
  const file = join(dir, "options.json");
  if (!existsSync(file)) return {};
  const { pending } = JSON.parse(readFileSync(file, "utf8")) as { pending?: Record<string, unknown> };
  const out: Pending = {};
  for (const [id, fields] of Object.entries(pending ?? {})) if (Array.isArray(fields)) out[id] = fields as string[];
  return out;
}

type Task = Record<string, unknown> & { id: string };
type Result = { tasks: Task[] };

/** The result with the pending fields of the pending tasks blanked out. */
function withoutPending(result: Result, pending: Pending): Result {
  return {
    ...result,
    tasks: result.tasks.map((t) => {
      const copy: Task = { ...t };
      for (const field of pending[t.id] ?? []) copy[field] = "(pending)";
      return copy;
    }),
  };
}

function pendingFields(result: Result, pending: Pending): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const t of result.tasks) for (const field of pending[t.id] ?? []) out[`${t.id}.${field}`] = t[field];
  return out;
}

describe.each(names)("%s", (name) => {
  const dir = join(CASES, name);
  const pending = pendingOf(dir);
  const expected = () => JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Result;

  test("imports as expected", () => {
    expect(withoutPending(runCase(dir) as unknown as Result, pending)).toEqual(withoutPending(expected(), pending));
  });

  if (Object.keys(pending).length > 0) {
    test.failing("pending fields read as a planner wants (awaiting a fix outside the import)", () => {
      expect(pendingFields(runCase(dir) as unknown as Result, pending)).toEqual(pendingFields(expected(), pending));
    });
  }
});
