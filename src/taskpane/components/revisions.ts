// The workbook actions, counting the ones that change the task table: sections that show what the
// table holds (Theo dõi hạn) re-read after those, not every time their tab is shown.
import type { TrackerActions } from "../../excel/actions";

const CHANGES_TASKS = ["createOrExtendTracker", "applyFixes", "writeSettings", "applyMerge", "expandGroupTasks"] as const;

export function withRevisions(actions: TrackerActions, changed: () => void): TrackerActions {
  const wrapped: TrackerActions = { ...actions };
  for (const name of CHANGES_TASKS) {
    const original = actions[name] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!original) continue;
    (wrapped as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await original.apply(actions, args);
      } finally {
        changed();
      }
    };
  }
  return wrapped;
}
