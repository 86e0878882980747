// Where the task table is: the header row that best matches TASK_HEADERS, on any sheet, at any place.
import type ExcelJS from "exceljs";
import type { TaskField } from "../../core/types";
import { isBlankValue, readCell } from "./cellValue";
import { columnNumber } from "./columns";
import { fieldOfHeader, REQUIRED_FIELDS } from "../../workbook/schema/headers";

/** Header rows further down than this are not looked for (titles above a table are a few rows). */
const MAX_HEADER_ROW = 200;
const MAX_COLUMNS = 300;
/** A row matching fewer task headers than this is not taken for a task table. */
const MIN_MATCHED = 3;

export interface TableLocation {
  worksheet: ExcelJS.Worksheet;
  headerRow: number;
  /** 1-based column of each task field found. */
  columns: Partial<Record<TaskField, number>>;
  /** The user's own columns inside the table's span: header text and 1-based column. */
  extraColumns: { header: string; column: number }[];
  missing: TaskField[];
  /** Last row of the Excel table (ListObject) headed by this row, if there is one: read to it, blanks and all. */
  tableLastRow?: number;
}

/** The best header row of the workbook, or null when no row looks like a task table's header. */
export function findTaskTable(workbook: ExcelJS.Workbook): TableLocation | null {
  let best: (TableLocation & { matched: number }) | null = null;
  for (const worksheet of workbook.worksheets) {
    const last = Math.min(worksheet.rowCount, MAX_HEADER_ROW);
    for (let r = 1; r <= last; r++) {
      const candidate = readHeaderRow(worksheet, r);
      if (!candidate || candidate.matched < MIN_MATCHED) continue;
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  if (!best) return null;
  const { matched: _matched, ...location } = best;
  return location;
}

function better(a: { missing: TaskField[]; matched: number }, b: { missing: TaskField[]; matched: number }): boolean {
  if (a.missing.length !== b.missing.length) return a.missing.length < b.missing.length;
  return a.matched > b.matched;
}

function readHeaderRow(worksheet: ExcelJS.Worksheet, r: number): (TableLocation & { matched: number }) | null {
  const row = worksheet.getRow(r);
  const width = Math.min(row.cellCount, MAX_COLUMNS);
  if (width === 0) return null;
  const texts: (string | null)[] = [null];
  const columns: Partial<Record<TaskField, number>> = {};
  let matched = 0;
  for (let c = 1; c <= width; c++) {
    const { value } = readCell(row.getCell(c).value);
    texts[c] = isBlankValue(value) || value instanceof Date ? null : String(value).trim();
    const field = fieldOfHeader(value);
    if (field && columns[field] === undefined) {
      columns[field] = c;
      matched++;
    }
  }
  if (matched === 0) return null;
  const found = Object.values(columns) as number[];
  // The table spans the matched headers plus any headers that touch them without a gap.
  let left = Math.min(...found);
  let right = Math.max(...found);
  while (left > 1 && texts[left - 1]) left--;
  while (right < width && texts[right + 1]) right++;
  const taskColumns = new Set(found);
  const extraColumns: TableLocation["extraColumns"] = [];
  for (let c = left; c <= right; c++) {
    const text = texts[c];
    if (text && !taskColumns.has(c)) extraColumns.push({ header: text, column: c });
  }
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  const tableLastRow = excelTableLastRow(worksheet, r, left, right);
  return { worksheet, headerRow: r, columns, extraColumns, missing, matched, ...(tableLastRow ? { tableLastRow } : {}) };
}

/** The last row of an Excel table whose header row is `r` and which overlaps columns left..right. */
function excelTableLastRow(worksheet: ExcelJS.Worksheet, r: number, left: number, right: number): number | undefined {
  const tables = (worksheet as unknown as { tables?: Record<string, { table?: { tableRef?: string; ref?: string } }> }).tables ?? {};
  for (const { table } of Object.values(tables)) {
    const ref = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(table?.tableRef ?? table?.ref ?? "");
    if (!ref || Number(ref[2]) !== r) continue;
    if (columnNumber(ref[3]) < left || columnNumber(ref[1]) > right) continue;
    return Number(ref[4]);
  }
  return undefined;
}
