// A recurring obligation held both as one row ("5", "Trước ngày 15 hằng tháng") and per occurrence
// ("5.T01"…): a switch to occurrences that kept the old row, or a paste. Every figure counts it twice.
// Identity is the tracker's own (taskId, matchKey, taskKey as sameTask compares, occurrenceBase).
import { CHECK_MESSAGES } from "../strings/checks";
import { occurrenceBase } from "../deadline/cycle";
import { compareVi } from "../text";
import type { RawRow } from "../types";
import { report, type CheckMemo, type RowContext } from "./rowContext";
import { matchKey, taskId, taskKey } from "./taskId";

/** The cycles whose obligations are split into occurrences (a yearly one stays one row). */
const SPLIT_CYCLES = new Set(["monthly", "quarterly", "halfYearly"]);

/** The obligation each row belongs to, read once over the whole table before the row checks. */
export interface Obligations {
  /** The obligation's key (its folded base id) for an occurrence, or for a one-row version held per occurrence too. */
  keyOf(index: number): string | null;
  /** The occurrence ids a one-row version is also tracked by, in order; undefined for any other row. */
  occurrencesOf(index: number): readonly string[] | undefined;
}

/** One obligation's occurrence rows of one title (or one title and lead). */
interface OccurrenceGroup {
  key: string;
  ids: string[];
}

const NONE: Obligations = { keyOf: () => null, occurrencesOf: () => undefined };

/**
 * A one-row version is a row (not itself an occurrence) with a title that occurrences share, and
 * either their base as its Mã NV (case and spacing aside), or their lead and a monthly, quarterly or
 * 6-monthly Thời hạn (its Mã NV cleared or changed, as the notice of `build` and the pane suggest).
 */
export function findObligations(table: readonly RawRow[], memo: CheckMemo): Obligations {
  const rows = Array.from(table, (row) => row ?? {});
  const bases = rows.map((row) => {
    const base = occurrenceBase(taskId(row.id));
    return base === null ? null : matchKey(base);
  });
  // Most tables hold no occurrence: nothing more to read.
  if (bases.every((base) => base === null)) return NONE;

  const byIdAndTitle = new Map<string, OccurrenceGroup>();
  const byTask = new Map<string, OccurrenceGroup>();
  rows.forEach((row, i) => {
    const key = bases[i];
    if (key === null) return;
    const id = taskId(row.id);
    const own = byIdAndTitle.get(`${key}|${matchKey(row.title)}`) ?? { key, ids: [] };
    own.ids.push(id);
    byIdAndTitle.set(`${key}|${matchKey(row.title)}`, own);
    // Two obligations of one title and lead: a row without their id stands for the first.
    const task = byTask.get(taskKey(row)) ?? { key, ids: [] };
    if (task.key !== key) return;
    task.ids.push(id);
    byTask.set(taskKey(row), task);
  });

  const held = new Map<number, OccurrenceGroup>();
  rows.forEach((row, i) => {
    if (bases[i] !== null || matchKey(row.title) === "") return;
    const id = matchKey(row.id);
    const sameId = id === "" ? undefined : byIdAndTitle.get(`${id}|${matchKey(row.title)}`);
    const sameTitleAndLead = sameId ? undefined : byTask.get(taskKey(row));
    if (sameId) held.set(i, sameId);
    else if (sameTitleAndLead && isSplitCycle(row, memo)) held.set(i, sameTitleAndLead);
  });
  const sorted = new Map<OccurrenceGroup, string[]>();
  return {
    keyOf: (index) => bases[index] ?? held.get(index)?.key ?? null,
    occurrencesOf(index) {
      const group = held.get(index);
      if (!group) return undefined;
      let ids = sorted.get(group);
      if (!ids) sorted.set(group, (ids = [...group.ids].sort(compareVi)));
      return ids;
    },
  };
}

function isSplitCycle(row: RawRow, memo: CheckMemo): boolean {
  const text = typeof row.deadlineText === "string" ? row.deadlineText : "";
  const cycle = text === "" ? undefined : memo.deadline(text).cycle;
  return cycle !== undefined && SPLIT_CYCLES.has(cycle);
}

/** On the one-row version only: the occurrences are the rows to keep. */
export function checkHeldTwice(ctx: RowContext, obligations: Obligations): void {
  const occurrences = obligations.occurrencesOf(ctx.index);
  if (occurrences) report(ctx, "obligation-held-twice", "title", CHECK_MESSAGES.obligationHeldTwice(occurrences));
}
