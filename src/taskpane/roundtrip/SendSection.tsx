// Gửi đơn vị: the lead units and their task counts; one workbook per unit, offered as a download and,
// where the host can, opened in Excel as a new workbook. On request (never silently), tasks led by a
// group first get one row per member unit in the tracker, after a backup of the workbook.
import { Button, Caption1, Checkbox, Link, makeStyles, TableCell, TableRow, Text, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { ExpandedGroups, Progress, RoundTripTracker, TrackerActions } from "../../excel/actions";
import { planGroupExpansion } from "../../workbook/roundtrip/expandGroups";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { CompactTable } from "../components/CompactTable";
import { Notice } from "../components/Notice";
import { Section } from "../components/Section";
import { Unavailable } from "../components/Unavailable";
import { useAction } from "../hooks/useAction";
import { copyFileNames, unitsToSend, type SendList } from "../logic/roundTrip";
import { BackupOption, BackupTaken, useBackup } from "./Backup";
import { xlsxUrl } from "./download";
import { expansionLines } from "./expansionLines";
import { loadEngine } from "./loadEngine";
import { localToday } from "../../core/dates";

const T = UI.roundTrip.send;

const useStyles = makeStyles({
  count: { width: "3.5rem", textAlign: "end" },
  file: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

interface Built {
  unit: string;
  fileName: string;
  url: string;
  bytes: Uint8Array;
}

export function SendSection({ actions }: { actions: TrackerActions }) {
  const styles = useStyles();
  const action = useAction();
  const support = useMemo(() => actions.openWorkbookSupport(), [actions]);
  const [list, setList] = useState<SendList | null>(null);
  const [built, setBuilt] = useState<Built[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [expand, setExpand] = useState(false);
  const [fullyExpanded, setFullyExpanded] = useState(0);
  const backup = useBackup(actions);

  // Object URLs hold the bytes until revoked: let go of the previous set when a new one replaces it.
  useEffect(() => () => built.forEach((b) => URL.revokeObjectURL(b.url)), [built]);

  async function load() {
    setNotice(null);
    const tracker = await action.run(() => actions.readTrackerForRoundTrip());
    if (tracker) show(tracker);
  }

  function show(tracker: RoundTripTracker) {
    setList(unitsToSend(tracker.rows, tracker.catalog));
    // A group task all of whose members have their row is sent through them: not "sent to nobody".
    setFullyExpanded(planGroupExpansion(tracker.rows, tracker.catalog).expanded.filter((t) => t.added === 0).length);
  }

  /** The member rows, when asked for and when there are any to add: the backup first, then the rows. */
  async function expandFirst(progress: Progress): Promise<ExpandedGroups | null> {
    if (!expand || !actions.expandGroupTasks) return null;
    const before = await actions.readTrackerForRoundTrip();
    const planned = planGroupExpansion(before.rows, before.catalog);
    if (planned.added.length > 0) await backup.beforeWriting(progress);
    return actions.expandGroupTasks(progress);
  }

  async function build() {
    setNotice(null);
    const done = await action.run(async (progress) => {
      const expansion = await expandFirst(progress);
      progress(0, T.building);
      const tracker: RoundTripTracker = await actions.readTrackerForRoundTrip({ ensureTrackerId: true });
      const units = unitsToSend(tracker.rows, tracker.catalog);
      const sentAt = localToday();
      const names = copyFileNames(units.units.map((u) => u.unit), sentAt);
      const engine = await loadEngine();
      const copies = await engine.buildUnitCopies(
        tracker,
        units.units.map((u, i) => ({ unit: u.unit, fileName: names[i] })),
        sentAt,
        (n) => progress(n / Math.max(units.units.length, 1), T.building),
      );
      return { tracker, copies, expansion };
    });
    if (!done) return;
    show(done.tracker);
    setBuilt(done.copies.map((c) => ({ ...c, url: xlsxUrl(c.bytes) })));
    const lines = [T.built(done.copies.length)];
    if (done.tracker.trackerIdAdded && done.tracker.settings.trackerId) lines.unshift(T.idWritten(done.tracker.settings.trackerId));
    if (done.expansion) lines.unshift(...expansionLines(done.expansion));
    setNotice(lines.join("\n"));
  }

  async function open(copy: Built) {
    const opened = await action.run(async () => {
      await actions.openWorkbook(copy.bytes);
      return true;
    });
    if (opened) setNotice(T.opened(copy.unit));
  }

  const byUnit = new Map(built.map((b) => [b.unit, b]));
  const tasks = list?.units.reduce((sum, u) => sum + u.tasks, 0) ?? 0;

  return (
    <Section heading={T.heading}>
      <Caption1>{T.intro}</Caption1>
      {actions.expandGroupTasks && (
        <>
          <Checkbox checked={expand} disabled={action.busy} onChange={(_, data) => setExpand(data.checked === true)} label={UI.roundTrip.expand.option} />
          <Caption1>{UI.roundTrip.expand.hint}</Caption1>
          {expand && <BackupOption backup={backup} disabled={action.busy} />}
        </>
      )}
      <ButtonRow>
        <Button onClick={load} disabled={action.busy}>
          {T.load}
        </Button>
        <Button appearance="primary" onClick={build} disabled={action.busy}>
          {T.build}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      <BackupTaken backup={backup} />
      {notice && <Notice intent="success">{notice}</Notice>}
      {list && list.units.length === 0 && <Notice intent="warning">{T.none}</Notice>}
      {list && list.units.length > 0 && (
        <>
          <Text role="status">{T.units(list.units.length, tasks)}</Text>
          <CompactTable caption={T.caption} columns={[{ label: T.columns.unit }, { label: T.columns.tasks, className: styles.count }]}>
            {list.units.map((u) => {
              const copy = byUnit.get(u.unit);
              return (
                <TableRow key={u.unit}>
                  <TableCell>
                    <div>{u.unit}</div>
                    {copy && (
                      <div className={styles.file}>
                        <Link href={copy.url} download={copy.fileName} aria-label={T.downloadLabel(copy.fileName)}>
                          {T.download}
                        </Link>
                        {support.supported && (
                          <Button size="small" appearance="subtle" onClick={() => open(copy)} disabled={action.busy} aria-label={T.openLabel(u.unit)}>
                            {T.open}
                          </Button>
                        )}
                        <Caption1>{copy.fileName}</Caption1>
                      </div>
                    )}
                  </TableCell>
                  <TableCell className={styles.count}>{u.tasks}</TableCell>
                </TableRow>
              );
            })}
          </CompactTable>
          {(list.groupTasks > fullyExpanded || list.noLead > 0) && <Caption1>{T.notSent(list.groupTasks - fullyExpanded, list.noLead)}</Caption1>}
        </>
      )}
      {!support.supported && support.reason && <Unavailable reason={support.reason} />}
    </Section>
  );
}
