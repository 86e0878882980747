// Tasks of one state (overdue or due soon) per lead unit; each task selects its row in the sheet.
import { Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatViDate } from "../../core/dates";
import { NO_LEAD } from "../../core/strings/summary";
import { UI } from "../../core/strings/ui";
import type { TrackedRow } from "../../excel/actions";
import type { UnitRows } from "../logic/tasksByUnit";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { paddingBlock: tokens.spacingVerticalXXS },
});

interface Props {
  title: string;
  units: UnitRows[];
  onSelect(row: TrackedRow): void;
}

export function UnitTasks({ title, units, onSelect }: Props) {
  const styles = useStyles();
  const count = units.reduce((n, u) => n + u.rows.length, 0);
  return (
    <div className={styles.root}>
      <Text as="h3" weight="semibold">
        {title} ({count})
      </Text>
      {count === 0 && <Caption1>{UI.tracking.none}</Caption1>}
      {units.map(({ unit, rows }) => (
        <div key={unit}>
          <Text weight="medium">{unit || NO_LEAD}</Text>
          <ul className={styles.list}>
            {rows.map((row) => (
              <li key={`${row.sheet}!${row.cell}`} className={styles.item}>
                <Link as="button" onClick={() => onSelect(row)}>
                  {row.id}: {row.title}
                </Link>{" "}
                <Caption1>({row.daysLate > 0 ? UI.tracking.daysLate(row.daysLate) : UI.tracking.dueOn(formatViDate(row.due))})</Caption1>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
