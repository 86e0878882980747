// Where the task table is: the header row that best matches TASK_HEADERS, on any sheet, at any place.
import type ExcelJS from "exceljs";
import type { TaskField } from "../../core/types";
import { isBlankValue, readCell } from "./cellValue";
import { columnNumber } from "./columns";
import { storedValue } from "./sparse";
import { fieldOfHeader, REQUIRED_FIELDS } from "../../workbook/schema/headers";
import { isHelperHeader } from "../../workbook/taskRefs";

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
  /** Every header text of the table's span, left to right, with its 1-based column (for the formulas' references). */
  headers: { header: string; column: number }[];
  /** Headers further right, past a blank column: a user's column the table does not take in. */
  detachedColumns: { header: string; column: number }[];
}

/** The best header row of the workbook, or null when no row looks like a task table's header. */
export function findTaskTable(workbook: ExcelJS.Workbook): TableLocation | null {
  let best: (TableLocation & { matched: number }) | null = null;
  for (const worksheet of workbook.worksheets) {
    const last = Math.min(worksheet.rowCount, MAX_HEADER_ROW);
    for (let r = 1; r <= last; r++) {
      // findRow: a row not stored is blank, and asking ExcelJS for it would create it.
      if (!worksheet.findRow(r)) continue;
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
  const row = worksheet.findRow(r);
  const width = Math.min(row?.cellCount ?? 0, MAX_COLUMNS);
  if (!row || width === 0) return null;
  const texts: (string | null)[] = [null];
  const columns: Partial<Record<TaskField, number>> = {};
  let matched = 0;
  for (let c = 1; c <= width; c++) {
    const { value } = readCell(storedValue(row, c));
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
  let left = found.reduce((a, b) => Math.min(a, b));
  let right = found.reduce((a, b) => Math.max(a, b));
  while (left > 1 && texts[left - 1]) left--;
  while (right < width && texts[right + 1]) right++;
  const taskColumns = new Set(found);
  const extraColumns: TableLocation["extraColumns"] = [];
  for (let c = left; c <= right; c++) {
    const text = texts[c];
    // The tracker's own helper columns are no user column: a rebuild writes them afresh.
    if (text && !taskColumns.has(c) && !isHelperHeader(text)) extraColumns.push({ header: text, column: c });
  }
  const missing = REQUIRED_FIELDS.filter((field) => columns[field] === undefined);
  const tableLastRow = excelTableLastRow(worksheet, r, left, right);
  const headers: TableLocation["headers"] = [];
  for (let c = left; c <= right; c++) if (texts[c]) headers.push({ header: texts[c] as string, column: c });
  const detachedColumns: TableLocation["detachedColumns"] = [];
  for (let c = right + 2; c <= width; c++) if (texts[c]) detachedColumns.push({ header: texts[c] as string, column: c });
  return {
    worksheet,
    headerRow: r,
    columns,
    extraColumns,
    missing,
    matched,
    headers,
    detachedColumns,
    ...(tableLastRow ? { tableLastRow } : {}),
  };
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
