// Nhận bản gửi lại: pick the returned files, see what merging them would do (applied, conflicts,
// refused, proposals), choose conflict by conflict to take the unit's value, then apply, after
// downloading a backup of the workbook as it was (see Backup.tsx).
import { Button, Caption1, Checkbox, Field, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ChangeEvent } from "react";
import { REFUSAL_TEXT } from "../../core/strings/roundtrip";
import { UI } from "../../core/strings/ui";
import type { RefusalReason } from "../../core/roundtrip/types";
import type { RoundTripTracker, TrackerActions } from "../../excel/actions";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import { Section } from "../components/Section";
import { useAction } from "../hooks/useAction";
import { columnHeader, firstOf, previewOf, takeFromUnit, type PreviewItem } from "../logic/roundTrip";
import { BackupOption, BackupTaken, useBackup } from "./Backup";
import { loadEngine } from "./loadEngine";
import type { PaneMerge } from "./xlsxEngine";

const T = UI.roundTrip.receive;
const LIMIT = 20;

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  file: { color: tokens.colorNeutralForeground3 },
});

interface Loaded {
  tracker: RoundTripTracker;
  merge: PaneMerge;
  files: number;
}

function Item({ item }: { item: PreviewItem }) {
  const styles = useStyles();
  return (
    <>
      <strong>{item.id || "—"}</strong>
      {item.column && ` · ${item.column}`}: {item.detail} <span className={styles.file}>({item.file})</span>
    </>
  );
}

function Group({ title, items, render }: { title: string; items: PreviewItem[]; render?: (item: PreviewItem) => React.ReactNode }) {
  const styles = useStyles();
  if (items.length === 0) return null;
  const { shown, rest } = firstOf(items, LIMIT);
  return (
    <div className={styles.group}>
      <Text weight="semibold">
        {title} ({items.length})
      </Text>
      <ul className={styles.list} aria-label={title}>
        {shown.map((item) => (
          <li key={item.key}>{render ? render(item) : <Item item={item} />}</li>
        ))}
      </ul>
      {rest > 0 && <Caption1>{T.more(rest)}</Caption1>}
    </div>
  );
}

export function ReceiveSection({ actions }: { actions: TrackerActions }) {
  const action = useAction();
  const backup = useBackup(actions);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [outcome, setOutcome] = useState<string | null>(null);

  async function pick(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    // The same file picked again must fire change again.
    input.value = "";
    if (files.length === 0) return;
    setOutcome(null);
    setLoaded(null);
    setChosen(new Set());
    const done = await action.run(async (progress) => {
      progress(0, T.reading(files.length));
      const [tracker, contents, engine] = await Promise.all([
        actions.readTrackerForRoundTrip(),
        Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))),
        loadEngine(),
      ]);
      const merge = await engine.mergeReturnFiles(tracker, contents, (n) => progress((0.8 * n) / files.length, T.reading(files.length)));
      progress(1, T.merging);
      return { tracker, merge, files: files.length };
    });
    if (done) setLoaded(done);
  }

  const preview = useMemo(() => {
    if (!loaded) return null;
    const { tracker, merge } = loaded;
    return previewOf(merge.outcome, (field) => columnHeader(field, tracker.headers, tracker.columns), {
      change: T.change,
      conflict: T.conflict,
      proposal: T.proposal,
      refusal: (reason, message, value) => `${message ?? REFUSAL_TEXT[reason as RefusalReason]}${value ? ` (“${value}”)` : ""}`,
    });
  }, [loaded]);

  function toggle(key: string, on: boolean) {
    setChosen((set) => {
      const next = new Set(set);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  async function apply() {
    if (!loaded) return;
    const { tracker, merge } = loaded;
    const result = takeFromUnit(merge.outcome, chosen, tracker.rows);
    const done = await action.run(async (progress) => {
      await backup.beforeWriting(progress);
      return actions.applyMerge({ result, basis: tracker, ledger: merge.outcome.ledger }, progress);
    });
    if (!done) return;
    const lines = [T.done(done.written, done.sheet)];
    if (done.renamed) lines.push(T.renamed(UI.roundTrip.receive.reportSheet, done.sheet));
    if (done.skipped > 0) lines.push(T.skipped(done.skipped));
    lines.push(T.findings(done.newFindings, done.earlierFindings, done.checkSheet));
    setOutcome(lines.join("\n"));
    // The preview is spent: merging again needs a fresh one against the tracker as it now is.
    setLoaded(null);
    setChosen(new Set());
  }

  const o = loaded?.merge.outcome;
  return (
    <Section heading={T.heading}>
      <Caption1>{T.intro}</Caption1>
      <Field label={T.pick}>
        {(fieldProps) => (
          <input
            {...fieldProps}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={pick}
            disabled={action.busy}
          />
        )}
      </Field>
      <ActionStatus action={action} />
      <BackupTaken backup={backup} />
      {outcome && <Notice intent="success">{outcome}</Notice>}
      {loaded && o && preview && (
        <>
          <Text role="status">
            {T.files(loaded.files)} {T.counts(o.applied.length, o.conflicts.length, o.refused.length, o.proposals.length)}
          </Text>
          {o.alreadyMerged.length > 0 && <Notice intent="info">{T.alreadyMerged(o.alreadyMerged.join(", "))}</Notice>}
          <Group title={T.applied} items={preview.applied} />
          <Group
            title={T.conflicts}
            items={preview.conflicts}
            render={(item) => (
              <>
                <Item item={item} />
                <Checkbox
                  checked={chosen.has(item.key)}
                  onChange={(_, data) => toggle(item.key, data.checked === true)}
                  label={T.takeUnit}
                  aria-label={T.takeUnitLabel(item.id, item.column)}
                />
              </>
            )}
          />
          <Group title={T.refused} items={preview.refused} />
          <Group title={T.proposals} items={preview.proposals} />
          {o.edits.length === 0 && chosen.size === 0 && <Caption1>{T.nothing}</Caption1>}
          <BackupOption backup={backup} disabled={action.busy} />
          <ButtonRow>
            <Button appearance="primary" onClick={apply} disabled={action.busy}>
              {T.apply}
            </Button>
          </ButtonRow>
        </>
      )}
    </Section>
  );
}
