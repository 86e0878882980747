// Findings grouped by rule: one accordion item per rule with its count and a "fix all" button.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import type { LocatedFinding } from "../../core/types";
import type { FindingGroup } from "../logic/groupFindings";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  header: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalM,
  },
});

interface Props {
  groups: FindingGroup[];
  busy: boolean;
  onSelect(finding: LocatedFinding): void;
  onFix(findings: LocatedFinding[]): void;
}

export function FindingGroups({ groups, busy, onSelect, onFix }: Props) {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.length === 1 ? [groups[0].rule] : []}>
      {groups.map((group) => (
        <AccordionItem key={group.rule} value={group.rule}>
          <AccordionHeader>
            <span className={styles.header}>
              <Badge
                color={group.severity === "error" ? "danger" : "warning"}
                aria-label={`${group.severity === "error" ? UI.check.error : UI.check.warning}: ${UI.check.groupCount(group.findings.length)}`}
              >
                {group.findings.length}
              </Badge>
              {group.title}
            </span>
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>
            {group.fixable.length > 0 && (
              <div>
                <Button size="small" appearance="primary" onClick={() => onFix(group.fixable)} disabled={busy}>
                  {UI.check.fixAll(group.fixable.length)}
                </Button>
              </div>
            )}
            <ul className={styles.list}>
              {group.findings.map((finding, i) => (
                <FindingItem key={`${finding.cell}-${i}`} finding={finding} busy={busy} onSelect={onSelect} onFix={onFix} />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
