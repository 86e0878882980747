// The per-unit results of the summary, compact enough for the pane.
import { makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import type { UnitSummary } from "../../core/types";

const useStyles = makeStyles({
  scroll: { overflowX: "auto" },
  number: { width: "48px", textAlign: "end" },
  rating: { width: "88px" },
});

const COLUMNS = UI.summary.columns;

export function UnitTable({ units }: { units: UnitSummary[] }) {
  const styles = useStyles();
  return (
    <div className={styles.scroll}>
      <Table size="extra-small" aria-label={UI.summary.tableCaption}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{COLUMNS.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{COLUMNS.total}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{COLUMNS.done}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{COLUMNS.overdue}</TableHeaderCell>
            <TableHeaderCell className={styles.rating}>{COLUMNS.rating}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {units.map((unit) => (
            <TableRow key={unit.unit}>
              <TableCell>{unit.unit}</TableCell>
              <TableCell className={styles.number}>{unit.total}</TableCell>
              <TableCell className={styles.number}>{unit.doneOnTime + unit.doneLate}</TableCell>
              <TableCell className={styles.number}>{unit.overdue}</TableCell>
              <TableCell>{unit.rating ?? UI.summary.noRating}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
