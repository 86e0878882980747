import { importText } from "../../../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";
import { synthDirective } from "../../../bench/fixtures-import";

// Speed (goal: 300 KB in 300 ms) is measured by `npm run bench`, never asserted here: a busy
// machine would fail a timed test for no fault of the code.
test("a 300 KB directive yields ten times the tasks of a 30 KB one: nothing is lost to size", () => {
  const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };
  const smallTasks = importText(synthDirective(30 * 1024), options).tasks.length;
  const largeTasks = importText(synthDirective(300 * 1024), options).tasks.length;
  expect(smallTasks).toBeGreaterThan(0);
  expect(largeTasks).toBeGreaterThan(9 * smallTasks);
});
