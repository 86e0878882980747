// The ledger of merged returns (src/core/roundtrip/ledger.ts) as a veryHidden sheet of the master.
// Not kept in "Đối chiếu": that sheet is the planner's report, which they filter, sort, prune or
// delete once read; the ledger must outlive that, or an old copy could undo newer data and a second
// save of a copy would be taken as a conflict with the first. A sheet of plain text cells survives
// any program that saves the master, like the copy's own "Bản gửi".
import type { Ledger, MergedReturn, SaidValue } from "../../core/roundtrip/ledger";
import { LEDGER_TEXT } from "../../core/strings/merge";
import { oneLine } from "../../core/text";
import { TASK_FIELDS, type CellValue, type TaskField } from "../../core/types";
import { block } from "../blocks";
import type { PlanCell, SheetPlan } from "../plan";

export const LEDGER_SHEET = LEDGER_TEXT.sheet;
export const LEDGER_MARKER = "THEO_DOI_NHIEM_VU_DA_NHAN:1";

const RETURN = "return";
const SAID = "said";
const TABLE_ROW = 4;

export function buildLedgerSheet(ledger: Ledger): SheetPlan {
  const returns = ledger.returns.map((r): PlanCell[] => [RETURN, r.sendId, r.unit, r.savedAt, r.hash, r.file, "", "", ""]);
  const said = ledger.said.map((s): PlanCell[] => [SAID, s.sendId, "", "", "", "", s.id, s.field, s.value]);
  return {
    name: LEDGER_SHEET,
    blocks: [block(0, 1, [[LEDGER_MARKER], [LEDGER_TEXT.note], [], LEDGER_TEXT.headers.slice(), ...returns, ...said])],
    columns: LEDGER_TEXT.headers.map((_, index) => ({ index, width: 16, numberFormat: "@" })),
    styles: [],
    validations: [],
    conditionalFormats: [],
    visibility: "veryHidden",
  };
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  return oneLine(String(value));
}

/** The ledger from the sheet's cells (row 1 first), or an empty one when the cells are no ledger. */
export function readLedgerCells(cells: readonly (readonly CellValue[])[]): Ledger {
  if (text(cells[0]?.[0]) !== LEDGER_MARKER) return { returns: [], said: [] };
  const returns: MergedReturn[] = [];
  const said: SaidValue[] = [];
  for (const line of cells.slice(TABLE_ROW)) {
    const [kind, sendId, unit, savedAt, hash, file, id, field, value] = Array.from({ length: 9 }, (_, c) => text(line?.[c]));
    if (sendId === "") continue;
    if (kind === RETURN) returns.push({ sendId, unit, savedAt, hash, file });
    if (kind === SAID && id !== "" && (TASK_FIELDS as readonly string[]).includes(field)) said.push({ sendId, id, field: field as TaskField, value });
  }
  return { returns, said };
}
