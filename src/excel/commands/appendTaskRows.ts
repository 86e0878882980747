// Appending task rows to the tracker's table, as whole 2-D blocks: the rows a build adds and the
// member rows of an expanded group task go in the same way (blank rows left at the end of the table
// filled first, the formula columns written once over all the new rows, requests sized by bytes).
import { TASK_FIELDS, type RawRow } from "../../core/types";
import { HELPER_HEADERS } from "../../core/strings/workbook";
import { LONG_WORK_TEXT } from "../../core/strings/pane";
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { isBlankRow } from "../../workbook/schema/rows";
import { taskRowCells } from "../../workbook/taskCells";
import { compactRowReferences, HELPER_KEYS, taskRefs } from "../../workbook/taskRefs";
import type { PlanCell } from "../../workbook/plan";
import type { Capabilities, Progress } from "../actions";
import { rectAddress, type Rect } from "../a1";
import { cellInput, type ExcelInput } from "../cellInput";
import { sharedFormulaColumns, withoutShared } from "../columnFormulas";
import { jsonBytes, sliceRows } from "../payload";
import type { TrackerRead } from "../trackerRead";
import { WriteBatch, SMALL_OP_BYTES } from "../writeBatch";
import { queueBlock, queueSharedFormulas } from "../writeSheet";

/** Row references in their short form (see compactRowReferences): the same formulas in half the request bytes. */
export function compactCell(cell: PlanCell): PlanCell {
  return cell !== null && typeof cell === "object" && "formula" in cell ? { formula: compactRowReferences(cell.formula) } : cell;
}

/**
 * How many rows at the end of the table nobody typed anything in (a new table starts with one such row):
 * new tasks fill them before the table grows. Only when the task fields of the last rows are blank
 * does it cost a request, to look at the whole of those rows (the user's own columns too).
 */
async function blankTail(context: Excel.RequestContext, table: Excel.Table, rect: Rect, rows: RawRow[], stateColumn: number | undefined): Promise<number> {
  let candidates = 0;
  while (candidates < rows.length && isBlankRow(rows[rows.length - 1 - candidates])) candidates++;
  if (candidates === 0) return 0;
  const tail = { row: rect.row + rect.rowCount - candidates, column: rect.column, rowCount: candidates, columnCount: rect.columnCount };
  const cells = table.worksheet.getRange(rectAddress(tail)).load("values");
  await context.sync();
  let blank = 0;
  for (let i = cells.values.length - 1; i >= 0; i--) {
    const typed = cells.values[i].some((v, c) => c !== stateColumn && v !== "" && v !== null);
    if (typed) break;
    blank++;
  }
  return blank;
}

/** Writes `rows` after the table's last task (`read` is the table as just read); sends everything it queues. */
export async function appendTaskRows(
  context: Excel.RequestContext,
  table: Excel.Table,
  read: TrackerRead<unknown>,
  rows: readonly RawRow[],
  caps: Capabilities,
  progress?: Progress,
): Promise<void> {
  const { rect, columns } = read;
  const width = rect.columnCount;
  const reusable = await blankTail(context, table, rect, read.rows, columns.state);

  progress?.(0.3, PROGRESS_TEXT.writing);
  const firstSheetRow = rect.row + rect.rowCount + 1 - reusable;
  // Formulas name the columns by the headers the table has now (structured references), so they are
  // right whatever columns the user inserted, moved or renamed; the helper columns are found by header too.
  const refs = taskRefs(read.headers);
  const helperAt = HELPER_KEYS.map((key) => read.headers.findIndex((h) => typeof h === "string" && h.trim() === HELPER_HEADERS[key]));
  const cellsOf = rows.map((row): ExcelInput[] => {
    const cells = taskRowCells(row, refs).map(compactCell);
    const out: ExcelInput[] = new Array(width).fill("");
    TASK_FIELDS.forEach((field, f) => {
      const at = columns[field];
      if (at !== undefined) out[at] = cellInput(cells[f]);
    });
    helperAt.forEach((at, h) => {
      if (at >= 0) out[at] = cellInput(cells[TASK_FIELDS.length + h]);
    });
    return out;
  });
  // Progress per request: a big append goes in several.
  const total = Math.max(1, jsonBytes(cellsOf));
  const batch = new WriteBatch(context, caps.suspendScreenUpdating).onSent((sent, requests) =>
    progress?.(0.3 + 0.65 * Math.min(1, sent / total), LONG_WORK_TEXT.writingPart(requests + 1)),
  );
  // Đánh giá and the helper columns: one formula each over all the new rows, written after them.
  const shared = sharedFormulaColumns(cellsOf);
  const rowsOut = withoutShared(cellsOf, shared);
  const intoBlank = rowsOut.slice(0, reusable);
  if (intoBlank.length > 0) {
    const blank = { row: firstSheetRow - 1, column: rect.column, rowCount: intoBlank.length, columnCount: width };
    await queueBlock(table.worksheet, blank, intoBlank, batch);
  }
  for (const slice of sliceRows(rowsOut.slice(reusable), batch.sliceBudget)) {
    await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
  }
  const added = { row: firstSheetRow - 1, column: rect.column, rowCount: cellsOf.length, columnCount: width };
  await queueSharedFormulas(table.worksheet, added, shared, batch);
  await batch.flush();
}
