// What a merge did to `check`'s findings on the master: Đối chiếu lists only those the returns brought
// (present after, absent before: same rule, field and task), so the planner sees what the units
// changed, not the master's own warnings again; those already there are only counted (Kiểm tra lists
// every finding). Both faces check the master before and after with their own `check` and call this.
import type { AppliedChange, Conflict } from "../../core/roundtrip/types";
import type { LocatedFinding, RawRow } from "../../core/types";
import { rowKey } from "../schema/rows";

/** A check of the master: `findings[i].row` indexes `rows` (-1 or out of range: not about one task). */
export interface CheckedMaster {
  rows: readonly RawRow[];
  findings: readonly LocatedFinding[];
}

/** Findings on the master that a return's changes brought, placed in the report with that file. */
export interface ReturnFindings {
  file: string;
  unit: string;
  findings: LocatedFinding[];
}

export interface MergeFindings {
  /** Findings new after the merge, under the return whose change reached their task (file "" when none did). */
  fresh: ReturnFindings[];
  /** Findings on the tasks the merge wrote or met a conflict on that were there before it. */
  earlier: number;
}

function taskOf(master: CheckedMaster, finding: LocatedFinding): string {
  const row = finding.row >= 0 ? master.rows[finding.row] : undefined;
  return row ? rowKey(row) : `cell:${finding.sheet}!${finding.cell}`;
}

function keyOf(task: string, finding: LocatedFinding): string {
  return [finding.rule, finding.field ?? "", task].join("\u0001");
}

export function mergeFindings(
  before: CheckedMaster,
  after: CheckedMaster,
  merged: { applied: readonly AppliedChange[]; conflicts: readonly Conflict[] },
): MergeFindings {
  const earlierKeys = new Set(before.findings.map((f) => keyOf(taskOf(before, f), f)));
  // Who touched each task: its applied changes first (the values now in the master), then conflicts.
  const sources = new Map<string, (AppliedChange | Conflict)[]>();
  for (const change of [...merged.applied, ...merged.conflicts]) {
    const task = rowKey({ id: change.id });
    sources.set(task, [...(sources.get(task) ?? []), change]);
  }
  const byFile = new Map<string, ReturnFindings>();
  for (const change of [...merged.applied, ...merged.conflicts]) {
    if (!byFile.has(change.file)) byFile.set(change.file, { file: change.file, unit: change.unit, findings: [] });
  }
  let earlier = 0;
  for (const finding of after.findings) {
    const task = taskOf(after, finding);
    if (earlierKeys.has(keyOf(task, finding))) {
      if (sources.has(task)) earlier++;
      continue;
    }
    const touched = sources.get(task) ?? [];
    const source = touched.find((c) => c.field === finding.field) ?? touched[0];
    const file = source?.file ?? "";
    if (!byFile.has(file)) byFile.set(file, { file, unit: source?.unit ?? "", findings: [] });
    byFile.get(file)!.findings.push(finding);
  }
  return { fresh: [...byFile.values()].filter((f) => f.findings.length > 0), earlier };
}
