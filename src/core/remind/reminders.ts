// Per lead unit, what is overdue or due soon as of the report date: the content of every reminder.
import { addDays, daysBetween } from "../dates";
import { DEFAULT_WINDOW_DAYS, judgeWithHorizon } from "../judge";
import { NO_LEAD } from "../strings/summary";
import { compareVi, oneLine } from "../text";
import type { Catalog, IsoDate, Task } from "../types";
import type { UnitReminder } from "./types";
import { emailLookup } from "./unitEmail";

export interface ReminderOptions {
  asOf: IsoDate;
  windowDays?: number;
  catalog: Catalog;
}

/**
 * Judged by the tracker's own rules (src/core/judge.ts, which the Đánh giá formula mirrors), so a
 * reminder agrees with the row's colour; a task finished after the report date was not done on it,
 * so a reminder as of 30/6 written in December still lists what was open on 30/6. Leads are grouped as the summary groups them (case and surrounding spaces do not
 * matter), so each unit gets one reminder matching its line of Tổng hợp; units in Vietnamese order,
 * tasks without a lead last. Within a unit, the longest overdue and the nearest deadline come first.
 */
export function remindersByUnit(tasks: Task[], options: ReminderOptions): UnitReminder[] {
  const { asOf } = options;
  const horizon = addDays(asOf, options.windowDays ?? DEFAULT_WINDOW_DAYS);
  const emailOf = emailLookup(options.catalog);
  const groups = new Map<string, UnitReminder>();

  for (const task of tasks) {
    const { state, daysLate } = judgeWithHorizon(task, asOf, horizon);
    if (state !== "overdue" && state !== "dueSoon") continue;
    const due = (task.extendedDue || task.due) as IsoDate;
    const lead = task.lead.trim();
    const groupKey = lead.toLowerCase();
    let group = groups.get(groupKey);
    if (!group) {
      group = { unit: lead === "" ? NO_LEAD : lead, email: lead === "" ? "" : emailOf(lead), overdue: [], dueSoon: [] };
      groups.set(groupKey, group);
    }
    const title = oneLine(task.title);
    if (state === "overdue") group.overdue.push({ id: task.id, title, due, daysLate });
    else group.dueSoon.push({ id: task.id, title, due, daysLeft: daysBetween(asOf, due) });
  }

  const named = [...groups.entries()].filter(([k]) => k !== "").map(([, g]) => g);
  named.sort((a, b) => compareVi(a.unit, b.unit));
  const blank = groups.get("");
  const all = blank ? [...named, blank] : named;
  for (const g of all) {
    // Stable sorts: tasks with the same deadline keep the sheet's order.
    g.overdue.sort((a, b) => b.daysLate - a.daysLate);
    g.dueSoon.sort((a, b) => a.daysLeft - b.daysLeft);
  }
  return all;
}
