// Findings as a Vietnamese list for a terminal, and as the JSON records `check --json` prints.
import { CHECK_TEXT } from "../../core/strings/cli";
import { TASK_HEADERS } from "../../core/strings/vi";
import type { LocatedFinding } from "../../core/types";

export interface FindingRecord {
  sheet: string;
  cell: string;
  id: string;
  field: string | null;
  rule: string;
  severity: string;
  message: string;
  fix: LocatedFinding["fix"];
}

/** Exactly the keys of the `check --json` contract, in its order. */
export function findingRecord(f: LocatedFinding): FindingRecord {
  return { sheet: f.sheet, cell: f.cell, id: f.id, field: f.field, rule: f.rule, severity: f.severity, message: f.message, fix: f.fix };
}

export function renderFindings(findings: LocatedFinding[]): string {
  const lines: string[] = [];
  for (const f of findings) {
    const level = f.severity === "error" ? CHECK_TEXT.error : CHECK_TEXT.warning;
    const where = [f.id || CHECK_TEXT.tableLevel, f.field ? TASK_HEADERS[f.field] : null].filter(Boolean).join(", ");
    lines.push(`${level} ${f.sheet}!${f.cell} (${where}): ${f.message}`);
    if (f.fix) lines.push(`    ${CHECK_TEXT.fix(f.fix.label)}`);
  }
  return lines.join("\n");
}
