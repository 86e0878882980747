// Nhắc việc: per unit, the overdue and due-soon tasks as of the tracker's report date, as text to
// paste into an e-mail. Copying uses the clipboard API; where the pane may not use it (some Office
// hosts block it in the add-in frame), the text is shown selected for Ctrl+C instead.
import { Button, Caption1, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import { formatViDate } from "../../core/dates";
import { UI } from "../../core/strings/ui";
import type { TrackerActions } from "../../excel/actions";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import { Section } from "../components/Section";
import { useAction } from "../hooks/useAction";
import { remindersOf, type ReminderEntry } from "../logic/roundTrip";

const T = UI.roundTrip.remind;

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  unit: { flexGrow: 1, minWidth: "10rem" },
  text: { width: "100%" },
});

function ManualCopy({ entry }: { entry: ReminderEntry }) {
  const styles = useStyles();
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return <Textarea ref={ref} className={styles.text} readOnly rows={6} value={entry.text} aria-label={T.textLabel(entry.reminder.unit)} />;
}

export function RemindSection({ actions }: { actions: TrackerActions }) {
  const styles = useStyles();
  const action = useAction();
  const [entries, setEntries] = useState<{ asOf: string; list: ReminderEntry[] } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);

  async function load() {
    setCopied(null);
    setManual(null);
    const tracker = await action.run(() => actions.readTrackerForRoundTrip());
    if (tracker) setEntries({ asOf: tracker.settings.asOf, list: remindersOf(tracker) });
  }

  async function copy(entry: ReminderEntry) {
    setCopied(null);
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
      await navigator.clipboard.writeText(entry.text);
      setManual(null);
      setCopied(entry.reminder.unit);
    } catch {
      setManual(entry.reminder.unit);
    }
  }

  return (
    <Section heading={T.heading}>
      <Caption1>{T.intro}</Caption1>
      <ButtonRow>
        <Button onClick={load} disabled={action.busy}>
          {T.load}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      {entries && (
        <>
          <Text role="status">{T.asOf(formatViDate(entries.asOf))}</Text>
          {entries.list.length === 0 && <Notice intent="success">{T.none}</Notice>}
          <ul className={styles.list}>
            {entries.list.map((entry) => (
              <li key={entry.reminder.unit}>
                <div className={styles.row}>
                  <span className={styles.unit}>
                    <Text weight="semibold">{entry.reminder.unit}</Text>
                    <br />
                    <Caption1>{T.counts(entry.reminder.overdue.length, entry.reminder.dueSoon.length)}</Caption1>
                  </span>
                  <Button size="small" onClick={() => copy(entry)} aria-label={T.copyLabel(entry.reminder.unit)}>
                    {T.copy}
                  </Button>
                  {copied === entry.reminder.unit && <Caption1 role="status">{T.copied}</Caption1>}
                </div>
                {manual === entry.reminder.unit && (
                  <>
                    <Caption1 role="status">{T.selectToCopy}</Caption1>
                    <ManualCopy entry={entry} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
