import type { IsoDate, Judgement, Task } from "./types";

export const DEFAULT_WINDOW_DAYS = 7;

/** The state of a task as of the report date (domain.md, "Judging a row"). */
export function judgeTask(
  task: Pick<Task, "status" | "due" | "extendedDue" | "doneDate">,
  asOf: IsoDate,
  windowDays: number = DEFAULT_WINDOW_DAYS,
): Judgement {
  void task;
  void asOf;
  void windowDays;
  throw new Error("not implemented");
}
