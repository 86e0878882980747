// `tracker check FILE.xlsx [--json]`: every finding at its cell; exit 0 clean, 1 with errors, 2 unreadable.
import { basename } from "node:path";
import { CHECK_TEXT, CLI_USAGE } from "../../core/strings/cli";
import { checkTasks } from "../../core/tasks/checkTasks";
import type { LocatedFinding } from "../../core/types";
import type { TrackerFile } from "../../xlsx/readTracker";
import { derivedFindings } from "../../xlsx/read/derivedFindings";
import { localToday } from "../format/args";
import { findingRecord, renderFindings } from "../format/findings";
import { printOut } from "../format/output";
import { openTrackerArgs } from "../openTrackerArgs";

/** The reader's findings and the core's, each placed on its cell, in sheet order. */
export function checkTracker(tracker: TrackerFile, today: string): LocatedFinding[] {
  const core = checkTasks(tracker.rows, { catalog: tracker.catalog, today });
  const located: LocatedFinding[] = core.map((f) => ({ ...f, sheet: tracker.sheet, cell: tracker.cellOf(f.row, f.field) }));
  const all = [...tracker.findings, ...located, ...derivedFindings(tracker)];
  const rowOf = (f: LocatedFinding) => (f.row < 0 ? -1 : tracker.rowNumbers[f.row] ?? -1);
  const columnOf = (f: LocatedFinding) => (f.field ? (tracker.columns[f.field] ?? 0) : 0);
  return all
    .map((f, order) => ({ f, order }))
    .sort((a, b) => rowOf(a.f) - rowOf(b.f) || columnOf(a.f) - columnOf(b.f) || a.order - b.order)
    .map(({ f }) => f);
}

export async function run(args: string[]): Promise<number> {
  const opened = await openTrackerArgs(args, {
    usage: CLI_USAGE.check,
    valued: [],
    switches: ["--json"],
    options: (parsed) => ({ json: parsed.switches.has("--json") }),
  });
  if (typeof opened === "number") return opened;
  const { file, tracker, options } = opened;

  const findings = checkTracker(tracker, localToday());
  const errors = findings.filter((f) => f.severity === "error").length;
  if (options.json) {
    printOut(JSON.stringify(findings.map(findingRecord), null, 2));
  } else {
    const name = basename(file);
    if (findings.length === 0) {
      printOut(CHECK_TEXT.clean(name, tracker.rows.length));
    } else {
      printOut(CHECK_TEXT.header(name, tracker.rows.length, errors, findings.length - errors));
      printOut(renderFindings(findings));
    }
  }
  return errors > 0 ? 1 : 0;
}
