// How many tasks are in each state, in the state colours.
import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import { STATE_LABELS } from "../../core/strings/vi";
import { STATES, type State } from "../../core/types";
import type { TrackedRow } from "../../excel/actions";
import { STATE_BADGE } from "../logic/stateColors";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
});

export function StateBadges({ rows }: { rows: TrackedRow[] }) {
  const styles = useStyles();
  const counts = new Map<State, number>(STATES.map((s) => [s, 0]));
  for (const row of rows) counts.set(row.state, (counts.get(row.state) ?? 0) + 1);
  return (
    <ul className={styles.root} aria-label={UI.tracking.countsLabel}>
      {STATES.map((state) => (
        <li key={state}>
          <Badge color={STATE_BADGE[state]} appearance={counts.get(state) ? "filled" : "tint"} shape="rounded">
            {STATE_LABELS[state]}: {counts.get(state)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
