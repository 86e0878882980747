// The task rows under the header: plain values per field, the user's extra columns, and the cells
// the reader could not take at face value (merged cells, formulas without a value, error values).
import type ExcelJS from "exceljs";
import { READ_FINDINGS } from "../../core/strings/cli";
import type { CellValue, LocatedFinding, RawRow, TaskField } from "../../core/types";
import { isBlankValue, readCell, type CellProblem } from "./cellValue";
import { columnLetter } from "./columns";
import type { TableLocation } from "./findTaskTable";
import { storedCell, storedRows, storedValue } from "./sparse";
import { isTaskLikeRow } from "../../workbook/schema/rows";

/** This many blank rows in a row end the table (what lies below is something else, e.g. signatures). */
export const BLANK_RUN_LIMIT = 50;

export interface TableRows {
  rows: RawRow[];
  rowNumbers: number[];
  /** Per row, the values of the extra columns, in `extraColumns` order. */
  extras: CellValue[][];
  findings: LocatedFinding[];
  /** A1 addresses of the table's cells that hold a formula (task fields but Đánh giá, and extra columns). */
  formulaCells: string[];
  /** Per row, the cells of the columns the tracker computes (Đánh giá, helper columns) as stored. */
  derived: DerivedRead[][];
  /** Indexes (in `rows`) of the rows read below the Excel table, where its formulas do not reach. */
  outsideTable: number[];
  /** Rows past a long run of blank rows that read like tasks: not read as tasks (see rows-after-gap). */
  afterGap: { row: number; raw: RawRow; extras: CellValue[] }[];
  /** Sheet rows below the table holding something that is no task (signature lines, notes). */
  textRows: number[];
}

/** A computed column's cell: its header, the formula it holds (null when a value was typed), the value shown. */
export interface DerivedRead {
  header: string;
  column: number;
  formula: string | null;
  value: CellValue;
}

/** Derived by formula in every tracker; its value never makes a row a task nor needs a finding. */
const DERIVED: ReadonlySet<TaskField> = new Set<TaskField>(["state"]);

/**
 * Rows are walked as ExcelJS stores them (never created up to the sheet's last row). Inside the Excel
 * table every non-blank row is a task row; below it, or under a blank row of a sheet without a table,
 * only a row that reads like a task (isTaskLikeRow) is one, so signature lines are never tasks.
 */
export function readRows(location: TableLocation, computed: { header: string; column: number }[] = []): TableRows {
  const { worksheet, headerRow, columns, extraColumns, tableLastRow = 0 } = location;
  const fields = (Object.keys(columns) as TaskField[]).map((field) => ({ field, column: columns[field] as number }));
  const out: TableRows = { rows: [], rowNumbers: [], extras: [], findings: [], formulaCells: [], derived: [], outsideTable: [], afterGap: [], textRows: [] };
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number; field: TaskField }>();
  let lastFilled = headerRow;
  let ended = false;
  let pastBlank = false;

  for (const row of storedRows(worksheet, headerRow + 1)) {
    const r = row.number;
    const raw: RawRow = {};
    const problems: { field: TaskField; column: number; problem: CellProblem }[] = [];
    const formulaColumns: number[] = [];
    let blank = true;
    for (const { field, column } of fields) {
      const cell = storedCell(row, column);
      const read = readCell(cell?.value ?? null);
      raw[field] = read.value;
      if (DERIVED.has(field)) continue;
      if (read.formula) formulaColumns.push(column);
      if (!isBlankValue(read.value)) blank = false;
      if (read.problem) problems.push({ field, column, problem: read.problem });
      if (cell?.isMerged) noteMerge(merges, cell, r, column, field);
    }
    const extras = extraColumns.map(({ column }) => {
      const read = readCell(storedValue(row, column));
      if (read.formula) formulaColumns.push(column);
      return read.value;
    });
    if (blank && problems.length === 0) continue;
    const inTable = r <= tableLastRow;
    const gap = r - lastFilled - 1;
    lastFilled = r;
    if (!inTable && gap >= BLANK_RUN_LIMIT) ended = true;
    if (!inTable && gap > 0) pastBlank = true;
    if (ended || (!inTable && (tableLastRow > 0 || pastBlank) && !isTaskLikeRow(raw))) {
      if (ended && isTaskLikeRow(raw)) out.afterGap.push({ row: r, raw, extras });
      else out.textRows.push(r);
      continue;
    }
    const index = out.rows.length;
    out.rows.push(raw);
    out.rowNumbers.push(r);
    out.extras.push(extras);
    out.derived.push(computed.map(({ header, column }) => derivedCell(row, header, column)));
    if (!inTable && tableLastRow > 0) out.outsideTable.push(index);
    for (const column of formulaColumns.sort((a, b) => a - b)) out.formulaCells.push(`${columnLetter(column)}${r}`);
    for (const { field, column, problem } of problems) {
      out.findings.push({
        row: index,
        id: idOf(raw),
        field,
        rule: problem.kind === "error" ? "cell-error" : "formula-without-value",
        severity: "error",
        message: problem.kind === "error" ? READ_FINDINGS.cellError(problem.error) : READ_FINDINGS.formulaWithoutValue,
        fix: null,
        sheet: worksheet.name,
        cell: `${columnLetter(column)}${r}`,
      });
    }
  }
  for (const finding of mergeFindings(merges, out, worksheet.name)) out.findings.push(finding);
  const stray = out.afterGap[0];
  if (stray) {
    out.findings.push({
      row: -1,
      id: "",
      field: "id",
      rule: "rows-after-gap",
      severity: "warning",
      message: READ_FINDINGS.rowsAfterGap(stray.row, BLANK_RUN_LIMIT),
      fix: null,
      sheet: worksheet.name,
      cell: `${columnLetter(columns.id ?? 1)}${stray.row}`,
    });
  }
  return out;
}

function derivedCell(row: ExcelJS.Row, header: string, column: number): DerivedRead {
  const cell = storedCell(row, column);
  const read = readCell(cell?.value ?? null);
  // Cell.formula translates a shared formula to this row, as Excel would show it.
  const formula = read.formula && cell ? String(cell.formula ?? "") : null;
  return { header, column, formula, value: read.value };
}

function noteMerge(
  merges: Map<string, { top: number; left: number; bottom: number; right: number; field: TaskField }>,
  cell: ExcelJS.Cell,
  r: number,
  c: number,
  field: TaskField,
): void {
  const master = cell.master.address;
  const seen = merges.get(master);
  if (!seen) {
    merges.set(master, { top: r, left: c, bottom: r, right: c, field });
    return;
  }
  seen.top = Math.min(seen.top, r);
  seen.bottom = Math.max(seen.bottom, r);
  seen.left = Math.min(seen.left, c);
  seen.right = Math.max(seen.right, c);
}

function mergeFindings(
  merges: Map<string, { top: number; left: number; bottom: number; right: number; field: TaskField }>,
  table: TableRows,
  sheet: string,
): LocatedFinding[] {
  const findings: LocatedFinding[] = [];
  const indexOfRow = new Map(table.rowNumbers.map((r, i) => [r, i]));
  for (const m of merges.values()) {
    const topLeft = `${columnLetter(m.left)}${m.top}`;
    const range = `${topLeft}:${columnLetter(m.right)}${m.bottom}`;
    const index = indexOfRow.get(m.top) ?? -1;
    findings.push({
      row: index,
      id: index >= 0 ? idOf(table.rows[index]) : "",
      field: m.field,
      rule: "merged-cells",
      severity: "warning",
      message: READ_FINDINGS.mergedCells(range),
      fix: null,
      sheet,
      cell: topLeft,
    });
  }
  return findings;
}

function idOf(raw: RawRow): string {
  const id = raw.id;
  return id === null || id === undefined ? "" : String(id).trim();
}
