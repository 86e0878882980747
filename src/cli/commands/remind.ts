// `tracker remind TRACKER.xlsx [--as-of YYYY-MM-DD] [--out DIR [--attach]] [--json]`: per lead unit,
// what is overdue or due soon, as text to paste, as JSON, or as .eml drafts ready to send.
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { buildEml } from "../../core/remind/eml";
import { uniqueFileNames } from "../../core/fileNames";
import { reminderSubject, reminderText } from "../../core/remind/reminderText";
import { remindersByUnit } from "../../core/remind/reminders";
import type { UnitReminder } from "../../core/remind/types";
import { CLI_USAGE } from "../../core/strings/cli";
import { attachmentName, REMIND_CLI_TEXT } from "../../core/strings/remind";
import { NO_LEAD } from "../../core/strings/summary";
import { readTask } from "../../core/tasks/readTask";
import type { IsoDate } from "../../core/types";
import { groupOf } from "../../workbook/roundtrip/unitRows";
import type { TrackerFile } from "../../xlsx/readTracker";
import { unitCopyBytes } from "../../xlsx/splitTracker";
import { localToday, parseAsOf, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { openTrackerArgs } from "../openTrackerArgs";
import { writeErrorMessage } from "../format/writeError";

interface RemindOptions {
  asOf: IsoDate | undefined;
  out: string | undefined;
  attach: boolean;
  json: boolean;
}

/** Judged as the workbook's formulas judge (like `summary`), so a reminder matches the row's colour. */
export function trackerReminders(tracker: TrackerFile, asOf: IsoDate): UnitReminder[] {
  return remindersByUnit(tracker.rows.map((row) => readTask(row, { asFormulas: true })), {
    asOf,
    windowDays: tracker.settings.windowDays,
    catalog: tracker.catalog,
  });
}

export async function run(args: string[]): Promise<number> {
  const opened = await openTrackerArgs(args, {
    usage: CLI_USAGE.remind,
    valued: ["--as-of", "--out"],
    switches: ["--attach", "--json"],
    options: (parsed): RemindOptions => {
      const attach = parsed.switches.has("--attach");
      if (attach && parsed.values["--out"] === undefined) throw new UsageError(REMIND_CLI_TEXT.attachNeedsOut);
      return { asOf: parseAsOf(parsed.values["--as-of"]), out: parsed.values["--out"], attach, json: parsed.switches.has("--json") };
    },
  });
  if (typeof opened === "number") return opened;
  const { file, tracker, options } = opened;

  const asOf = options.asOf ?? tracker.settings.reportDate ?? localToday();
  const reminders = trackerReminders(tracker, asOf);

  if (options.out !== undefined) {
    const written = await writeDrafts(reminders, asOf, options.out, options.attach ? { tracker, masterName: basename(file) } : null);
    if (typeof written === "number") return written;
    const report =
      written.length === 0
        ? [REMIND_CLI_TEXT.nothing(asOf)]
        : [
            REMIND_CLI_TEXT.written(written.length, options.out),
            ...written.map((w) => REMIND_CLI_TEXT.draft(w.file, REMIND_CLI_TEXT.recipient(w.unit, w.email))),
            REMIND_CLI_TEXT.openHint,
          ];
    // With --json, stdout stays pure JSON; the list of drafts goes to stderr.
    (options.json ? printErr : printOut)(report.join("\n"));
  }

  if (options.json) printOut(JSON.stringify(reminders, null, 2));
  else if (options.out === undefined) printOut(renderText(reminders, asOf));
  return 0;
}

function renderText(reminders: UnitReminder[], asOf: IsoDate): string {
  if (reminders.length === 0) return REMIND_CLI_TEXT.nothing(asOf);
  return reminders
    .map((r) => [REMIND_CLI_TEXT.separator, REMIND_CLI_TEXT.recipient(r.unit, r.email), REMIND_CLI_TEXT.separator, reminderText(r, asOf)].join("\n"))
    .join("\n");
}

/** Tasks without a lead or led by a group go into no unit's workbook (as with `split`): nothing to attach. */
function hasUnitCopy(tracker: TrackerFile, unit: string): boolean {
  return unit !== NO_LEAD && groupOf(tracker.catalog, unit) === null;
}

interface Written {
  file: string;
  unit: string;
  email: string;
}

/** One draft per unit; exit code 2 after saying why when the folder or a file cannot be written. */
async function writeDrafts(
  reminders: UnitReminder[],
  asOf: IsoDate,
  dir: string,
  attach: { tracker: TrackerFile; masterName: string } | null,
): Promise<Written[] | number> {
  const names = uniqueFileNames(
    reminders.map((r) => r.unit),
    ".eml",
    "don-vi",
  );
  let target = dir;
  try {
    const info = await stat(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw error;
    });
    if (info && !info.isDirectory()) {
      printErr(REMIND_CLI_TEXT.outNotFolder(dir));
      return 2;
    }
    await mkdir(dir, { recursive: true });
    const sentAt = localToday();
    const written: Written[] = [];
    for (let i = 0; i < reminders.length; i++) {
      const r = reminders[i];
      const attachment = attach && hasUnitCopy(attach.tracker, r.unit)
        ? { fileName: attachmentName(r.unit), bytes: await unitCopyBytes(attach.tracker, attach.masterName, r.unit, { sentAt }) }
        : undefined;
      target = join(dir, names[i]);
      await writeFile(target, buildEml({ to: r.email, subject: reminderSubject(r), body: reminderText(r, asOf), attachment }), "ascii");
      written.push({ file: target, unit: r.unit, email: r.email });
    }
    return written;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    printErr(writeErrorMessage(code, target));
    return 2;
  }
}
