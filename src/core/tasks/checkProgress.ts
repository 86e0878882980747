// Month, status, progress, completion date and evidence: the columns units fill in through the year.
import type { DateCell } from "../dates";
import { CHECK_MESSAGES, FIX_LABELS } from "../strings/checks";
import type { Status } from "../types";
import { readLine, readMonth, readNumber, readStatus } from "./cells";
import { nearestStatus } from "./nearestStatus";
import { formulaStatus } from "./readTask";
import { isBlank, report, type RowContext } from "./rowContext";

export function checkMonth(ctx: RowContext): void {
  const value = ctx.raw.month;
  if (isBlank(value)) return;
  const month = readMonth(value);
  const text = readLine(value);
  if (month === null) report(ctx, "month-range", "month", CHECK_MESSAGES.monthRange(text));
  else if (typeof value === "string") {
    report(ctx, "month-text", "month", CHECK_MESSAGES.monthText(text, month), { value: month, label: FIX_LABELS.number(month) });
  }
}

/** Checks the status cell; returns the status it holds, "" when blank, null when not a status. */
function checkStatus(ctx: RowContext): Status | "" | null {
  const text = readLine(ctx.raw.status);
  if (text === "") return "";
  const status = readStatus(text);
  if (status === null) {
    const near = nearestStatus(text);
    report(ctx, "status-unknown", "status", CHECK_MESSAGES.statusUnknown(text), near ? { value: near, label: FIX_LABELS.replaceWith(near) } : null);
  } else if (formulaStatus(ctx.raw.status) !== status) {
    // "Hoan thanh", or "Hoàn thành" with a non-breaking space: TRIM(cell)="Hoàn thành" is false, so
    // the Đánh giá formula judges the row as not done.
    const message = text === status ? CHECK_MESSAGES.statusHiddenSpace(status) : CHECK_MESSAGES.statusNotCanonical(text, status);
    report(ctx, "status-not-canonical", "status", message, { value: status, label: FIX_LABELS.replaceWith(status) });
  } else if (text !== status) {
    // "hoàn thành": the formula ignores case, so the row is judged right; only the spelling differs.
    report(ctx, "status-case", "status", CHECK_MESSAGES.statusCase(text, status), { value: status, label: FIX_LABELS.replaceWith(status) });
  }
  return status;
}

/** Checks the progress cell; returns the number it holds, or null when blank or unreadable. */
function checkProgressCell(ctx: RowContext): number | null {
  const value = ctx.raw.progress;
  if (isBlank(value)) return null;
  const progress = typeof value === "number" || typeof value === "string" ? readNumber(value) : null;
  const text = readLine(value);
  if (progress === null) {
    report(ctx, "progress-invalid", "progress", CHECK_MESSAGES.progressInvalid(text));
    return null;
  }
  if (progress < 0 || progress > 100) {
    report(ctx, "progress-range", "progress", CHECK_MESSAGES.progressRange(progress));
  } else if (progress > 0 && progress < 1) {
    // A cell formatted as a percentage shows 50% but holds 0.5.
    const percent = Math.round(progress * 100);
    report(ctx, "progress-fraction", "progress", CHECK_MESSAGES.progressFraction(progress, percent), {
      value: percent,
      label: FIX_LABELS.number(percent),
    });
  } else if (typeof value === "string") {
    report(ctx, "progress-text", "progress", CHECK_MESSAGES.progressText(text, progress), {
      value: progress,
      label: FIX_LABELS.number(progress),
    });
  }
  return progress;
}

export function checkCompletion(ctx: RowContext, doneCell: DateCell): void {
  const status = checkStatus(ctx);
  const progress = checkProgressCell(ctx);
  const done = status === "Hoàn thành";
  const statusText = readLine(ctx.raw.status);

  if (done && progress !== 100 && !(progress !== null && (progress < 0 || progress > 100))) {
    report(ctx, "progress-done-not-100", "progress", CHECK_MESSAGES.progressDoneNot100(progress), {
      value: 100,
      label: FIX_LABELS.number(100),
    });
  }
  if (progress === 100 && (status === "" || status === "Chưa thực hiện" || status === "Đang thực hiện")) {
    report(ctx, "progress-100-not-done", "status", CHECK_MESSAGES.progress100NotDone(statusText), {
      value: "Hoàn thành",
      label: FIX_LABELS.replaceWith("Hoàn thành"),
    });
  } else if (progress !== null && progress > 0 && progress <= 100 && status === "Chưa thực hiện") {
    report(ctx, "progress-not-started", "status", CHECK_MESSAGES.progressNotStarted(progress), {
      value: "Đang thực hiện",
      label: FIX_LABELS.replaceWith("Đang thực hiện"),
    });
  }

  if (done && doneCell.kind === "blank") {
    report(ctx, "done-date-required", "doneDate", CHECK_MESSAGES.doneDateRequired());
  }
  // An unlisted status is reported on its own; whether a date belongs here waits for it.
  if (!done && status !== null && doneCell.date !== null) {
    report(ctx, "done-date-not-allowed", "doneDate", CHECK_MESSAGES.doneDateNotAllowed(doneCell.date, statusText));
  }
  if (doneCell.date !== null && doneCell.date > ctx.options.today) {
    report(ctx, "done-date-future", "doneDate", CHECK_MESSAGES.doneDateFuture(doneCell.date, ctx.options.today));
  }
  if (done && ctx.task.evidence === "") {
    report(ctx, "evidence-expected", "evidence", CHECK_MESSAGES.evidenceExpected());
  }
}
