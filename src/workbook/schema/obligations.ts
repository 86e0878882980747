// A recurring obligation is one row in an older tracker and one row per occurrence ("5.T01"…) since
// the plan is split per occurrence (domain.md, "Recurring obligations"). Adding a plan must find the
// obligation in either shape, so that it is never counted twice. Identity is the tracker's own
// (rowKey, sameTask): an occurrence belongs to the row whose Mã NV is its base and whose task it is.
import { occurrenceBase } from "../../core/deadline/cycle";
import type { RawRow } from "../../core/types";
import { rowKey, sameTask, taskId } from "./rows";

/** The key of the obligation an occurrence row belongs to ("5.T03" → the key of "5"), or null. */
export function obligationKey(row: RawRow): string | null {
  const base = occurrenceBase(taskId(row.id));
  return base === null ? null : rowKey({ id: base });
}

export interface ObligationIndex {
  /** The tracker's row that holds this occurrence's obligation as one row (Mã NV its base, same task). */
  wholeRowOf(occurrence: RawRow): RawRow | undefined;
  /** Whether the tracker holds this one-row obligation per occurrence already (its id is their base, same task). */
  heldPerOccurrence(row: RawRow): boolean;
  /**
   * For an occurrence, the tracker's rows (occurrences aside) of the same task whatever their Mã NV:
   * the obligation as one row, its Mã NV cleared or changed. Nothing for any other row.
   */
  sameTaskRowsOf(row: RawRow): RawRow[];
}

/** Built once over the tracker's rows, before anything is added. */
export function obligationIndex(existing: readonly RawRow[]): ObligationIndex {
  const byKey = new Map<string, RawRow[]>();
  const occurrencesByBase = new Map<string, RawRow[]>();
  const whole: RawRow[] = [];
  for (const row of existing) {
    const base = obligationKey(row);
    if (base === null) whole.push(row);
    const key = base ?? rowKey(row);
    const group = base === null ? byKey : occurrencesByBase;
    const rows = group.get(key);
    if (rows) rows.push(row);
    else group.set(key, [row]);
  }
  return {
    wholeRowOf(occurrence) {
      const base = obligationKey(occurrence);
      return base === null ? undefined : byKey.get(base)?.find((row) => sameTask(row, occurrence));
    },
    heldPerOccurrence(row) {
      if (obligationKey(row) !== null || taskId(row.id) === "") return false;
      return (occurrencesByBase.get(rowKey(row)) ?? []).some((held) => sameTask(held, row));
    },
    sameTaskRowsOf(row) {
      return obligationKey(row) === null ? [] : whole.filter((held) => sameTask(held, row));
    },
  };
}
