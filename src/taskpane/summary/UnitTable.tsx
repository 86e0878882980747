// The per-unit results of the summary, compact enough for the pane: the rating sits under the unit's
// name so that the name keeps most of the width.
import { Caption1, makeStyles, TableCell, TableRow, tokens } from "@fluentui/react-components";
import { UI } from "../../core/strings/ui";
import { provisionalRating } from "../../core/strings/vi";
import type { UnitSummary } from "../../core/types";
import { CompactTable } from "../components/CompactTable";

const useStyles = makeStyles({
  number: { width: "48px", textAlign: "end" },
  unit: { display: "flex", flexDirection: "column", paddingBlock: tokens.spacingVerticalXS },
  rating: { color: tokens.colorNeutralForeground3 },
});

const COLUMNS = UI.summary.columns;

/** `provisional`: rows have check errors, so each rating is marked "(tạm tính)". */
export function UnitTable({ units, provisional }: { units: UnitSummary[]; provisional?: boolean }) {
  const styles = useStyles();
  return (
    <CompactTable
      caption={UI.summary.tableCaption}
      columns={[
        { label: COLUMNS.unit },
        { label: COLUMNS.total, className: styles.number },
        { label: COLUMNS.done, className: styles.number },
        { label: COLUMNS.overdue, className: styles.number },
      ]}
    >
      {units.map((unit) => (
        <TableRow key={unit.unit}>
          <TableCell>
            <div className={styles.unit}>
              <span>{unit.unit}</span>
              <Caption1 className={styles.rating}>{unit.rating === null ? UI.summary.noRating : provisional ? provisionalRating(unit.rating) : unit.rating}</Caption1>
            </div>
          </TableCell>
          <TableCell className={styles.number}>{unit.total}</TableCell>
          <TableCell className={styles.number}>{unit.doneOnTime + unit.doneLate}</TableCell>
          <TableCell className={styles.number}>{unit.overdue}</TableCell>
        </TableRow>
      ))}
    </CompactTable>
  );
}
