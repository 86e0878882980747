// The blocks of the Tổng hợp sheet as computed rows: a header row ("Đơn vị | Tổng số | ..."), then
// one row per group down to the first blank label.
import { SUMMARY_TEXT } from "../../src/core/strings/workbook";
import type { Computed } from "./computed";

export interface BlockRow {
  label: Computed;
  figures: Computed[];
}

export function summaryBlock(rows: Computed[][], header: string): BlockRow[] {
  const start = rows.findIndex((r) => r[0] === header && r[1] === "Tổng số");
  if (start < 0) throw new Error(`No block headed "${header}"`);
  const block: BlockRow[] = [];
  for (let r = start + 1; r < rows.length && rows[r][0] !== null && rows[r][0] !== ""; r++) {
    block.push({ label: rows[r][0], figures: rows[r].slice(1, 12) });
  }
  return block;
}

/** The group rows alone: without the closing rows every block ends with (other groups or years, totals). */
export function groupRows(block: BlockRow[]): BlockRow[] {
  const closing: Computed[] = [SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.otherYears, SUMMARY_TEXT.totals];
  return block.filter((r) => !closing.includes(r.label));
}
