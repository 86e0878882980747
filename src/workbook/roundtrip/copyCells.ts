// Task values as the reference sheets of a unit copy show them: the deadline that counts as a real
// date, text as written; a wrong entry is shown as typed rather than dropped.
import { canonicalValue } from "../../core/roundtrip/canonical";
import { isIsoDate } from "../../core/dates";
import type { CellValue, RawRow } from "../../core/types";
import type { PlanCell } from "../plan";

export function textCell(value: CellValue): PlanCell {
  const text = canonicalValue(null, value ?? null);
  return text === "" ? null : text;
}

/** Hạn điều chỉnh when set (it replaces the due date for every judgement), else Hạn hoàn thành. */
export function dueCell(row: RawRow): PlanCell {
  const extended = canonicalValue("extendedDue", row.extendedDue ?? null);
  const due = extended !== "" ? extended : canonicalValue("due", row.due ?? null);
  if (due === "") return null;
  return isIsoDate(due) ? { date: due } : due;
}
