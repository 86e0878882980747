// One ExcelJS cell as the plain value the core reads, and whether it could be read at all.
import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/types";

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
  if (typeof raw !== "object" || raw instanceof Date) return { value: raw, formula: false, problem: null };
  if ("formula" in raw || "sharedFormula" in raw) {
    const result = (raw as { result?: ExcelJS.CellValue }).result;
    if (result === undefined) return { value: null, formula: true, problem: { kind: "formulaWithoutValue" } };
    const inner = readCell(result);
    return { ...inner, formula: true };
  }
  if ("error" in raw) return { value: null, formula: false, problem: { kind: "error", error: String(raw.error) } };
  if ("richText" in raw) return { value: richText(raw.richText), formula: false, problem: null };
  if ("hyperlink" in raw) {
    const text = (raw as { text?: unknown }).text;
    return { value: hyperlinkText(text), formula: false, problem: null };
  }
  return PLAIN;
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
