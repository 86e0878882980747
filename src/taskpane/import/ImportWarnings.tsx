// The warnings of the previewed tasks and the text no task took, listed so nothing is dropped silently.
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { locateUnplaced } from "../../core/import/locateUnplaced";
import { UI } from "../../core/strings/ui";
import type { ImportResult } from "../../core/types";
import type { ImportSource } from "../logic/importSource";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export function ImportWarnings({ result, source }: { result: ImportResult; source: ImportSource }) {
  const styles = useStyles();
  // Each paragraph with the line (row of the sheet) it starts on, so it can be found and placed by hand.
  const unplaced = useMemo(
    () => locateUnplaced(source.kind === "sheet" ? { kind: "cells", cells: source.cells } : source, result.unplaced),
    [source, result.unplaced],
  );
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
            {unplaced.map((p, i) => (
              <li key={i}>
                <Caption1>
                  {p.line !== null && <strong>{UI.import.unplacedAt(source.kind === "sheet", p.line)} </strong>}
                  {p.text}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
