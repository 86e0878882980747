// Kiểm tra: run the checks, show findings by rule, go to a finding's cell, apply fixes and re-check.
import { Button, Text } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { LocatedFinding } from "../../core/types";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import type { PanelProps } from "../components/PanelProps";
import { Section } from "../components/Section";
import { useAction } from "../hooks/useAction";
import { countBySeverity, groupFindings } from "../logic/groupFindings";
import { FindingGroups } from "./FindingGroups";

export default function CheckPanel({ actions }: PanelProps) {
  const action = useAction();
  const [findings, setFindings] = useState<LocatedFinding[] | null>(null);
  const [fixed, setFixed] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const groups = useMemo(() => (findings ? groupFindings(findings) : []), [findings]);
  const counts = findings ? countBySeverity(findings) : null;

  async function check() {
    setFixed(null);
    setNote(null);
    const found = await action.run((progress) => actions.runCheck(progress, setNote));
    if (found) setFindings(found);
  }

  async function fix(selected: LocatedFinding[]) {
    setFixed(null);
    const result = await action.run(async (progress) => {
      const applied = await actions.applyFixes(selected);
      return { applied, found: await actions.runCheck(progress, setNote) };
    });
    if (result) {
      setFindings(result.found);
      setFixed(result.applied);
    }
  }

  function select(finding: LocatedFinding) {
    void action.run(() => actions.selectCell(finding.sheet, finding.cell));
  }

  return (
    <Section heading={UI.headings.check}>
      <Text>{UI.check.intro}</Text>
      <ButtonRow>
        <Button appearance="primary" onClick={check} disabled={action.busy}>
          {findings ? UI.check.rerun : UI.check.run}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      {fixed !== null && <Notice intent="success">{UI.check.fixed(fixed)}</Notice>}
      {note && <Notice intent="info">{note}</Notice>}
      {counts &&
        (findings!.length === 0 ? (
          <Notice intent="success">{UI.check.clean}</Notice>
        ) : (
          <Text role="status" weight="semibold">
            {UI.check.counts(counts.errors, counts.warnings)}
          </Text>
        ))}
      {groups.length > 0 && <FindingGroups groups={groups} busy={action.busy} onSelect={select} onFix={fix} />}
    </Section>
  );
}
