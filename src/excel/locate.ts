// Where a finding sits on the sheet: the cell of its field on its row of the task table.
import type { Finding, LocatedFinding } from "../core/types";
import { cellAddress, type Rect } from "./a1";
import type { FieldColumns } from "../workbook/schema/headers";

/**
 * `tableRows[i]` is the table row (0-based, below the header) of the i-th checked row. Findings about
 * the whole table, or about a field whose column is gone, point at the id column.
 */
export function locateFinding(finding: Finding, sheet: string, rect: Rect, columns: FieldColumns, tableRows: number[]): LocatedFinding {
  const column = (finding.field !== null ? columns[finding.field] : undefined) ?? columns.id ?? 0;
  const row = finding.row >= 0 ? rect.row + 1 + tableRows[finding.row] : rect.row;
  return { ...finding, row: finding.row >= 0 ? tableRows[finding.row] : -1, sheet, cell: cellAddress(row, rect.column + column) };
}
