// Theo dõi hạn: report date and window, counts by state, overdue and due-soon tasks per unit.
import { Button, Divider, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { LIST_TEXT } from "../../core/strings/pane";
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

export default function TrackingPanel({ actions, capabilities, active, revision }: PanelProps) {
  const action = useAction();
  const { run } = action;
  const [tracking, setTracking] = useState<Tracking | null>(null);
  const [saved, setSaved] = useState(false);

  /** The revision the shown figures were read at (null: never read). */
  const readAt = useRef<number | null>(null);
  const load = useCallback(async () => {
    readAt.current = revision;
    const read = await run(() => actions.readTracking());
    if (read) setTracking(read);
    else readAt.current = null;
  }, [run, actions, revision]);

  // Read when first shown, and when shown again after another section changed the table. Edits typed
  // in the sheet are picked up by "Đọc lại từ sổ": reading 10,000 rows on every tab switch costs seconds.
  useEffect(() => {
    if (active && readAt.current !== revision) void load();
  }, [active, revision, load]);

  const overdue = useMemo(() => tasksByUnit(tracking?.rows ?? [], "overdue"), [tracking]);
  const dueSoon = useMemo(() => tasksByUnit(tracking?.rows ?? [], "dueSoon"), [tracking]);

  async function save(settings: TrackerSettings) {
    setSaved(false);
    // Saving moves the revision: the effect above reads the tracker again as of the new date.
    const done = await run(async () => {
      await actions.writeSettings(settings);
      return true;
    });
    if (done) setSaved(true);
  }

  function select(row: TrackedRow) {
    void run(() => actions.selectCell(row.sheet, row.cell));
  }

  return (
    <Section heading={UI.headings.tracking}>
      {tracking && <SettingsForm settings={tracking.settings} busy={action.busy} onSave={save} />}
      <ButtonRow>
        <Button appearance={tracking ? "secondary" : "primary"} onClick={load} disabled={action.busy}>
          {tracking ? LIST_TEXT.refresh : UI.tracking.load}
        </Button>
      </ButtonRow>
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
