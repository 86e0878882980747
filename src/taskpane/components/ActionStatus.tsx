// Progress of a running action (after a moment) and its error, for one section, until dismissed.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import type { Action } from "../hooks/useAction";
import { useDelayed } from "../hooks/useDelayed";

export function ActionStatus({ action }: { action: Action }) {
  const showBusy = useDelayed(action.busy, 300);
  return (
    <>
      {showBusy &&
        (action.progress ? (
          <Field validationMessage={action.progress.label} validationState="none">
            <ProgressBar value={action.progress.fraction} max={1} />
          </Field>
        ) : (
          <Spinner size="tiny" label={UI.working} labelPosition="after" />
        ))}
      {action.error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{UI.errorTitle}</MessageBarTitle>
            {action.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={action.dismiss}>
              {UI.dismissError}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
