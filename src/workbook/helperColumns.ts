// The formulas of the task table's helper columns: what Tổng hợp counts, computed once per row so each
// summary figure is one plain COUNTIFS over the table (issue 14 §5: a SUMPRODUCT over TRIM of every
// row, per summary cell, made LibreOffice take seconds to open a large tracker).
import type { TaskField } from "../core/types";
import type { PlanCell } from "./plan";
import { HELPER_KEYS, type HelperKey, type TaskRefs } from "./taskRefs";
import { trimmedText } from "./trimFormula";

/**
 * The effective deadline as the Đánh giá formula decides it, a whole day serial or 0 for none: Hạn điều
 * chỉnh when it holds a date, else Hạn hoàn thành. Dates that are not real dates (text typed into a date
 * cell) count as blank through N(), as readTask with `asFormulas` leaves them null; INT drops a time of
 * day, and a number below 1 is no date (serial 1 is 1 Jan 1900), so MAX turns a negative one into 0.
 */
export function effectiveDueExpression(refs: TaskRefs): string {
  const extended = `N(${refs.thisRow("extendedDue")})`;
  return `IF(${extended}>=1,INT(${extended}),INT(MAX(N(${refs.thisRow("due")}),0)))`;
}

const TEXT_OF: Record<Exclude<HelperKey, "effectiveDue">, TaskField> = { leadText: "lead", leaderText: "leader", sectionText: "section" };

/** The formula of one helper column, the same in every row (structured references to the row's cells). */
export function helperFormula(key: HelperKey, refs: TaskRefs): string {
  if (key === "effectiveDue") return `=${effectiveDueExpression(refs)}`;
  // The cell's text as the engine groups it: non-breaking and repeated spaces dropped; COUNTIFS ignores case.
  return `=${trimmedText(refs.thisRow(TEXT_OF[key]))}`;
}

/** The helper cells of one row, in HELPER_KEYS order. */
export function helperCells(refs: TaskRefs): PlanCell[] {
  return HELPER_KEYS.map((key) => ({ formula: helperFormula(key, refs) }));
}
