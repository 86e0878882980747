// Timing helpers shared by the sections.

/** Median wall time of `runs` calls of `work`, in ms, after one untimed warm-up call. */
export function medianMs(work: () => unknown, runs: number): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  return times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
}

/** "123 ns/task": cost per item, which stays flat when the work grows linearly. */
export function perItem(ms: number, items: number, unit: string): string {
  return `${Math.round((ms * 1e6) / items)} ns/${unit}`;
}
