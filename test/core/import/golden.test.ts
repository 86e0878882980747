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

describe.each(names)("%s", (name) => {
  const dir = join(CASES, name);

  test("imports as expected", () => {
    expect(runCase(dir)).toEqual(JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")));
  });
});
