// Writes the suggested fix of each finding into its cell, in one request, after checking that the row
// still holds the task the check saw (rows may have been sorted or deleted since).
import { readDateCell, toExcelSerial } from "../../core/dates";
import { oneLine } from "../../core/text";
import type { CellValue, LocatedFinding, TaskField } from "../../core/types";
import { DATE_FIELDS } from "../../workbook/taskCells";
import { parseRange } from "../a1";
import { capabilities } from "../capabilities";
import { textInput, type ExcelInput } from "../cellInput";
import { runExcel } from "../run";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { SMALL_OP_BYTES, WriteBatch } from "../writeBatch";
import { jsonBytes } from "../payload";

/** The fix as Excel should store it: real dates in date columns, text kept as text. */
export function fixInput(field: TaskField | null, value: string | number): ExcelInput {
  if (field !== null && DATE_FIELDS.includes(field)) {
    const date = readDateCell(value).date;
    if (date) return toExcelSerial(date);
  }
  return typeof value === "number" ? value : value === "" ? "" : textInput(value);
}

const sameId = (a: CellValue, b: string): boolean => oneLine(String(a ?? "")) === oneLine(b);

export function applyFixes(findings: LocatedFinding[]): Promise<number> {
  const caps = capabilities();
  return runExcel(async (context) => {
    const candidates = findings.filter((f) => f.fix !== null && f.row >= 0);
    if (candidates.length === 0) return 0;
    const opened = await openTracker(context);
    const table = requireTable(opened.table);
    const read = await readTracker(context, table, opened.names);
    const sheet = context.workbook.worksheets.getItem(read.sheet);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    const done = new Set<string>();
    for (const finding of candidates) {
      const cell = parseRange(finding.cell);
      if (!cell || finding.sheet !== read.sheet || done.has(finding.cell)) continue;
      const index = cell.row - read.rect.row - 1;
      const inTable = index >= 0 && index < read.rows.length && cell.column >= read.rect.column && cell.column < read.rect.column + read.rect.columnCount;
      if (!inTable || !sameId(read.rows[index].id, finding.id)) continue;
      const value = finding.fix!.value;
      // Restoring a typed-over Đánh giá puts its formula back (written as a formula, not as text).
      const formula = finding.field === "state" && typeof value === "string" && value.startsWith("=");
      const input = formula ? value : fixInput(finding.field, value);
      done.add(finding.cell);
      await batch.add(SMALL_OP_BYTES + jsonBytes(input), () => {
        const range = sheet.getRange(finding.cell);
        if (formula) range.formulas = [[input]];
        else range.values = [[input]];
      });
    }
    await batch.flush();
    return done.size;
  });
}
