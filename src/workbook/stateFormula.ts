// The Đánh giá formula of one task row: judgeTask (src/core/judge.ts) in Excel 2016 functions.
import { STATE_LABELS } from "../core/strings/vi";
import { STATUSES, TASK_FIELDS } from "../core/types";
import { formulaText } from "./a1";
import { effectiveDueExpression } from "./helperColumns";
import { NAMES } from "./names";
import { taskRefs, type TaskRefs } from "./taskRefs";

const DONE_STATUS = STATUSES[2];

/**
 * Structured references to the row's own cells (see taskRefs.ts), so the formula is the same in every
 * row and stays right after columns are inserted or moved and rows sorted. D, the effective deadline,
 * is read from the helper column when the table has it (else computed in place, for a table made
 * before helper columns existed). Done means done by the report date: Hoàn thành and Ngày hoàn thành
 * on or before it; a blank (or text) Ngày hoàn thành reads 0, so a Hoàn thành row without a date is
 * done, and on time, as the unit declared. A row with nothing in it gets "" so it never counts.
 */
export function stateFormula(refs: TaskRefs = taskRefs()): string {
  const due = refs.hasHelper("effectiveDue") ? refs.thisRow("effectiveDue") : `(${effectiveDueExpression(refs)})`;
  const done = `INT(N(${refs.thisRow("doneDate")}))`;
  const asOf = `INT(${NAMES.reportDate})`;
  const label = (state: keyof typeof STATE_LABELS) => formulaText(STATE_LABELS[state]);
  // The row's typed cells, as one span when the task columns still stand together (a column the user
  // inserted among them counts too), else one by one.
  const fields = TASK_FIELDS.filter((f) => f !== "state" && refs.header(f) !== undefined);
  const inputs = refs.rowSpan(fields) ?? fields.map((f) => refs.thisRow(f)).join(",");
  return (
    `=IF(COUNTA(${inputs})=0,"",` +
    `IF(AND(TRIM(${refs.thisRow("status")})=${formulaText(DONE_STATUS)},${done}<=${asOf}),` +
    `IF(OR(${due}=0,${done}<=${due}),${label("doneOnTime")},${label("doneLate")}),` +
    `IF(${due}=0,${label("ongoing")},` +
    `IF(${due}<${asOf},${label("overdue")},` +
    `IF(${due}<=${asOf}+${NAMES.windowDays},${label("dueSoon")},${label("inProgress")})))))`
  );
}
