// The plan year: context for deadline phrases without a year.
import { Field, SpinButton } from "@fluentui/react-components";
import { YEAR_FIELD_TEXT } from "../../core/strings/pane";
import { UI } from "../../core/strings/ui";

export function PlanYearField({ value, onChange }: { value: number; onChange(year: number): void }) {
  return (
    <Field label={UI.import.planYear} hint={UI.import.planYearHint}>
      <SpinButton
        value={value}
        min={2000}
        max={2100}
        // Fluent's own labels for the arrows are English ("Increment value"): screen readers read these.
        incrementButton={{ "aria-label": YEAR_FIELD_TEXT.increment }}
        decrementButton={{ "aria-label": YEAR_FIELD_TEXT.decrement }}
        onChange={(_, data) => {
          const year = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
          if (Number.isInteger(year) && year >= 2000 && year <= 2100) onChange(year);
        }}
      />
    </Field>
  );
}
