// The Đánh giá formula of one task row: judgeTask (src/core/judge.ts) in Excel 2016 functions.
import { STATE_LABELS } from "../core/strings/vi";
import { STATUSES } from "../core/types";
import { formulaText } from "./a1";
import { taskColumnLetter } from "./layout";
import { NAMES } from "./names";

const DONE_STATUS = STATUSES[2];

/**
 * Plain A1 references (LibreOffice and WPS mishandle structured ones). Dates that are not real dates
 * (text typed into a date cell) count as blank through N(), as readTask with `asFormulas` leaves them
 * null; INT drops any time of day, and a number below 1 is no date (serial 1 is 1 Jan 1900), so MAX
 * turns a negative Hạn hoàn thành into a blank one. A row with nothing in it gets "" so it never counts.
 */
export function stateFormula(sheetRow: number): string {
  const cell = (field: Parameters<typeof taskColumnLetter>[0]) => `$${taskColumnLetter(field)}${sheetRow}`;
  const extended = `N(${cell("extendedDue")})`;
  const due = `IF(${extended}>=1,INT(${extended}),INT(MAX(N(${cell("due")}),0)))`;
  const done = `INT(N(${cell("doneDate")}))`;
  const asOf = `INT(${NAMES.reportDate})`;
  const label = (state: keyof typeof STATE_LABELS) => formulaText(STATE_LABELS[state]);
  const whole = `${cell("id")}:${cell("note")}`;
  return (
    `=IF(COUNTA(${whole})=0,"",` +
    `IF(TRIM(${cell("status")})=${formulaText(DONE_STATUS)},` +
    `IF(OR(${due}=0,${done}<=${due}),${label("doneOnTime")},${label("doneLate")}),` +
    `IF(${due}=0,${label("ongoing")},` +
    `IF(${due}<${asOf},${label("overdue")},` +
    `IF(${due}<=${asOf}+${NAMES.windowDays},${label("dueSoon")},${label("inProgress")})))))`
  );
}
