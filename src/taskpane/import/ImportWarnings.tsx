// The warnings of the previewed tasks and the text no task took, listed so nothing is dropped silently.
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import type { ImportResult } from "../../core/types";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function ImportWarnings({ result }: { result: ImportResult }) {
  const styles = useStyles();
  const warned = result.tasks.filter((t) => t.warnings.length > 0);
  return (
    <>
      {warned.length > 0 && (
        <div>
          <Text weight="semibold">{UI.import.warningsTitle}</Text>
          <ul className={styles.list}>
            {warned.flatMap((task) =>
              task.warnings.map((warning, i) => (
                <li key={`${task.id}-${i}`}>
                  <Caption1>
                    <strong>{task.id}</strong>: {warning}
                  </Caption1>
                </li>
              )),
            )}
          </ul>
        </div>
      )}
      {result.unplaced.length > 0 && (
        <div>
          <Text weight="semibold">{UI.import.unplaced(result.unplaced.length)}</Text>
          <ul className={styles.list}>
            {result.unplaced.map((line, i) => (
              <li key={i}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
