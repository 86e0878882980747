// The smallest test runner that does the job: named steps in order, a tally, a non-zero exit on failure.
type Step = { name: string; run: () => Promise<void> };

const steps: Step[] = [];

export function test(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

export function expect(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export function expectEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Runs every step; a step after a failed one still runs (it may fail for the same reason). */
export async function runAll(): Promise<number> {
  let passed = 0;
  let failed = 0;
  for (const step of steps) {
    const started = Date.now();
    try {
      await step.run();
      passed++;
      console.log(`  ✓ ${step.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${step.name}\n      ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed;
}
