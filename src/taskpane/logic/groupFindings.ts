// Findings grouped by rule for the Kiểm tra section: errors first, then by size of group.
import { RULES, type RuleId } from "../../core/tasks/rules";
import type { LocatedFinding, Severity } from "../../core/types";

export interface FindingGroup {
  rule: string;
  title: string;
  severity: Severity;
  findings: LocatedFinding[];
  fixable: LocatedFinding[];
}

export function groupFindings(findings: LocatedFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    let group = groups.get(finding.rule);
    if (!group) {
      const known = RULES[finding.rule as RuleId];
      group = { rule: finding.rule, title: known?.title ?? finding.rule, severity: finding.severity, findings: [], fixable: [] };
      groups.set(finding.rule, group);
    }
    group.findings.push(finding);
    if (finding.fix) group.fixable.push(finding);
    if (finding.severity === "error") group.severity = "error";
  }
  return [...groups.values()].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.findings.length - a.findings.length,
  );
}

function severityRank(severity: Severity): number {
  return severity === "error" ? 0 : 1;
}

export function countBySeverity(findings: LocatedFinding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}
