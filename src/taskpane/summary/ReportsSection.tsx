// The year-end reports beside Tổng hợp: the rating PivotTables (Xếp loại) and Chốt số liệu (Lịch sử).
import { Button, Text } from "@fluentui/react-components";
import { useState } from "react";
import { REPORT_PANE_TEXT } from "../../core/strings/report";
import { formatViDate } from "../../core/dates";
import type { TrackerActions } from "../../excel/actions";
import { ActionStatus } from "../components/ActionStatus";
import { ButtonRow } from "../components/ButtonRow";
import { Notice } from "../components/Notice";
import { useAction } from "../hooks/useAction";

export function ReportsSection({ actions }: { actions: TrackerActions }) {
  const action = useAction();
  const [notes, setNotes] = useState<string[]>([]);
  const { refreshRatings, freezeFigures } = actions;
  if (!refreshRatings || !freezeFigures) return null;

  async function ratings() {
    const done = await action.run((progress) => refreshRatings!(progress));
    if (done) setNotes([REPORT_PANE_TEXT.ratingsDone, ...done.notes]);
  }
  async function freeze() {
    const done = await action.run((progress) => freezeFigures!(progress));
    if (done) setNotes([REPORT_PANE_TEXT.frozen(formatViDate(done.asOf), done.replaced), ...(done.chart ? [] : [REPORT_PANE_TEXT.noChart])]);
  }

  return (
    <>
      <Text>{REPORT_PANE_TEXT.ratingsIntro}</Text>
      <Text>{REPORT_PANE_TEXT.freezeIntro}</Text>
      <ButtonRow>
        <Button onClick={ratings} disabled={action.busy}>
          {REPORT_PANE_TEXT.ratings}
        </Button>
        <Button onClick={freeze} disabled={action.busy}>
          {REPORT_PANE_TEXT.freeze}
        </Button>
      </ButtonRow>
      <ActionStatus action={action} />
      {notes.map((note) => (
        <Notice key={note} intent="info">
          {note}
        </Notice>
      ))}
    </>
  );
}
