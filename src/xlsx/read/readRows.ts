// The task rows under the header: plain values per field, the user's extra columns, and the cells
// the reader could not take at face value (merged cells, formulas without a value, error values).
import type ExcelJS from "exceljs";
import { READ_FINDINGS } from "../../core/strings/cli";
import type { CellValue, LocatedFinding, RawRow, TaskField } from "../../core/types";
import { isBlankValue, readCell, type CellProblem } from "./cellValue";
import { columnLetter } from "./columns";
import type { TableLocation } from "./findTaskTable";

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
}

/** Derived by formula in every tracker; its value never makes a row a task nor needs a finding. */
const DERIVED: ReadonlySet<TaskField> = new Set<TaskField>(["state"]);

export function readRows(location: TableLocation): TableRows {
  const { worksheet, headerRow, columns, extraColumns, tableLastRow = 0 } = location;
  const fields = (Object.keys(columns) as TaskField[]).map((field) => ({ field, column: columns[field] as number }));
  const out: TableRows = { rows: [], rowNumbers: [], extras: [], findings: [], formulaCells: [] };
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number; field: TaskField }>();
  let blankRun = 0;

  let r = headerRow + 1;
  for (; r <= worksheet.rowCount && (blankRun < BLANK_RUN_LIMIT || r <= tableLastRow); r++) {
    const row = worksheet.getRow(r);
    const raw: RawRow = {};
    const problems: { field: TaskField; column: number; problem: CellProblem }[] = [];
    const formulaColumns: number[] = [];
    let blank = true;
    for (const { field, column } of fields) {
      const cell = row.getCell(column);
      const read = readCell(cell.value);
      raw[field] = read.value;
      if (DERIVED.has(field)) continue;
      if (read.formula) formulaColumns.push(column);
      if (!isBlankValue(read.value)) blank = false;
      if (read.problem) problems.push({ field, column, problem: read.problem });
      if (cell.isMerged) noteMerge(merges, cell, r, column, field);
    }
    const extras = extraColumns.map(({ column }) => {
      const read = readCell(row.getCell(column).value);
      if (read.formula) formulaColumns.push(column);
      return read.value;
    });
    if (blank && problems.length === 0) {
      blankRun++;
      continue;
    }
    blankRun = 0;
    const index = out.rows.length;
    out.rows.push(raw);
    out.rowNumbers.push(r);
    out.extras.push(extras);
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
  out.findings.push(...mergeFindings(merges, out, worksheet.name));
  const stray = blankRun >= BLANK_RUN_LIMIT ? taskLikeRowFrom(worksheet, r, columns) : null;
  if (stray !== null) {
    out.findings.push({
      row: -1,
      id: "",
      field: "id",
      rule: "rows-after-gap",
      severity: "warning",
      message: READ_FINDINGS.rowsAfterGap(stray, BLANK_RUN_LIMIT),
      fix: null,
      sheet: worksheet.name,
      cell: `${columnLetter(columns.id ?? 1)}${stray}`,
    });
  }
  return out;
}

/**
 * The first row from `from` down that reads like a task (two of Mã NV, Nội dung, Đơn vị chủ trì,
 * Thời hạn filled), or null: a signature block under the table fills one cell per row, not two.
 */
function taskLikeRowFrom(worksheet: ExcelJS.Worksheet, from: number, columns: TableLocation["columns"]): number | null {
  const keyColumns = (["id", "title", "lead", "deadlineText"] as const).map((f) => columns[f]).filter((c): c is number => c !== undefined);
  for (let r = from; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    const filled = keyColumns.filter((c) => !isBlankValue(readCell(row.getCell(c).value).value)).length;
    if (filled >= 2) return r;
  }
  return null;
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
