// The formulas the tracker writes in the columns it computes (Đánh giá and the helper columns), for a
// table with the given headers: the plan's own cells (taskRowCells), so a check compares a row with
// exactly what a build would write there, whatever form the formulas take.
import { HELPER_HEADERS } from "../../core/strings/workbook";
import { TASK_FIELDS, type CellValue, type RawRow } from "../../core/types";
import { taskRowCells } from "../taskCells";
import { HELPER_KEYS, taskRefs } from "../taskRefs";

/** header → formula, for every computed column of a table with `headers`. */
export function computedFormulas(headers: readonly CellValue[], row: RawRow = {}): Map<string, string> {
  const refs = taskRefs(headers);
  const cells = taskRowCells(row, refs);
  const formulas = new Map<string, string>();
  const formulaAt = (i: number) => {
    const cell = cells[i];
    return cell !== null && typeof cell === "object" && "formula" in cell ? cell.formula : null;
  };
  const stateHeader = refs.header("state");
  const state = formulaAt(TASK_FIELDS.indexOf("state"));
  if (state && stateHeader !== undefined) formulas.set(stateHeader, state);
  HELPER_KEYS.forEach((key, k) => {
    const formula = formulaAt(TASK_FIELDS.length + k);
    if (formula) formulas.set(HELPER_HEADERS[key], formula);
  });
  return formulas;
}
