// Rewriting a sheet of ours that is one table (Phân công's BangPhanCong) in place: the sheet and the table
// stay, the table is resized (extra rows deleted, missing rows added) and its body written as one 2-D
// block. Deleting the sheet and adding it again, as replaceSheet does, would turn every formula elsewhere
// that names the table (Tổng hợp's partner weights) into #REF!, and Excel never relinks them to a table
// added later under the same name.
import type { CellValue } from "../core/types";
import type { SheetPlan } from "../workbook/plan";
import type { Capabilities } from "./actions";
import { rectAddress } from "./a1";
import { cellInput } from "./cellInput";
import { jsonBytes, sliceRows } from "./payload";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";
import { queueBlock, queueSheetPlan } from "./writeSheet";

/** Request 1: the table, if the workbook holds it. */
export function queueTableLookup(context: Excel.RequestContext, name: string): Excel.Table {
  return context.workbook.tables.getItemOrNullObject(name).load("name");
}

export interface QueuedTableShape {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  header: Excel.Range;
  body: Excel.Range;
}

/** Request 2 (only for a table request 1 found): where it is and how many data rows it has. */
export function queueTableShape(table: Excel.Table): QueuedTableShape {
  return {
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().load("values,rowIndex,columnIndex,columnCount"),
    body: table.getDataBodyRange().load("rowCount"),
  };
}

export interface TableShape {
  table: Excel.Table;
  sheet: Excel.Worksheet;
  sheetName: string;
  headers: CellValue[];
  /** The header row is row 1 from column A, as the plan writes it. */
  atA1: boolean;
  rows: number;
}

export function readTableShape(queued: QueuedTableShape): TableShape {
  const { header } = queued;
  return {
    table: queued.table,
    sheet: queued.sheet,
    sheetName: queued.sheet.name,
    headers: (header.values[0] ?? []) as CellValue[],
    atA1: header.rowIndex === 0 && header.columnIndex === 0,
    rows: queued.body.rowCount,
  };
}

/**
 * Whether `plan` (one block at A1: the header row, then the body; its table over it) can be written over
 * the table as it stands: same place, same number of columns. Headers renamed by hand are written back.
 */
export function fitsInPlace(shape: TableShape, plan: SheetPlan): boolean {
  const table = plan.table;
  const block = plan.blocks[0];
  return table !== undefined && plan.blocks.length === 1 && block.topLeft === "A1" && shape.atA1 && shape.headers.length === table.headers.length;
}

/** Queues the rewrite: header row, rows deleted or added so the table has the plan's rows, the body, then formats. */
export async function rewriteTableInPlace(shape: TableShape, plan: SheetPlan, caps: Capabilities, batch: WriteBatch): Promise<void> {
  const { sheet, table } = shape;
  const [header, ...body] = plan.blocks[0].rows.map((row) => row.map(cellInput));
  const columnCount = header.length;
  await batch.add(SMALL_OP_BYTES + jsonBytes(header), () => {
    sheet.getRange(rectAddress({ row: 0, column: 0, rowCount: 1, columnCount })).formulas = [header];
  });
  const have = shape.rows;
  const want = body.length;
  if (have > want) {
    // Whole table rows, shifted up: the table shrinks, as when a user deletes table rows.
    await batch.add(SMALL_OP_BYTES, () => {
      sheet.getRange(rectAddress({ row: 1 + want, column: 0, rowCount: have - want, columnCount })).delete("Up");
    });
  } else if (want > have) {
    const blank = Array.from({ length: want - have }, () => new Array<string>(columnCount).fill(""));
    for (const slice of sliceRows(blank, batch.sliceBudget)) {
      await batch.add(slice.bytes + SMALL_OP_BYTES, () => table.rows.add(undefined, slice.rows));
    }
  }
  await queueBlock(sheet, { row: 1, column: 0, rowCount: want, columnCount }, body, batch);
  // Widths, number formats over the new rows, styles, panes, tab colour and print setup; the table stays.
  await queueSheetPlan(sheet, { ...plan, name: shape.sheetName, blocks: [] }, caps, batch, { tableLater: true });
}
