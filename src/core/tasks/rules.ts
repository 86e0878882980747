// Every check's stable id and severity; titles (for grouping findings in the UI) are in strings/checks.
import { RULE_TITLES } from "../strings/checks";
import type { Severity } from "../types";

const SEVERITIES = {
  "cell-error": "error",
  spaces: "warning",
  "id-required": "error",
  "id-duplicate": "error",
  "title-required": "error",
  "title-too-short": "warning",
  "title-duplicate": "warning",
  // An obligation kept as one row beside its occurrences ("5" and "5.T01"…): every figure counts it twice.
  "obligation-held-twice": "warning",
  "month-range": "error",
  "month-text": "warning",
  "lead-required": "error",
  "lead-multiple": "error",
  "lead-unknown": "error",
  "lead-near-miss": "error",
  // The summary groups rows by the lead cell's text: an alias would be counted as another unit.
  "lead-not-canonical": "error",
  "lead-is-group": "error",
  // An old name is not wrong in an old directive's tasks: the merged body is offered, not imposed.
  "lead-merged": "warning",
  "partner-unknown": "warning",
  "partner-near-miss": "warning",
  "partner-not-canonical": "warning",
  "partner-is-lead": "error",
  "partner-duplicate": "warning",
  "partner-merged": "warning",
  "partners-separator": "warning",
  "leader-unknown": "warning",
  "leader-near-miss": "warning",
  "leader-not-canonical": "warning",
  "deadline-required": "error",
  "deadline-vague": "error",
  "deadline-not-understood": "error",
  "deadline-needs-year": "warning",
  "deadline-is-status": "warning",
  "deadline-outside-plan": "warning",
  "due-missing": "warning",
  "due-mismatch": "warning",
  "due-not-expected": "warning",
  "due-text": "error",
  "due-us-order": "error",
  "due-invalid": "error",
  "extended-due-text": "error",
  "extended-due-us-order": "error",
  "extended-due-invalid": "error",
  "extended-before-due": "warning",
  "status-unknown": "error",
  "status-not-canonical": "error",
  "status-case": "warning",
  "progress-invalid": "error",
  "progress-text": "warning",
  "progress-range": "error",
  "progress-fraction": "warning",
  "progress-done-not-100": "error",
  "progress-100-not-done": "warning",
  "progress-not-started": "warning",
  "done-date-required": "error",
  "done-date-not-allowed": "error",
  "done-date-future": "error",
  "done-date-text": "error",
  "done-date-us-order": "error",
  "done-date-invalid": "error",
  "evidence-expected": "warning",
  // The figures: what the workbook computes must be what the engine computes.
  "derived-not-formula": "error",
  "state-disagrees": "error",
  "row-outside-table": "error",
} as const satisfies Record<string, Severity>;

export type RuleId = keyof typeof SEVERITIES;

/** In the order findings are best read: cell hygiene, identity, units, deadlines, progress. */
export const RULE_IDS = Object.keys(SEVERITIES) as RuleId[];

export const RULES: Record<RuleId, { severity: Severity; title: string }> = Object.fromEntries(
  RULE_IDS.map((id) => [id, { severity: SEVERITIES[id], title: RULE_TITLES[id] }]),
) as Record<RuleId, { severity: Severity; title: string }>;
