// How Excel turns what a script writes into cell contents: the coercions a careless adapter trips over.
import { fail } from "./errors";
import type { CellState, Scalar, SheetState } from "./state";

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
/** The fake's host runs in a day-first locale (vi-VN): "30/6/2021" typed into a cell becomes a date. */
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export function excelSerial(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export type Evaluate = (formula: string, sheet: SheetState, row: number, column: number) => Scalar;

/**
 * Writes one entry of a values/formulas array. Like Excel: null leaves the cell alone; "" clears it;
 * a leading apostrophe forces text; "=", "+" or "-" starts a formula; numeric, percent and day-first
 * date text becomes a number; a cell formatted as Text ("@") keeps text as typed.
 */
export function writeEntry(
  sheet: SheetState,
  row: number,
  column: number,
  input: unknown,
  evaluate: Evaluate,
  knownTable?: (name: string) => boolean,
): void {
  if (input === null || input === undefined) return;
  const old = sheet.cell(row, column);
  const put = (value: Scalar, formula: string | null, numberFormat = old.numberFormat): void =>
    sheet.setCell(row, column, { value, formula, numberFormat });
  if (typeof input === "number") {
    if (!Number.isFinite(input)) fail("InvalidArgument", "Cell values must be finite numbers.");
    return put(input, null);
  }
  if (typeof input === "boolean") return put(input, null);
  if (typeof input !== "string") fail("InvalidArgument", `A cell value can't be of type ${typeof input}.`);
  if (input === "") return put("", null);
  if (old.numberFormat === "@") return put(input, null);
  if (input.startsWith("'")) return put(input.slice(1), null);
  const text = input.trim();
  if (NUMBER.test(text)) return put(Number(text), null);
  if (PERCENT.test(text)) return put(Number(text.slice(0, -1)) / 100, null, old.numberFormat === "General" ? "0%" : old.numberFormat);
  const dmy = DMY.exec(text);
  if (dmy) {
    const [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d) {
      return put(excelSerial(y, m, d), null, old.numberFormat === "General" ? "d/m/yyyy" : old.numberFormat);
    }
  }
  if (/^(TRUE|FALSE)$/i.test(text)) return put(text.toUpperCase() === "TRUE", null);
  if (input.startsWith("=") || input.startsWith("+") || input.startsWith("-")) {
    const formula = input.startsWith("=") ? input : `=${input}`;
    if (formula.length > 8192) fail("InvalidArgument", "A formula can't be longer than 8192 characters.");
    if (knownTable) checkTableReferences(formula, knownTable);
    const cell: CellState = { value: "", formula, numberFormat: old.numberFormat };
    sheet.setCell(row, column, cell);
    cell.value = evaluate(formula, sheet, row, column);
    return;
  }
  if (input.length > 32767) fail("InvalidArgument", "A cell can't hold more than 32,767 characters.");
  put(input, null);
}

/**
 * Excel refuses a formula with a structured reference to a table the workbook does not hold
 * (Table[Column] outside string literals); a formula naming a table to be added later fails too.
 */
export function checkTableReferences(formula: string, knownTable: (name: string) => boolean): void {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const match of code.matchAll(/(?<![\w.\u00C0-\uFFFF'!])([A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)\[/g)) {
    if (!knownTable(match[1])) fail("InvalidArgument", `The formula refers to a table that does not exist: ${match[1]}.`);
  }
}

/** Excel accepts a single value for a whole range, or an array of exactly the range's shape. */
export function expandToShape(input: unknown, rows: number, columns: number, what: string): unknown[][] {
  if (!Array.isArray(input)) return Array.from({ length: rows }, () => new Array(columns).fill(input));
  if (input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== columns)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    fail("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${rows}×${columns}, array ${got}).`);
  }
  return input as unknown[][];
}

/**
 * The formula once table `table` is deleted: Excel turns each structured reference to it (Bang[Cột],
 * Bang[[#This Row],[Cột]], Bang[]) into #REF! and never relinks it to a table added later under that
 * name. Null when the formula does not name the table.
 */
export function breakTableReferences(formula: string, table: string): string | null {
  const wanted = table.toLowerCase();
  if (!formula.toLowerCase().includes(`${wanted}[`)) return null;
  let out = "";
  let changed = false;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // A string literal, "" escaping a quote.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === '"' && formula[j + 1] !== '"')) j += formula[j] === '"' ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*\[/.exec(formula.slice(i));
    const before = i === 0 ? "" : formula[i - 1];
    if (name && !/[\w.\u00C0-\uFFFF'!]/.test(before) && name[0].slice(0, -1).toLowerCase() === wanted) {
      // Skip the bracketed specifier, nested one level, ' escaping the next character.
      let j = i + name[0].length;
      let depth = 1;
      while (j < formula.length && depth > 0) {
        if (formula[j] === "'") j++;
        else if (formula[j] === "[") depth++;
        else if (formula[j] === "]") depth--;
        j++;
      }
      out += "#REF!";
      changed = true;
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return changed ? out : null;
}
