// Shown when the page is opened anywhere but inside Excel.
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
});

export function OutsideExcel() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{UI.outsideExcel.title}</MessageBarTitle>
          {UI.outsideExcel.body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
