// A loaded tracker workbook read into what the core checks and summarises: the task table on any sheet,
// its rows, settings and catalog. No Node imports: the task pane reads returned copies with it too.
import type ExcelJS from "exceljs";
import { READ_ERRORS } from "../../core/strings/cli";
import { TASK_HEADERS } from "../../core/strings/vi";
import type { Catalog, CellValue, LocatedFinding, RawRow, TaskField } from "../../core/types";
import { REQUIRED_FIELDS } from "../../workbook/schema/headers";
import { columnLetter } from "./columns";
import { TrackerReadError } from "./errors";
import { findTaskTable } from "./findTaskTable";
import { readCatalog } from "./readCatalog";
import { readRows, type DerivedRead } from "./readRows";
import { isHelperHeader } from "../../workbook/taskRefs";
import { readSettings, type TrackerSettings } from "./readSettings";
import { summaryUnitLabels, unitsMissingFromSummary } from "./summaryUnits";
import { localToday } from "../../core/dates";

export interface TrackerFile {
  /** Name of the sheet holding the task table. */
  sheet: string;
  headerRow: number;
  /** 1-based column of each task field present in the table. */
  columns: Partial<Record<TaskField, number>>;
  /** Column letter of a field, or null when the table lacks that (optional) column. */
  columnOf(field: TaskField): string | null;
  /** A1 address of a row's cell for a field (the Mã NV cell when the field has no column). */
  cellOf(rowIndex: number, field: TaskField | null): string;
  /** The task rows, blank rows skipped; `rowNumbers[i]` is the sheet row of `rows[i]`. */
  rows: RawRow[];
  rowNumbers: number[];
  /** The user's own columns inside the table, and their values per row (same order). */
  extraColumns: { header: string; column: number }[];
  extras: CellValue[][];
  settings: TrackerSettings;
  catalog: Catalog;
  /** Cells of the table (task fields but Đánh giá, and extra columns) holding a user's formula, A1. */
  formulaCells: string[];
  /** What the reader itself found wrong with the sheet (merged cells, unreadable formula cells). */
  findings: LocatedFinding[];
  // The fields below are read from a file only (a tracker handed over by the pane has none).
  /** The table's header texts, left to right, with their 1-based columns. */
  headers?: { header: string; column: number }[];
  /** Per row, the cells the tracker computes (Đánh giá, helper columns), as stored. */
  derived?: DerivedRead[][];
  /** Indexes of the rows read below the Excel table (its formulas do not reach them). */
  outsideTable?: number[];
  /** Last row of the Excel table, or 0 when the sheet has none. */
  tableLastRow?: number;
  /** What lies around the table that is no task: rows read like tasks past a long gap, text rows, columns past a blank column. */
  around?: {
    afterGap: { row: number; raw: RawRow; extras: CellValue[] }[];
    textRows: number[];
    detachedColumns: { header: string; column: number }[];
  };
}

/** Finds the task table on any sheet and reads its rows, settings and catalog. */
export function readTrackerWorkbook(workbook: ExcelJS.Workbook, fileName = "sổ theo dõi"): TrackerFile {
  const location = findTaskTable(workbook);
  if (!location) {
    throw new TrackerReadError("noTable", READ_ERRORS.noTable(fileName, REQUIRED_FIELDS.map((f) => TASK_HEADERS[f])));
  }
  if (location.missing.length > 0) {
    throw new TrackerReadError(
      "missingColumns",
      READ_ERRORS.missingColumns(
        fileName,
        location.worksheet.name,
        location.headerRow,
        location.missing.map((f) => TASK_HEADERS[f]),
      ),
    );
  }
  const computed = location.headers.filter(({ column, header }) => column === location.columns.state || isHelperHeader(header));
  const table = readRows(location, computed);
  const { columns } = location;
  const columnOf = (field: TaskField): string | null => {
    const column = columns[field];
    return column === undefined ? null : columnLetter(column);
  };
  const labels = summaryUnitLabels(workbook);
  const missingUnits = labels
    ? unitsMissingFromSummary(table.rows, labels, (i) => ({ sheet: location.worksheet.name, cell: `${columnOf("lead")}${table.rowNumbers[i]}` }))
    : [];
  return {
    sheet: location.worksheet.name,
    headerRow: location.headerRow,
    columns,
    columnOf,
    cellOf: (rowIndex, field) => {
      const letter = (field && columnOf(field)) || (columnOf("id") as string);
      const row = rowIndex >= 0 && rowIndex < table.rowNumbers.length ? table.rowNumbers[rowIndex] : location.headerRow;
      return `${letter}${row}`;
    },
    rows: table.rows,
    rowNumbers: table.rowNumbers,
    extraColumns: location.extraColumns,
    extras: table.extras,
    settings: readSettings(workbook, localToday()),
    catalog: readCatalog(workbook),
    findings: [...table.findings, ...missingUnits],
    formulaCells: table.formulaCells,
    headers: location.headers,
    derived: table.derived,
    outsideTable: table.outsideTable,
    tableLastRow: location.tableLastRow ?? 0,
    around: { afterGap: table.afterGap, textRows: table.textRows, detachedColumns: location.detachedColumns },
  };
}
