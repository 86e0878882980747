// The deadline phrase, and the three date columns: real dates, in the right order, agreeing with the phrase.
import { toExcelSerial, type DateCell } from "../dates";
import { CHECK_MESSAGES, FIX_LABELS, type DateColumn } from "../strings/checks";
import type { Deadline, Fix, IsoDate } from "../types";
import type { RuleId } from "./rules";
import { report, type RowContext } from "./rowContext";

const DATE_RULES: Record<DateColumn, { text: RuleId; usOrder: RuleId; invalid: RuleId }> = {
  due: { text: "due-text", usOrder: "due-us-order", invalid: "due-invalid" },
  extendedDue: { text: "extended-due-text", usOrder: "extended-due-us-order", invalid: "extended-due-invalid" },
  doneDate: { text: "done-date-text", usOrder: "done-date-us-order", invalid: "done-date-invalid" },
};

export function realDateFix(date: IsoDate): Fix {
  return { value: toExcelSerial(date), label: FIX_LABELS.realDate(date) };
}

/** Checks the phrase; returns what it says (null when blank or not a deadline at all). */
export function checkDeadlinePhrase(ctx: RowContext): Deadline | null {
  const text = ctx.task.deadlineText;
  if (text === "") {
    report(ctx, "deadline-required", "deadlineText", CHECK_MESSAGES.deadlineRequired());
    return null;
  }
  const deadline = ctx.memo.deadline(text);
  switch (deadline.kind) {
    case "empty":
      report(ctx, "deadline-required", "deadlineText", CHECK_MESSAGES.deadlineRequired());
      return null;
    case "vague":
      report(ctx, "deadline-vague", "deadlineText", CHECK_MESSAGES.deadlineVague(text));
      return null;
    case "unknown":
      report(ctx, "deadline-not-understood", "deadlineText", CHECK_MESSAGES.deadlineNotUnderstood(text));
      return null;
    case "status":
      report(ctx, "deadline-is-status", "deadlineText", CHECK_MESSAGES.deadlineIsStatus(text));
      return null;
    case "needsYear":
      // A due date typed by hand settles it.
      if (ctx.memo.dateCell(ctx.raw.due).date === null) {
        report(ctx, "deadline-needs-year", "deadlineText", CHECK_MESSAGES.deadlineNeedsYear(text));
      }
      return deadline;
  }
  const { planYear } = ctx.options;
  if (planYear !== undefined) {
    const outside = outsidePlan(deadline, planYear);
    if (outside) {
      report(ctx, "deadline-outside-plan", "deadlineText", CHECK_MESSAGES.deadlineOutsidePlan(text, outside, planYear));
    }
  }
  return deadline;
}

/**
 * The date that falls outside the plan year, if the deadline's span misses that year entirely.
 * A recurring deadline ("Năm 2021 và hằng năm") goes on after its first due date.
 */
function outsidePlan(deadline: Deadline, planYear: number): IsoDate | null {
  const first = `${planYear}-01-01`;
  const last = `${planYear}-12-31`;
  if (deadline.due !== null && deadline.due < first && !deadline.recurring) return deadline.due;
  if (deadline.from !== null && deadline.from > last) return deadline.from;
  if (deadline.from === null && deadline.due !== null && deadline.due > last) return deadline.due;
  return null;
}

/** Checks one date column for text, US-order and unreadable values; returns what was read. */
function checkDateCell(ctx: RowContext, column: DateColumn, suggest: (text: string) => IsoDate | null): DateCell {
  const value = ctx.raw[column];
  const cell = ctx.memo.dateCell(value);
  const text = typeof value === "string" ? value.trim() : String(value);
  const rules = DATE_RULES[column];
  if (cell.kind === "invalid") {
    const suggested = typeof value === "string" ? suggest(text) : null;
    report(ctx, rules.invalid, column, CHECK_MESSAGES.dateInvalid(column, text, suggested), suggested ? realDateFix(suggested) : null);
  } else if (cell.kind === "text" && cell.date) {
    const rule = cell.usOrder ? rules.usOrder : rules.text;
    const message = cell.usOrder ? CHECK_MESSAGES.dateUsOrder : CHECK_MESSAGES.dateText;
    report(ctx, rule, column, message(column, text, cell.date), realDateFix(cell.date));
  }
  return cell;
}

/** Checks the date columns against each other and against the phrase; returns the completion date cell. */
export function checkDateColumns(ctx: RowContext, deadline: Deadline | null): DateCell {
  const derived = deadline?.due ?? null;
  // A phrase typed into the date column ("Quý II/2026") still tells which date was meant.
  const due = checkDateCell(ctx, "due", (text) => ctx.memo.deadline(text).due ?? derived);
  const extended = checkDateCell(ctx, "extendedDue", () => null);
  const done = checkDateCell(ctx, "doneDate", () => null);

  const text = ctx.task.deadlineText;
  if (derived !== null && due.kind === "blank") {
    report(ctx, "due-missing", "due", CHECK_MESSAGES.dueMissing(text, derived), realDateFix(derived));
  } else if (derived !== null && due.date !== null && due.date !== derived) {
    report(ctx, "due-mismatch", "due", CHECK_MESSAGES.dueMismatch(due.date, text, derived), realDateFix(derived));
  }
  if (deadline?.kind === "ongoing" && due.date !== null && (due.kind === "date" || due.kind === "serial")) {
    // "Thường xuyên" has no due date; one typed anyway would turn the row red on that day.
    report(ctx, "due-not-expected", "due", CHECK_MESSAGES.dueNotExpected(text, due.date), { value: "", label: FIX_LABELS.clearDate() });
  }
  if (extended.date !== null && due.date !== null && extended.date <= due.date) {
    report(ctx, "extended-before-due", "extendedDue", CHECK_MESSAGES.extendedBeforeDue(extended.date, due.date));
  }
  return done;
}
