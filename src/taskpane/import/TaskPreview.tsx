// The tasks about to go into the tracker, one row each, with a count of what needs a second look.
// Shown a page at a time (a directive of 10,000 rows would take seconds to draw), the key columns
// first so that a 350 px pane shows them without scrolling; the title wraps under the Mã NV.
import { Badge, Button, Caption1, makeStyles, TableCell, TableRow, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatViDate } from "../../core/dates";
import { LIST_TEXT } from "../../core/strings/pane";
import { UI } from "../../core/strings/ui";
import type { ImportedTask } from "../../core/types";
import { CompactTable } from "../components/CompactTable";

/** Rows per page of the preview. */
export const PREVIEW_PAGE = 100;

const useStyles = makeStyles({
  scroll: { maxHeight: "420px", overflowY: "auto" },
  table: { width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200, "& td, & th": { paddingInline: "3px", overflowWrap: "anywhere" } },
  task: { width: "auto" },
  lead: { width: "27%" },
  deadline: { width: "17%" },
  due: { width: "21%" },
  count: { width: "11%" },
  id: { fontWeight: tokens.fontWeightSemibold, display: "block" },
  clip: {
    display: "-webkit-box",
    WebkitLineClamp: "3",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  muted: { color: tokens.colorNeutralForeground3 },
  pager: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

const COLUMNS = UI.import.columns;

export function TaskPreview({ tasks }: { tasks: ImportedTask[] }) {
  const styles = useStyles();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(tasks.length / PREVIEW_PAGE));
  const current = Math.min(page, pages - 1);
  const from = current * PREVIEW_PAGE;
  const shown = tasks.slice(from, from + PREVIEW_PAGE);
  return (
    <>
      {/* Focusable so that keyboard users can scroll the rows. */}
      <div className={styles.scroll} tabIndex={0} role="region" aria-label={UI.import.previewCaption}>
        <CompactTable
          caption={UI.import.previewCaption}
          className={styles.table}
          columns={[
            { label: `${COLUMNS.id} · ${COLUMNS.title}`, className: styles.task },
            { label: COLUMNS.lead, className: styles.lead },
            { label: COLUMNS.deadline, className: styles.deadline },
            { label: COLUMNS.due, className: styles.due },
            { label: COLUMNS.warnings, className: styles.count },
          ]}
        >
          {shown.map((task, i) => (
            <TableRow key={`${task.id}-${from + i}`}>
              <TableCell>
                <span className={styles.id}>{task.id}</span>
                <span className={styles.clip} title={task.title}>
                  {task.title}
                </span>
              </TableCell>
              <TableCell>{task.lead}</TableCell>
              <TableCell>{task.deadlineText}</TableCell>
              <TableCell>{task.due ? formatViDate(task.due) : <span className={styles.muted}>—</span>}</TableCell>
              <TableCell>
                {task.warnings.length > 0 && (
                  <Badge color="warning" size="small" aria-label={UI.import.warningCount(task.warnings.length)}>
                    {task.warnings.length}
                  </Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </CompactTable>
      </div>
      {pages > 1 && (
        <nav className={styles.pager} aria-label={LIST_TEXT.pager}>
          <Button size="small" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {LIST_TEXT.previous}
          </Button>
          <Caption1 role="status">{LIST_TEXT.shown(from + 1, from + shown.length, tasks.length)}</Caption1>
          <Button size="small" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            {LIST_TEXT.next}
          </Button>
        </nav>
      )}
    </>
  );
}
