// Where the tasks come from: the active sheet, or text pasted into the pane.
import { Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";

export type SourceKind = "sheet" | "text";

interface Props {
  kind: SourceKind;
  text: string;
  onKind(kind: SourceKind): void;
  onText(text: string): void;
}

export function SourceChoice({ kind, text, onKind, onText }: Props) {
  return (
    <>
      <Field label={UI.import.sourceLabel}>
        <RadioGroup value={kind} onChange={(_, data) => onKind(data.value as SourceKind)}>
          <Radio value="sheet" label={UI.import.sourceSheet} />
          <Radio value="text" label={UI.import.sourceText} />
        </RadioGroup>
      </Field>
      {kind === "text" && (
        <Field label={UI.import.textLabel}>
          <Textarea
            value={text}
            onChange={(_, data) => onText(data.value)}
            placeholder={UI.import.textPlaceholder}
            resize="vertical"
            rows={6}
          />
        </Field>
      )}
    </>
  );
}
