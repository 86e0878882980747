// A reminder as plain text: what the task pane copies to the clipboard and the body of the .eml draft.
import { REMIND_TEXT } from "../strings/remind";
import type { IsoDate } from "../types";
import type { UnitReminder } from "./types";

/** Lines end with "\n"; the .eml writer turns them into CRLF. */
export function reminderText(reminder: UnitReminder, asOf: IsoDate): string {
  const lines = [REMIND_TEXT.greeting(reminder.unit), "", REMIND_TEXT.intro(asOf)];
  if (reminder.overdue.length > 0) {
    lines.push("", REMIND_TEXT.overdueHeading(reminder.overdue.length));
    reminder.overdue.forEach((t, i) => lines.push(REMIND_TEXT.overdueItem(i + 1, t.id, t.title, t.due, t.daysLate)));
  }
  if (reminder.dueSoon.length > 0) {
    lines.push("", REMIND_TEXT.dueSoonHeading(reminder.dueSoon.length));
    reminder.dueSoon.forEach((t, i) => lines.push(REMIND_TEXT.dueSoonItem(i + 1, t.id, t.title, t.due, t.daysLeft)));
  }
  lines.push("", REMIND_TEXT.closing, "", REMIND_TEXT.signOff);
  return lines.join("\n") + "\n";
}

export function reminderSubject(reminder: UnitReminder): string {
  return REMIND_TEXT.subject(reminder.overdue.length, reminder.dueSoon.length);
}
