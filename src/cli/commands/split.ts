// `tracker split TRACKER.xlsx --out DIR [--expand-groups] [--json]`: one workbook per lead unit in DIR,
// to e-mail to the units; each remembers what it was sent so `merge` can take its return back.
import { ARG_ERRORS, CLI_USAGE } from "../../core/strings/cli";
import { SPLIT_TEXT } from "../../core/strings/split";
import { TrackerReadError } from "../../xlsx/readTracker";
import { OutDirError, splitTracker, type SplitResult } from "../../xlsx/splitTracker";
import { localToday, parseArgs, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { writeErrorMessage } from "../format/writeError";

interface SplitArgs {
  master: string;
  outDir: string;
  expandGroups: boolean;
  json: boolean;
}

function readArgs(args: string[]): SplitArgs {
  const parsed = parseArgs(args, ["--out"], ["--expand-groups", "--json"]);
  if (parsed.positional.length === 0) throw new UsageError(ARG_ERRORS.missingInput);
  if (parsed.positional.length > 1) throw new UsageError(ARG_ERRORS.extraArgument(parsed.positional[1]));
  const outDir = parsed.values["--out"] ?? "";
  if (outDir === "") throw new UsageError(SPLIT_TEXT.missingOut);
  return {
    master: parsed.positional[0],
    outDir,
    expandGroups: parsed.switches.has("--expand-groups"),
    json: parsed.switches.has("--json"),
  };
}

/** What happened besides the copies: the master's update, expanded groups; then what was not sent. */
function notes(result: SplitResult, master: string): { done: string[]; warnings: string[] } {
  const done: string[] = [];
  const warnings: string[] = [];
  if (result.trackerIdAdded && result.backup) done.push(SPLIT_TEXT.trackerIdAdded(master, result.backup));
  for (const task of result.expanded) {
    done.push(task.added > 0 ? SPLIT_TEXT.expanded(task.id, task.group, task.members) : SPLIT_TEXT.alreadyExpanded(task.id, task.group, task.members.length));
  }
  if (!result.trackerIdAdded && result.backup) done.push(SPLIT_TEXT.expandedBackup(master, result.backup));
  for (const task of result.unexpandable) {
    warnings.push(task.reason === "noId" ? SPLIT_TEXT.groupNoId(task.title, task.group) : SPLIT_TEXT.groupNoMembers(task.id, task.group));
  }
  for (const task of result.skippedGroupTasks) warnings.push(SPLIT_TEXT.groupSkipped(task.id, task.group));
  if (result.skippedGroupTasks.length > 0) warnings.push(SPLIT_TEXT.groupHint);
  if (result.noLead.length > 0) warnings.push(SPLIT_TEXT.noLead(result.noLead));
  return { done, warnings };
}

export async function run(args: string[]): Promise<number> {
  let options: SplitArgs;
  try {
    options = readArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${CLI_USAGE.split}`);
    return 2;
  }

  let result: SplitResult;
  try {
    result = await splitTracker(options.master, options.outDir, { sentAt: localToday(), expandGroups: options.expandGroups });
  } catch (error) {
    if (error instanceof TrackerReadError) {
      printErr(error.message);
      return 2;
    }
    if (error instanceof OutDirError) {
      printErr(SPLIT_TEXT.outIsFile(options.outDir));
      return 2;
    }
    const { code, path } = error as NodeJS.ErrnoException;
    if (code === undefined) throw error;
    const file = path ?? options.outDir;
    printErr(writeErrorMessage(code, file));
    return 2;
  }

  const { done, warnings } = notes(result, options.master);
  if (options.json) {
    printOut(JSON.stringify(result.units.map(({ unit, file, tasks }) => ({ unit, file, tasks })), null, 2));
    for (const line of [...done, ...warnings]) printErr(line);
    return 0;
  }
  for (const line of done) printOut(line);
  for (const { unit, file, tasks } of result.units) printOut(SPLIT_TEXT.unitLine(unit, tasks, file));
  printOut(result.units.length > 0 ? SPLIT_TEXT.written(result.units.length, options.outDir) : SPLIT_TEXT.none(options.master));
  for (const line of warnings) printErr(line);
  return 0;
}
