// One ExcelJS cell as the plain value the core reads, and whether it could be read at all.
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/types";
import { withoutInvisible } from "../../workbook/schema/rows";

export type CellProblem = { kind: "formulaWithoutValue" } | { kind: "error"; error: string };

export interface ReadCell {
  value: CellValue;
  formula: boolean;
  problem: CellProblem | null;
}

const PLAIN: ReadCell = { value: null, formula: false, problem: null };

/**
 * Dates, numbers, text and booleans as they are; rich text and hyperlinks as their text; formulas as
 * their cached result (the value Excel last showed); error values (#N/A, #REF!, ...) as blank.
 */
export function readCell(raw: ExcelJS.CellValue): ReadCell {
  if (raw === null || raw === undefined) return PLAIN;
  if (typeof raw !== "object" || raw instanceof Date) return { value: withoutInvisible(raw), formula: false, problem: null };
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = (raw as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) {
      // =DATE(2026,1,1) written by a script that does not compute: its value is plain to see.
      const date = literalDateFormula(String((raw as { formula?: unknown }).formula ?? ""));
      if (date) return { value: date, formula: true, problem: null };
      return { value: null, formula: true, problem: { kind: "formulaWithoutValue" } };
    }
    const inner = readCell(result);
    return { ...inner, formula: true };
  }
  if ("error" in raw) return { value: null, formula: false, problem: { kind: "error", error: String(raw.error) } };
  if ("richText" in raw) return { value: withoutInvisible(richText(raw.richText)), formula: false, problem: null };
  if ("hyperlink" in raw) {
    const text = (raw as { text?: unknown }).text;
    return { value: withoutInvisible(hyperlinkText(text)), formula: false, problem: null };
  }
  return PLAIN;
}

const DATE_FORMULA = /^=?\s*DATE\s*\(\s*(\d{4})\s*[,;]\s*(\d{1,2})\s*[,;]\s*(\d{1,2})\s*\)\s*$/i;

/**
 * The date a formula of literal numbers =DATE(y,m,d) stands for, or null. Read as text (a pasted
 * table, a cell no program computed), "=DATE(2026,1,1)" would otherwise be read by the deadline
 * grammar as "2026", the whole year.
 */
export function literalDateFormula(text: string): Date | null {
  const m = DATE_FORMULA.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

function richText(runs: { text: string }[]): string {
  return runs.map((run) => run.text).join("");
}

function hyperlinkText(text: unknown): string {
  if (typeof text === "string") return text;
  if (text && typeof text === "object" && "richText" in text) {
    return richText((text as { richText: { text: string }[] }).richText);
  }
  return "";
}

/** True when the cell holds nothing a user typed (blank, empty text, or a formula showing ""). */
export function isBlankValue(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
