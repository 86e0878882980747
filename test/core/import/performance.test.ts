import { importText } from "../../../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";
import { synthDirective } from "../../../bench/fixtures-import";

// The goal is 300 ms for 300 KB (see `npm run bench`); the test only guards against quadratic work,
// with room for a busy shared machine.
test("a 300 KB directive imports in linear time", () => {
  const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };
  const small = synthDirective(30 * 1024);
  const large = synthDirective(300 * 1024);
  importText(small, options);
  const t0 = performance.now();
  const smallTasks = importText(small, options).tasks.length;
  const t1 = performance.now();
  const largeTasks = importText(large, options).tasks.length;
  const t2 = performance.now();
  expect(largeTasks).toBeGreaterThan(9 * smallTasks);
  expect(t2 - t1).toBeLessThan(3000);
  expect((t2 - t1) / Math.max(t1 - t0, 1)).toBeLessThan(30);
});
