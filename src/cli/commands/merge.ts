// `tracker merge TRACKER.xlsx RETURN.xlsx... [--out MERGED.xlsx] [--json]`: units' returned copies
// into the master. Exit 0 merged without conflicts, 1 merged with conflicts (the master's values
// kept), 2 nothing written.
import { basename } from "node:path";
import { ARG_ERRORS, CLI_USAGE } from "../../core/strings/cli";
import { MERGE_CLI_TEXT } from "../../core/strings/merge";
import { REFUSAL_TEXT } from "../../core/strings/roundtrip";
import { TASK_HEADERS } from "../../core/strings/vi";
import { mergeReturnFiles, NothingWrittenError, type MergeFilesResult } from "../../xlsx/mergeReturns";
import { TrackerReadError } from "../../xlsx/readTracker";
import { localToday, parseArgs, parseXlsxOut, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { checkTracker } from "./check";
import { FINDINGS_SHEET } from "../../workbook/findingsSheet";
import { writeErrorMessage } from "../format/writeError";

/**
 * The JSON the owners' checks read: the contract's three keys, then proposals, the findings the merge
 * brought to the master, how many on the merged tasks were there before, and files written.
 */
function jsonReport({ result, findings, earlierFindings, written, backup }: MergeFilesResult): unknown {
  return {
    applied: result.applied.map(({ id, field, from, to, file }) => ({ id, field, from, to, file })),
    conflicts: result.conflicts.map(({ id, field, master, returned, file }) => ({ id, field, master, returned, file })),
    refused: result.refused.map((r) => ({ file: r.file, id: r.id, field: r.field, reason: r.message ?? REFUSAL_TEXT[r.reason] })),
    proposals: result.proposals.map(({ id, proposedDue, reason, file }) => ({ id, proposedDue, reason, file })),
    findings: findings.flatMap(({ file, findings: list }) =>
      list.map((f) => ({ file, id: f.id, field: f.field, cell: f.cell ?? null, severity: f.severity, message: f.message })),
    ),
    earlierFindings,
    written,
    backup,
  };
}

function textReport(master: string, files: number, merged: MergeFilesResult): string[] {
  const { result, findings } = merged;
  const column = (field: keyof typeof TASK_HEADERS | null) => (field ? TASK_HEADERS[field] : "");
  const lines = [
    MERGE_CLI_TEXT.summary(basename(master), files, result.applied.length, result.conflicts.length, result.refused.length, result.proposals.length),
    ...result.alreadyMerged.map(MERGE_CLI_TEXT.alreadyMerged),
    ...result.conflicts.map((c) => MERGE_CLI_TEXT.conflict(c.file, c.id, column(c.field), c.master, c.returned)),
    ...result.refused.map((r) => MERGE_CLI_TEXT.refused(r.file, r.id, column(r.field), r.message ?? REFUSAL_TEXT[r.reason])),
    ...findings.flatMap(({ file, findings: list }) => {
      const errors = list.filter((f) => f.severity === "error").length;
      return list.length > 0 ? [MERGE_CLI_TEXT.newFindings(file, errors, list.length - errors)] : [];
    }),
    ...(merged.earlierFindings > 0 ? [MERGE_CLI_TEXT.earlierFindings(merged.earlierFindings, merged.checkSheet ?? FINDINGS_SHEET)] : []),
  ];
  if (merged.backup) lines.push(MERGE_CLI_TEXT.backup(merged.backup));
  lines.push(merged.written ? MERGE_CLI_TEXT.written(merged.written) : MERGE_CLI_TEXT.nothingNew(basename(master)));
  return lines;
}

export async function run(args: string[]): Promise<number> {
  let master: string;
  let returns: string[];
  let out: string | undefined;
  let json: boolean;
  try {
    const parsed = parseArgs(args, ["--out"], ["--json"]);
    if (parsed.positional.length === 0) throw new UsageError(ARG_ERRORS.missingInput);
    [master, ...returns] = parsed.positional;
    if (returns.length === 0) throw new UsageError(MERGE_CLI_TEXT.missingReturn);
    out = parseXlsxOut(parsed.values["--out"]);
    json = parsed.switches.has("--json");
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${CLI_USAGE.merge}`);
    return 2;
  }

  let merged: MergeFilesResult;
  const target = out ?? master;
  try {
    merged = await mergeReturnFiles(master, returns, { out, today: localToday(), check: checkTracker });
  } catch (error) {
    if (error instanceof TrackerReadError || error instanceof NothingWrittenError) {
      printErr(error.message);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    printErr(writeErrorMessage(code, target));
    return 2;
  }
  if (json) printOut(JSON.stringify(jsonReport(merged), null, 2));
  else printOut(textReport(master, returns.length, merged).join("\n"));
  return merged.result.conflicts.length > 0 ? 1 : 0;
}
