import { addDays, daysBetween } from "./dates";
import type { IsoDate, Judgement, Task } from "./types";

export const DEFAULT_WINDOW_DAYS = 7;

export type JudgedFields = Pick<Task, "status" | "due" | "extendedDue" | "doneDate">;

/**
 * The state of a task as of the report date (domain.md, "Judging a row").
 *
 * The workbook's Đánh giá formula mirrors these rules exactly, so each one is a plain comparison
 * (D = Hạn điều chỉnh if set, else Hạn hoàn thành):
 * - Done means done by the report date: status "Hoàn thành" and Ngày hoàn thành on or before asOf,
 *   so a report as of 30/6 reproduced in December does not count a task finished on 5/7 (it is
 *   judged by its deadline like unfinished work, as it was on 30/6).
 * - "Hoàn thành" without Ngày hoàn thành counts as the unit declared it: done, and on time (there is
 *   no date to be late with). The checks flag the missing date.
 * - "Dừng/điều chỉnh", blank and any other text are judged like unfinished work: a stopped task
 *   still has a deadline it missed or is heading for, and stopping is approved by setting Hạn điều
 *   chỉnh, not by the status alone.
 * - A Ngày hoàn thành on an unfinished row is ignored.
 * - Due soon is inclusive at both ends: asOf ≤ D ≤ asOf + W.
 */
export function judgeTask(task: JudgedFields, asOf: IsoDate, windowDays: number = DEFAULT_WINDOW_DAYS): Judgement {
  return judgeWithHorizon(task, asOf, addDays(asOf, windowDays));
}

/** `judgeTask` with the due-soon horizon (asOf + W) computed once, for judging many rows. */
export function judgeWithHorizon(task: JudgedFields, asOf: IsoDate, horizon: IsoDate): Judgement {
  const due = task.extendedDue || task.due;
  if (task.status === "Hoàn thành" && (!task.doneDate || task.doneDate <= asOf)) {
    if (!due || !task.doneDate || task.doneDate <= due) return { state: "doneOnTime", daysLate: 0 };
    return { state: "doneLate", daysLate: daysBetween(due, task.doneDate) };
  }
  if (!due) return { state: "ongoing", daysLate: 0 };
  if (due < asOf) return { state: "overdue", daysLate: daysBetween(due, asOf) };
  if (due <= horizon) return { state: "dueSoon", daysLate: 0 };
  return { state: "inProgress", daysLate: 0 };
}
