// Adding a plan's tasks to a tracker that already holds tasks: a task it holds (same Mã NV, same
// title and lead) is kept once; a task whose Mã NV is taken by a different task is added under a new
// Mã NV and listed, never dropped (a second plan often numbers its tasks 1, 2, 3 again).
// A recurring obligation the tracker holds as one row (an older tracker) keeps that row and gets no
// occurrence rows beside it, and the reverse: it is never counted twice (see obligations.ts).
import type { RawRow } from "../../core/types";
import { obligationIndex } from "./obligations";
import { rowKey, sameTask, taskId } from "./rows";

export interface Renamed {
  from: string;
  to: string;
  title: string;
}

export interface AppendPlan {
  /** Rows to append, ids already renamed where they clashed. */
  added: RawRow[];
  /** Incoming rows the tracker already holds; an obligation it holds as one row counts once, as that row. */
  alreadyThere: number;
  renamed: Renamed[];
  /**
   * Obligations the tracker holds as one row (Mã NV the occurrences' base, same task): that row is
   * kept as the user filled it in and the plan's occurrences are not added, so nothing counts twice.
   */
  keptWhole: OneRowObligation[];
  /**
   * Occurrences added while a row of the tracker is still the same obligation as one row (its Mã NV
   * cleared or changed to switch to per-occurrence tracking): it counts beside them until removed.
   */
  stillCounted: OneRowObligation[];
}

/** A row of the tracker holding a recurring obligation as one row, and the plan's occurrence ids of it. */
export interface OneRowObligation {
  id: string;
  title: string;
  occurrences: string[];
}

/** Occurrence ids grouped under the tracker row they concern, in the order first met. */
class ByRow {
  private readonly notes = new Map<RawRow, OneRowObligation>();

  /** True when the row was not listed yet. */
  add(held: RawRow, occurrence: RawRow): boolean {
    const note = this.notes.get(held);
    if (note) {
      note.occurrences.push(taskId(occurrence.id));
      return false;
    }
    this.notes.set(held, { id: taskId(held.id), title: taskId(held.title), occurrences: [taskId(occurrence.id)] });
    return true;
  }

  list(): OneRowObligation[] {
    return [...this.notes.values()];
  }
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
  const obligations = obligationIndex(existing);
  const keptWhole = new ByRow();
  const stillCounted = new ByRow();
  const out: AppendPlan = { added: [], alreadyThere: 0, renamed: [], keptWhole: [], stillCounted: [] };
  for (const row of incoming) {
    const key = rowKey(row);
    const holders = byKey.get(key) ?? [];
    const wholeRow = holders.length === 0 ? obligations.wholeRowOf(row) : undefined;
    if (wholeRow) {
      // Held as the one row the user fills in: the obligation counts once among the tasks kept.
      if (keptWhole.add(wholeRow, row)) out.alreadyThere++;
      continue;
    } else if (holders.length === 0 && obligations.heldPerOccurrence(row)) {
      out.alreadyThere++;
      continue;
    } else if (holders.length === 0) {
      out.added.push(row);
      for (const held of obligations.sameTaskRowsOf(row)) stillCounted.add(held, row);
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
  return { ...out, keptWhole: keptWhole.list(), stillCounted: stillCounted.list() };
}
