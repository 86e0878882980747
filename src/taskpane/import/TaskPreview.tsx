// The tasks about to go into the tracker, one row each, with a count of what needs a second look.
import { Badge, makeStyles, TableCell, TableRow, tokens } from "@fluentui/react-components";
import { formatViDate } from "../../core/dates";
import { UI } from "../../core/strings/ui";
import type { ImportedTask } from "../../core/types";
import { CompactTable } from "../components/CompactTable";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxHeight: "360px", overflowY: "auto" },
  table: { minWidth: "600px" },
  id: { width: "48px" },
  title: { width: "180px" },
  lead: { width: "128px" },
  narrow: { width: "96px" },
  count: { width: "64px" },
  clip: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

const COLUMNS = UI.import.columns;

export function TaskPreview({ tasks }: { tasks: ImportedTask[] }) {
  const styles = useStyles();
  return (
    // Focusable so that keyboard users can scroll the columns a narrow pane hides.
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={UI.import.previewCaption}>
      <CompactTable
        caption={UI.import.previewCaption}
        className={styles.table}
        columns={[
          { label: COLUMNS.id, className: styles.id },
          { label: COLUMNS.title, className: styles.title },
          { label: COLUMNS.lead, className: styles.lead },
          { label: COLUMNS.deadline, className: styles.narrow },
          { label: COLUMNS.due, className: styles.narrow },
          { label: COLUMNS.warnings, className: styles.count },
        ]}
      >
        {tasks.map((task, i) => (
          <TableRow key={`${task.id}-${i}`}>
            <TableCell>{task.id}</TableCell>
            <TableCell>
              <span className={styles.clip} title={task.title}>
                {task.title}
              </span>
            </TableCell>
            <TableCell>{task.lead}</TableCell>
            <TableCell>{task.deadlineText}</TableCell>
            <TableCell>{task.due ? formatViDate(task.due) : <span className={styles.muted}>—</span>}</TableCell>
            <TableCell>
              {task.warnings.length > 0 && (
                <Badge color="warning" aria-label={UI.import.warningCount(task.warnings.length)}>
                  {task.warnings.length}
                </Badge>
              )}
            </TableCell>
          </TableRow>
        ))}
      </CompactTable>
    </div>
  );
}
