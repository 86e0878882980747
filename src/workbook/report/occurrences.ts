// Recurring obligations tracked per occurrence (domain.md, "Recurring obligations"): a monthly,
// quarterly or 6-monthly obligation becomes one row per occurrence in the plan year. The CLI's build
// and the pane's create both call this, so both make the same rows.
import { parseDeadline } from "../../core/deadline";
import { occurrenceBase, occurrencesOf } from "../../core/deadline/cycle";
import { lastDayOfMonth } from "../../core/dates";
import { occurrencePhrase } from "../../core/strings/deadline";
import type { RawRow } from "../../core/types";
import { taskId } from "../schema/rows";

/** Ids this function made: "5.T01", "5.Q4", "5.H2" (a second build must not split them again). */
export function isOccurrenceId(id: string): boolean {
  return occurrenceBase(id) !== null;
}

/**
 * Each row whose Thời hạn is a monthly, quarterly or 6-monthly obligation is replaced by its
 * occurrences, in place and in date order: the same task (title, lead, partners, section…) with the
 * id `<id>.T01`…`<id>.T12`, `<id>.Q1`…`<id>.Q4` or `<id>.H1`/`<id>.H2`, the occurrence's own
 * Thời hạn, Hạn hoàn thành and Tháng. The obligation's own row is not kept, so nothing is counted
 * twice and every row of the table is one thing to do (what a PivotTable counts). Other rows, and
 * every row when the plan year is unknown, are returned as they are.
 */
export function expandOccurrences(rows: readonly RawRow[], planYear: number | undefined): RawRow[] {
  if (planYear === undefined) return rows.slice();
  const out: RawRow[] = [];
  rows.forEach((row, i) => {
    const id = taskId(row.id);
    const text = typeof row.deadlineText === "string" ? row.deadlineText : "";
    const deadline = text === "" || isOccurrenceId(id) ? null : parseDeadline(text, planYear);
    const occurrences = deadline ? occurrencesOf(deadline, planYear) : null;
    if (!deadline?.cycle || deadline.cycle === "yearly" || !occurrences) {
      out.push(row);
      return;
    }
    const base = id === "" ? String(i + 1) : id;
    for (const o of occurrences) {
      const month = Number(o.due.slice(5, 7));
      out.push({
        ...row,
        id: `${base}.${o.suffix}`,
        deadlineText: occurrencePhrase(deadline.cycle, o.index, o.due, o.due === lastDayOfMonth(planYear, month)),
        due: o.due,
        month,
      });
    }
  });
  return out;
}
