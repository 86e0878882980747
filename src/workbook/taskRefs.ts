// How every formula of the tracker names a task column: a structured reference to the task table by
// the header the column really has, e.g. BangNhiemVu[Tình trạng] (the whole column, data rows only) and
// BangNhiemVu[[#This Row],[Tình trạng]] (the cell of the formula's own row).
//
// Why structured references, not A1 letters, and not defined names:
// - They follow the table whatever users do: inserting or moving a column, renaming the sheet, sorting,
//   filtering and adding rows leave them right, and a column renamed in Excel is renamed in every
//   formula too. A1 letters written by the add-in were right only for the layout it created (issue 14).
// - Their ranges are the table's data rows exactly, so no formula reads down to row 5,000.
// - Excel 2016, WPS and LibreOffice (checked headless here, 7.x: whole columns, [#This Row], and headers
//   with diacritics, spaces and "(%)"; test/files/tracker.libreoffice.test.ts recomputes every figure)
//   evaluate them. The earlier comment that LibreOffice mishandles them no longer holds.
// - Defined names over table columns would survive a header renamed outside Excel, but ExcelJS cannot
//   write a name that refers to a structured reference, and names hide from the reader what a formula counts.
// Formulas written later (a new row, a refreshed summary) are generated from the headers the table has
// then, found by the schema's aliases, so a renamed header is used as it now reads.
// Conditional formats and validations cannot take structured references (Excel refuses them there):
// those use A1 ranges built from the real column positions, which Excel itself moves with the columns.
import { TASK_HEADERS } from "../core/strings/vi";
import { HELPER_HEADERS } from "../core/strings/workbook";
import { TASK_FIELDS, type CellValue, type TaskField } from "../core/types";
import { TASK_TABLE } from "./layout";
import { fieldColumns } from "./schema/headers";

export type HelperKey = keyof typeof HELPER_HEADERS;
export const HELPER_KEYS = Object.keys(HELPER_HEADERS) as HelperKey[];

/** The table's headers in the order the tracker creates them: the task fields, then the helper columns. */
export const TRACKER_HEADERS: readonly string[] = [...TASK_FIELDS.map((f) => TASK_HEADERS[f]), ...HELPER_KEYS.map((k) => HELPER_HEADERS[k])];

export interface TaskRefs {
  /** The header text of a task field's column, or undefined when the table has no such column. */
  header(field: TaskField): string | undefined;
  /** Whether the table has the helper column. */
  hasHelper(key: HelperKey): boolean;
  /** The whole column (data rows): BangNhiemVu[Header]. */
  column(field: TaskField | HelperKey): string;
  /** The cell of the formula's own row: BangNhiemVu[[#This Row],[Header]]. */
  thisRow(field: TaskField | HelperKey): string;
  /**
   * The cells of the formula's own row from the leftmost to the rightmost of `fields` (by where the
   * table has them now), BangNhiemVu[[#This Row],[First]:[Last]]; null when a column of the tracker's
   * own formulas (Đánh giá, a helper) lies between them, which would make the formula circular.
   */
  rowSpan(fields: readonly TaskField[]): string | null;
}

/** ' [ ] and # are escaped with ' inside a structured reference's column specifier. */
function escapeColumn(header: string): string {
  return header.replace(/['[\]#]/g, "'$&");
}

export function isHelperHeader(value: CellValue): boolean {
  return typeof value === "string" && HELPER_KEYS.some((k) => HELPER_HEADERS[k] === value.trim());
}

/** References by the headers the table has (a field's first matching header, as the readers find it). */
export function taskRefs(headers: readonly CellValue[] = TRACKER_HEADERS): TaskRefs {
  const columns = fieldColumns(headers);
  const text = (value: CellValue) => String(value ?? "").trim();
  const helpers = new Set(headers.filter(isHelperHeader).map(text));
  const header = (field: TaskField) => (columns[field] === undefined ? undefined : text(headers[columns[field]!]));
  const headerOf = (key: TaskField | HelperKey): string => {
    // Helper keys (effectiveDue, leadText, …) are no task field's key, so the two never mix.
    if (Object.prototype.hasOwnProperty.call(HELPER_HEADERS, key)) return HELPER_HEADERS[key as HelperKey];
    // A column the table lacks keeps its default header: the formula shows #REF! in Excel rather than
    // counting another column, and the readers already report the missing column.
    return header(key as TaskField) ?? TASK_HEADERS[key as TaskField];
  };
  const rowSpan = (fields: readonly TaskField[]): string | null => {
    const at = fields.map((f) => columns[f]).filter((c): c is number => c !== undefined);
    if (at.length === 0) return null;
    const [first, last] = [Math.min(...at), Math.max(...at)];
    for (let c = first; c <= last; c++) {
      if (c === columns.state || isHelperHeader(headers[c])) return null;
    }
    return `${TASK_TABLE}[[#This Row],[${escapeColumn(text(headers[first]))}]:[${escapeColumn(text(headers[last]))}]]`;
  };
  return {
    header,
    rowSpan,
    hasHelper: (key) => helpers.has(HELPER_HEADERS[key]),
    column: (key) => `${TASK_TABLE}[${escapeColumn(headerOf(key))}]`,
    thisRow: (key) => `${TASK_TABLE}[[#This Row],[${escapeColumn(headerOf(key))}]]`,
  };
}

/**
 * The same formula with each reference to its own row's cell in the short form Excel's formula bar
 * takes, [@[Header]], which Excel stores as the long form: for formulas the add-in sends through
 * Office.js into the table's rows, about half the bytes. Files keep the long form (the only one the
 * file format and LibreOffice read).
 */
export function compactRowReferences(formula: string): string {
  const column = `\\[(?:[^[\\]']|'.)*\\]`;
  return formula.replace(new RegExp(`${TASK_TABLE}\\[\\[#This Row\\],(${column}(?::${column})?)\\]`, "g"), "[@$1]");
}
