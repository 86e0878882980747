// Tasks of one state (overdue or due soon) per lead unit; each task selects its row in the sheet.
import { Button, Caption1, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { LIST_TEXT } from "../../core/strings/pane";
import { formatViDate } from "../../core/dates";
import { NO_LEAD } from "../../core/strings/summary";
import { UI } from "../../core/strings/ui";
import type { TrackedRow } from "../../excel/actions";
import { firstRows, type UnitRows } from "../logic/tasksByUnit";

/** Links drawn at first, and added per "Xem thêm": thousands of links take seconds to draw. */
export const LIST_PAGE = 50;

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
  const [limit, setLimit] = useState(LIST_PAGE);
  const shown = firstRows(units, limit);
  return (
    <div className={styles.root}>
      <Text as="h3" weight="semibold">
        {title} ({count})
      </Text>
      {count === 0 && <Caption1>{UI.tracking.none}</Caption1>}
      {shown.units.map(({ unit, rows }) => (
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
      {shown.hidden > 0 && (
        <div>
          <Button size="small" onClick={() => setLimit((n) => n + LIST_PAGE * 4)}>
            {LIST_TEXT.more(Math.min(shown.hidden, LIST_PAGE * 4))}
          </Button>
        </div>
      )}
    </div>
  );
}
