// Progress of a running action (after a moment) and its error, for one section, until dismissed.
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Spinner } from "@fluentui/react-components";
import { useContext } from "react";
import { FIRST_RUN_TEXT } from "../../core/strings/pane";
import { UI } from "../../core/strings/ui";
import type { Action } from "../hooks/useAction";
import { useDelayed } from "../hooks/useDelayed";
import { GoToImport } from "./navigation";

export function ActionStatus({ action }: { action: Action }) {
  const showBusy = useDelayed(action.busy, 300);
  const goToImport = useContext(GoToImport);
  // No tracker yet is where everyone starts: an invitation to the first step, not a red error.
  const firstRun = action.code === "NoTracker";
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
      {firstRun && (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{FIRST_RUN_TEXT.title}</MessageBarTitle>
            {FIRST_RUN_TEXT.body}
          </MessageBarBody>
          {goToImport && (
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={goToImport}>
                {FIRST_RUN_TEXT.go}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {action.error && !firstRun && (
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
