// `tracker summary FILE.xlsx [--as-of YYYY-MM-DD] [--json]`: what the engine computes from the file,
// as of its report-date cell (=TODAY() → today) unless --as-of says otherwise.
import { CLI_USAGE } from "../../core/strings/cli";
import { combineGroups, summarise } from "../../core/summary";
import { readTask } from "../../core/tasks/readTask";
import type { GroupSummary, IsoDate, Summary } from "../../core/types";
import type { TrackerFile } from "../../xlsx/readTracker";
import { localToday, parseAsOf } from "../format/args";
import { printOut } from "../format/output";
import { openTrackerArgs } from "../openTrackerArgs";
import { renderSummary } from "../format/summaryTable";
import { checkTracker } from "./check";

/**
 * Cells are read as the workbook's formulas read them, so the figures are those its Tổng hợp shows.
 * The rows `check` finds errors in are counted, and make every rating provisional.
 */
export function summariseTracker(tracker: TrackerFile, asOf: IsoDate, today: IsoDate = localToday()): Summary {
  return summarise(tracker.rows.map((row) => readTask(row, { asFormulas: true })), {
    asOf,
    windowDays: tracker.settings.windowDays,
    scoring: tracker.settings.scoring,
    errorRows: errorRowCount(checkTracker(tracker, today)),
  });
}

/** Task rows with at least one error (table-level findings are no row). */
export function errorRowCount(findings: readonly { row: number; severity: string }[]): number {
  return new Set(findings.filter((f) => f.severity === "error" && f.row >= 0).map((f) => f.row)).size;
}

/** The whole department: every task sits in exactly one unit group (blank leads have their own). */
export function totalOf(summary: Summary, tracker: TrackerFile): GroupSummary {
  return combineGroups(summary.units, tracker.settings.scoring);
}

/** Exactly the `summary --json` contract. */
export function summaryRecord(summary: Summary) {
  return {
    asOf: summary.asOf,
    // Ratings computed while rows have errors are provisional: errors > 0 says so (the text output marks them "tạm tính").
    headline: { ...summary.headline, errors: summary.headline.errors ?? 0 },
    units: summary.units.map((u) => ({
      unit: u.unit,
      total: u.total,
      doneOnTime: u.doneOnTime,
      doneLate: u.doneLate,
      inProgress: u.inProgress,
      dueSoon: u.dueSoon,
      overdue: u.overdue,
      ongoing: u.ongoing,
      score: u.score,
      rating: u.rating,
    })),
    tasks: summary.tasks.map((t) => ({ id: t.id, state: t.state, daysLate: t.daysLate })),
  };
}

export async function run(args: string[]): Promise<number> {
  const opened = await openTrackerArgs(args, {
    usage: CLI_USAGE.summary,
    valued: ["--as-of"],
    switches: ["--json"],
    options: (parsed) => ({ json: parsed.switches.has("--json"), asOf: parseAsOf(parsed.values["--as-of"]) }),
  });
  if (typeof opened === "number") return opened;
  const { tracker, options } = opened;

  const summary = summariseTracker(tracker, options.asOf ?? tracker.settings.reportDate ?? localToday());
  printOut(options.json ? JSON.stringify(summaryRecord(summary), null, 2) : renderSummary(summary, totalOf(summary, tracker)));
  return 0;
}
