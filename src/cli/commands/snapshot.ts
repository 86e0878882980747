// `tracker snapshot TRACKER.xlsx --as-of YYYY-MM-DD [--out OUT.xlsx] [--json]`: freezes the per-unit
// figures at the report date on "Lịch sử" (in place after a backup copy, or into OUT.xlsx); --json
// prints the figures written. The same date twice replaces its block, never duplicates it.
import { ARG_ERRORS } from "../../core/strings/cli";
import { SNAPSHOT_TEXT } from "../../core/strings/report";
import type { IsoDate } from "../../core/types";
import { historyRecord } from "../../workbook/report/historySheet";
import { TrackerReadError } from "../../xlsx/readTracker";
import { snapshotTracker, SnapshotRefused } from "../../xlsx/snapshotTracker";
import { localToday, parseArgs, parseAsOf, parseXlsxOut, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { writeErrorMessage } from "../format/writeError";
import { summariseTracker, totalOf } from "./summary";

export async function run(args: string[]): Promise<number> {
  let file: string;
  let asOf: IsoDate;
  let out: string | undefined;
  let json: boolean;
  try {
    const parsed = parseArgs(args, ["--as-of", "--out"], ["--json"]);
    if (parsed.positional.length === 0) throw new UsageError(ARG_ERRORS.missingInput);
    if (parsed.positional.length > 1) throw new UsageError(ARG_ERRORS.extraArgument(parsed.positional[1]));
    file = parsed.positional[0];
    const date = parseAsOf(parsed.values["--as-of"]);
    if (!date) throw new UsageError(SNAPSHOT_TEXT.missingAsOf);
    asOf = date;
    out = parseXlsxOut(parsed.values["--out"]);
    json = parsed.switches.has("--json");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${SNAPSHOT_TEXT.usage}`);
    return 2;
  }

  try {
    const today = localToday();
    const result = await snapshotTracker(file, {
      asOf,
      out,
      today,
      summarise: (tracker, date) => {
        const summary = summariseTracker(tracker, date, today);
        return { summary, total: totalOf(summary, tracker) };
      },
    });
    if (json) {
      printOut(JSON.stringify(historyRecord(result.block, result.replaced, result.provisional, result.errors), null, 2));
    } else {
      printOut(SNAPSHOT_TEXT.written(result.written, asOf, result.block.units.length, result.replaced));
      if (result.backup) printOut(SNAPSHOT_TEXT.backup(result.backup));
    }
    if (result.provisional) printErr(SNAPSHOT_TEXT.provisional(result.errors));
    return 0;
  } catch (error) {
    if (error instanceof TrackerReadError || error instanceof SnapshotRefused) {
      printErr(error.message);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    printErr(writeErrorMessage(code, out ?? file));
    return 2;
  }
}
