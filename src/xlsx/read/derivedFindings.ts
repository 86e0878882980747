// check's findings about the computed cells of a tracker read from a file: typed over, disagreeing with
// the engine, rows below the table. Browser-safe, like the rest of the reader.
import { checkDerived } from "../../core/tasks/checkDerived";
import type { LocatedFinding } from "../../core/types";
import { computedFormulas } from "../../workbook/schema/computedCells";
import { columnLetter } from "./columns";
import type { TrackerFile } from "./trackerWorkbook";

export function derivedFindings(tracker: TrackerFile): LocatedFinding[] {
  const derived = tracker.derived ?? [];
  // A table whose Đánh giá holds no formula in any row was never computed (a plain list typed by hand,
  // another tool's export): there is no formula to guard, only its rows to check.
  const computes = derived.some((cells) => cells.some((c) => c.formula !== null));
  const outside = (tracker.outsideTable ?? []).map((index) => ({ index, sheetRow: tracker.rowNumbers[index] }));
  if (!computes && outside.length === 0) return [];
  const formulas = computedFormulas((tracker.headers ?? []).map((h) => h.header));
  const findings = checkDerived({
    rows: tracker.rows,
    cells: computes
      ? derived.map((cells) =>
          cells.map((c) => ({ header: c.header, column: c.column, isState: c.column === tracker.columns.state, formula: c.formula !== null, value: c.value })),
        )
      : [],
    outsideTable: outside,
    tableLastRow: tracker.tableLastRow ?? 0,
    asOf: tracker.settings.asOf,
    windowDays: tracker.settings.windowDays,
    formulaOf: (header) => formulas.get(header) ?? null,
  });
  return findings.map(({ column, ...f }) => ({
    ...f,
    sheet: tracker.sheet,
    cell: column !== null ? `${columnLetter(column)}${tracker.rowNumbers[f.row]}` : tracker.cellOf(f.row, f.field),
  }));
}
