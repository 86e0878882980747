// Check guards the figures: the cells the tracker computes (Đánh giá, helper columns) must hold their
// formula, Đánh giá must show what the engine judges, and every task row must sit inside the table,
// where the formulas and Tổng hợp reach. A unit typing "Hoàn thành đúng hạn" over four overdue rows
// otherwise changes the workbook's figures while every other check stays silent.
import { judgeTask } from "../judge";
import { STATE_LABELS } from "../strings/vi";
import { DERIVED_MESSAGES, FIX_LABELS } from "../strings/checks";
import type { CellValue, Finding, IsoDate, RawRow } from "../types";
import { readTask } from "./readTask";
import { RULES } from "./rules";

export interface DerivedCell {
  header: string;
  /** Where the adapter will place the finding (its own column numbering). */
  column: number;
  /** Whether this is the Đánh giá column (its value is compared with the engine's judgement). */
  isState: boolean;
  /** Whether the cell holds a formula. */
  formula: boolean;
  /** The value the cell shows: a formula's last result, or what was typed. */
  value: CellValue;
}

export interface DerivedInput {
  rows: readonly RawRow[];
  /** Per row, its computed cells. */
  cells: readonly (readonly DerivedCell[])[];
  /** Indexes of rows below the Excel table, with each one's sheet row, and the table's last row. */
  outsideTable?: { index: number; sheetRow: number }[];
  tableLastRow?: number;
  asOf: IsoDate;
  windowDays: number;
  /** The formula the tracker writes in a computed column, for the fix; without it no fix is offered. */
  formulaOf?: (header: string, index: number) => string | null;
}

export type DerivedFinding = Finding & { column: number | null };

/** The rules of this check (checkTasks never raises them: they need more than a row's values). */
export const DERIVED_RULES = ["derived-not-formula", "state-disagrees", "row-outside-table"] as const;

function text(value: CellValue): string {
  if (value === null || value === undefined) return "";
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
}

export function checkDerived(input: DerivedInput): DerivedFinding[] {
  const out: DerivedFinding[] = [];
  const outside = new Map((input.outsideTable ?? []).map((o) => [o.index, o.sheetRow]));
  input.rows.forEach((raw, index) => {
    const id = text(raw.id);
    const sheetRow = outside.get(index);
    if (sheetRow !== undefined) {
      out.push(finding("row-outside-table", index, id, "id", null, DERIVED_MESSAGES.outsideTable(sheetRow, input.tableLastRow ?? 0), null));
      return;
    }
    let expected: string | null = null;
    const judged = () => (expected ??= STATE_LABELS[judgeTask(readTask(raw, { asFormulas: true }), input.asOf, input.windowDays).state]);
    for (const cell of input.cells[index] ?? []) {
      const formula = input.formulaOf?.(cell.header, index) ?? null;
      const fix = formula ? { value: formula, label: FIX_LABELS.restoreFormula() } : null;
      if (!cell.formula) {
        const message = DERIVED_MESSAGES.typedOver(cell.header, text(cell.value), cell.isState ? judged() : null);
        out.push(finding("derived-not-formula", index, id, cell.isState ? "state" : null, cell.column, message, fix));
        continue;
      }
      // A formula not computed since it was written (a fresh build) shows nothing: nothing to compare.
      if (!cell.isState || text(cell.value) === "") continue;
      if (text(cell.value) !== judged()) {
        out.push(finding("state-disagrees", index, id, "state", cell.column, DERIVED_MESSAGES.disagrees(text(cell.value), judged()), fix));
      }
    }
  });
  return out;
}

function finding(
  rule: (typeof DERIVED_RULES)[number],
  row: number,
  id: string,
  field: Finding["field"],
  column: number | null,
  message: string,
  fix: Finding["fix"],
): DerivedFinding {
  return { row, id, field, rule, severity: RULES[rule].severity, message, fix, column };
}
