// What `check` and `summary` share: the one tracker file named on the command line, opened, with the
// flags the command reads; a usage error or an unreadable file is explained on stderr as exit code 2.
import { ARG_ERRORS } from "../core/strings/cli";
import { readTrackerFile, TrackerReadError, type TrackerFile } from "../xlsx/readTracker";
import { parseArgs, UsageError, type ParsedArgs } from "./format/args";
import { printErr } from "./format/output";

export interface TrackerCommand<T> {
  usage: string;
  valued: string[];
  switches: string[];
  /** The command's own reading of its flags; throws UsageError for a bad value. */
  options(parsed: ParsedArgs): T;
}

export interface OpenedTracker<T> {
  file: string;
  tracker: TrackerFile;
  options: T;
}

/** The opened tracker, or the exit code after saying what was wrong. */
export async function openTrackerArgs<T>(args: string[], command: TrackerCommand<T>): Promise<OpenedTracker<T> | number> {
  let file: string;
  let options: T;
  try {
    const parsed = parseArgs(args, command.valued, command.switches);
    if (parsed.positional.length === 0) throw new UsageError(ARG_ERRORS.missingInput);
    if (parsed.positional.length > 1) throw new UsageError(ARG_ERRORS.extraArgument(parsed.positional[1]));
    file = parsed.positional[0];
    options = command.options(parsed);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${command.usage}`);
    return 2;
  }

  try {
    return { file, tracker: await readTrackerFile(file), options };
  } catch (error) {
    if (!(error instanceof TrackerReadError)) throw error;
    printErr(error.message);
    return 2;
  }
}
