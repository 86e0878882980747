// The report date (a day, or "today" = =TODAY()) and the due-soon window, saved into the workbook.
import { Button, Field, Input, SpinButton, Switch } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { UI } from "../../core/strings/ui";
import type { TrackerSettings } from "../../excel/actions";
import { ButtonRow } from "../components/ButtonRow";
import { parseViDate, showViDate } from "../logic/viDateInput";

interface Props {
  settings: TrackerSettings;
  busy: boolean;
  onSave(settings: TrackerSettings): void;
}

export function SettingsForm({ settings, busy, onSave }: Props) {
  const [today, setToday] = useState(settings.reportDate === null);
  const [dateText, setDateText] = useState(showViDate(settings.reportDate));
  const [windowDays, setWindowDays] = useState(settings.windowDays);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => {
    setToday(settings.reportDate === null);
    setDateText(showViDate(settings.reportDate));
    setWindowDays(settings.windowDays);
  }, [settings]);

  function save() {
    const reportDate = today ? null : parseViDate(dateText);
    setInvalid(!today && reportDate === null);
    if (today || reportDate) onSave({ reportDate, windowDays });
  }

  return (
    <>
      <Switch checked={today} onChange={(_, data) => setToday(data.checked)} label={UI.tracking.today} />
      <Field
        label={UI.tracking.reportDate}
        validationState={invalid ? "error" : "none"}
        validationMessage={invalid ? UI.tracking.badDate : undefined}
      >
        <Input value={dateText} onChange={(_, data) => setDateText(data.value)} disabled={today} placeholder="dd/mm/yyyy" />
      </Field>
      <Field label={UI.tracking.windowDays}>
        <SpinButton
          value={windowDays}
          min={0}
          max={365}
          onChange={(_, data) => {
            const days = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
            if (Number.isInteger(days) && days >= 0 && days <= 365) setWindowDays(days);
          }}
        />
      </Field>
      <ButtonRow>
        <Button appearance="primary" onClick={save} disabled={busy}>
          {UI.tracking.save}
        </Button>
      </ButtonRow>
    </>
  );
}
