// The round trip's own sheets in the master: the hidden ledger "Đã nhận" (what earlier merges took in)
// and the cells of the "Đối chiếu" report, read back so each merge appends to what is already listed.
import type { Ledger } from "../../core/roundtrip/ledger";
import type { CellValue } from "../../core/types";
import type { SheetPlan } from "../../workbook/plan";
import { buildLedgerSheet, LEDGER_SHEET, readLedgerCells } from "../../workbook/roundtrip/ledgerSheet";
import type { Capabilities } from "../actions";
import { parseRange } from "../a1";
import { SMALL_OP_BYTES, type WriteBatch } from "../writeBatch";
import { queueSheetPlan } from "../writeSheet";

/** A used range's values as cells from A1 (rows and columns before it blank), as the plan readers expect. */
export function cellsFromA1(range: Excel.Range | null): CellValue[][] {
  if (!range || range.isNullObject) return [];
  const at = parseRange(range.address);
  if (!at) return [];
  const pad = new Array<CellValue>(at.column).fill(null);
  return [...Array.from({ length: at.row }, () => [] as CellValue[]), ...range.values.map((row) => [...pad, ...(row as CellValue[])])];
}

/** Request 1: the ledger sheet, if the master has one. */
export function queueLedgerSheet(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
}

/** Request 2: its cells (after request 1 said whether it exists). */
export function queueLedgerCells(sheet: Excel.Worksheet): Excel.Range | null {
  return sheet.isNullObject ? null : sheet.getUsedRangeOrNullObject(true).load("address,values");
}

export function ledgerOf(range: Excel.Range | null): Ledger {
  return readLedgerCells(cellsFromA1(range));
}

/**
 * Rewrites the ledger in place: a very hidden sheet is cleared and refilled rather than deleted and
 * added again, so it never flickers into view and keeps its tab position.
 */
export async function queueLedger(context: Excel.RequestContext, existing: Excel.Worksheet, ledger: Ledger, caps: Capabilities, batch: WriteBatch): Promise<void> {
  const plan: SheetPlan = buildLedgerSheet(ledger);
  let sheet!: Excel.Worksheet;
  await batch.add(SMALL_OP_BYTES, () => {
    if (existing.isNullObject) {
      sheet = context.workbook.worksheets.add(plan.name);
    } else {
      sheet = existing;
      // Formats too: a cell already formatted as text would keep the apostrophe textInput puts before ISO dates.
      sheet.getRange().clear("All");
    }
  });
  await queueSheetPlan(sheet, plan, caps, batch);
  if (existing.isNullObject && plan.visibility) {
    const visibility = plan.visibility === "veryHidden" ? "VeryHidden" : "Hidden";
    await batch.add(SMALL_OP_BYTES, () => {
      sheet.visibility = visibility;
    });
  }
}
