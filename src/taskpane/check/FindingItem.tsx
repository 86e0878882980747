// One finding: its cell (a button that selects it in the sheet), the message, and its fix if any.
import { Button, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import type { LocatedFinding } from "../../core/types";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { flexGrow: 1, display: "flex", flexDirection: "column", minWidth: 0 },
});

interface Props {
  finding: LocatedFinding;
  busy: boolean;
  onSelect(finding: LocatedFinding): void;
  onFix(findings: LocatedFinding[]): void;
}

export function FindingItem({ finding, busy, onSelect, onFix }: Props) {
  const styles = useStyles();
  return (
    <li className={styles.root}>
      <div className={styles.text}>
        <Link as="button" onClick={() => onSelect(finding)}>
          {UI.check.goTo(finding.id, finding.cell)}
        </Link>
        <Caption1>{finding.message}</Caption1>
      </div>
      {finding.fix && (
        <Button
          size="small"
          onClick={() => onFix([finding])}
          disabled={busy}
          title={finding.fix.label}
          aria-label={UI.check.fixLabel(finding.fix.label, finding.cell)}
        >
          {UI.check.fix}
        </Button>
      )}
    </li>
  );
}
