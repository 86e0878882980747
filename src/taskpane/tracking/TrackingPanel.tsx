// Theo dõi hạn: report date and window, counts by state, overdue and due-soon tasks per unit.
import { Button, Divider, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { formatViDate } from "../../core/dates";
import { UI } from "../../core/strings/ui";
import type { TrackedRow, Tracking, TrackerSettings } from "../../excel/actions";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import type { PanelProps } from "../components/PanelProps";
import { Section } from "../components/Section";
import { Unavailable } from "../components/Unavailable";
import { useAction } from "../hooks/useAction";
import { tasksByUnit } from "../logic/tasksByUnit";
import { SettingsForm } from "./SettingsForm";
import { StateBadges } from "./StateBadges";
import { UnitTasks } from "./UnitTasks";

export default function TrackingPanel({ actions, capabilities, active }: PanelProps) {
  const action = useAction();
  const { run } = action;
  const [tracking, setTracking] = useState<Tracking | null>(null);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    const read = await run(() => actions.readTracking());
    if (read) setTracking(read);
  }, [run, actions]);

  // Re-read whenever the section is shown: the table may have changed in another section or by hand.
  useEffect(() => {
    if (active) void load();
  }, [active, load]);

  const overdue = useMemo(() => tasksByUnit(tracking?.rows ?? [], "overdue"), [tracking]);
  const dueSoon = useMemo(() => tasksByUnit(tracking?.rows ?? [], "dueSoon"), [tracking]);

  async function save(settings: TrackerSettings) {
    setSaved(false);
    const read = await run(async () => {
      await actions.writeSettings(settings);
      return actions.readTracking();
    });
    if (read) {
      setTracking(read);
      setSaved(true);
    }
  }

  function select(row: TrackedRow) {
    void run(() => actions.selectCell(row.sheet, row.cell));
  }

  return (
    <Section heading={UI.headings.tracking}>
      {tracking ? (
        <SettingsForm settings={tracking.settings} busy={action.busy} onSave={save} />
      ) : (
        <ButtonRow>
          <Button appearance="primary" onClick={load} disabled={action.busy}>
            {UI.tracking.load}
          </Button>
        </ButtonRow>
      )}
      <ActionStatus action={action} />
      {saved && <Notice intent="success">{UI.tracking.saved}</Notice>}
      {tracking && (
        <>
          <Divider />
          <Text weight="semibold">{UI.tracking.asOf(formatViDate(tracking.summary.asOf))}</Text>
          <StateBadges rows={tracking.rows} />
          <UnitTasks title={UI.tracking.overdueTitle} units={overdue} onSelect={select} />
          <UnitTasks title={UI.tracking.dueSoonTitle} units={dueSoon} onSelect={select} />
        </>
      )}
      {!capabilities.conditionalFormats && <Unavailable reason={UI.tracking.noColours} />}
    </Section>
  );
}
