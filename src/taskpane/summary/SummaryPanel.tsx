// Tổng hợp: rebuild the summary sheet and chart, then show the headline and the per-unit results.
import { Button, Caption1, makeStyles, Text, Title3 } from "@fluentui/react-components";
import { useState } from "react";
import { formatViDate } from "../../core/dates";
import { UI } from "../../core/strings/ui";
import type { RefreshResult } from "../../excel/actions";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import type { PanelProps } from "../components/PanelProps";
import { Section } from "../components/Section";
import { useAction } from "../hooks/useAction";
import { ReportsSection } from "./ReportsSection";
import { UnitTable } from "./UnitTable";

const useStyles = makeStyles({
  headline: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
});

export default function SummaryPanel({ actions }: PanelProps) {
  const styles = useStyles();
  const action = useAction();
  const [result, setResult] = useState<RefreshResult | null>(null);

  async function refresh() {
    const done = await action.run((progress) => actions.refreshSummary(progress));
    if (done) setResult(done);
  }

  return (
    <Section heading={UI.headings.summary}>
      <Text>{UI.summary.intro}</Text>
      <ButtonRow>
        <Button appearance="primary" onClick={refresh} disabled={action.busy}>
          {UI.summary.refresh}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      {result && (
        <>
          <div role="status" className={styles.headline}>
            <Title3 as="p" className={styles.title}>{result.summary.headline.text}</Title3>
            <Caption1>{UI.summary.asOf(formatViDate(result.summary.asOf))}</Caption1>
          </div>
          {!result.chart && <Notice intent="info">{UI.summary.noChart}</Notice>}
          {result.notes?.map((note) => (
            <Notice key={note} intent="info">
              {note}
            </Notice>
          ))}
          <UnitTable units={result.summary.units} provisional={result.summary.provisional} />
        </>
      )}
      <ReportsSection actions={actions} />
    </Section>
  );
}
