// Adding a plan's tasks to a tracker that already holds tasks: a task it holds (same Mã NV, same
// title and lead) is kept once; a task whose Mã NV is taken by a different task is added under a new
// Mã NV and listed, never dropped (a second plan often numbers its tasks 1, 2, 3 again).
import type { RawRow } from "../../core/types";
import { rowKey, sameTask, taskId } from "./rows";

export interface Renamed {
  from: string;
  to: string;
  title: string;
}

export interface AppendPlan {
  /** Rows to append, ids already renamed where they clashed. */
  added: RawRow[];
  /** Incoming rows the tracker already holds. */
  alreadyThere: number;
  renamed: Renamed[];
}

/** "1" → "1 (2)", then "1 (3)"…: the first suffix no row of the tracker or the plan uses. */
function freeId(id: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id} (${n})`;
    if (!taken.has(rowKey({ id: candidate }))) return candidate;
  }
}

export function planAppend(existing: readonly RawRow[], incoming: readonly RawRow[]): AppendPlan {
  const byKey = new Map<string, RawRow[]>();
  for (const row of existing) {
    const key = rowKey(row);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  const taken = new Set(byKey.keys());
  // A task renamed by an earlier build is found again by its title and lead: building twice adds nothing.
  const byContent = new Set(existing.map((row) => rowKey({ title: row.title, lead: row.lead })));
  const out: AppendPlan = { added: [], alreadyThere: 0, renamed: [] };
  for (const row of incoming) {
    const key = rowKey(row);
    const holders = byKey.get(key) ?? [];
    if (holders.length === 0) {
      out.added.push(row);
    } else if (key.startsWith("title:") || holders.some((held) => sameTask(held, row)) || byContent.has(rowKey({ title: row.title, lead: row.lead }))) {
      out.alreadyThere++;
      continue;
    } else {
      const from = taskId(row.id);
      const to = freeId(from, taken);
      const renamedRow = { ...row, id: to };
      out.added.push(renamedRow);
      out.renamed.push({ from, to, title: taskId(row.title) });
      taken.add(rowKey(renamedRow));
      byKey.set(rowKey(renamedRow), [renamedRow]);
      byContent.add(rowKey({ title: row.title, lead: row.lead }));
      continue;
    }
    taken.add(key);
    byKey.set(key, [...holders, row]);
    byContent.add(rowKey({ title: row.title, lead: row.lead }));
  }
  return out;
}
