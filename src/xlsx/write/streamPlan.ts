// A whole new workbook from a plan through ExcelJS's streamed writer: rows go to the zip as they are
// made, so a 50,000-task tracker never exists as ExcelJS cells all at once (the in-memory writer
// holds every cell, then a copy of each as a model, then the XML, and peaked past 4 GB). ExcelJS
// cannot stream tables or the recalculate-on-open flag: tableParts.ts adds them to the zip after.
import { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { TablePlan, WorkbookPlan } from "../../workbook/plan";
import { addTableParts } from "./tableParts";
import { streamSheet, type StreamedWorkbook } from "./streamSheet";
import { FIXED_DATE, WRITER_NAME } from "./renderPlan";

export async function streamPlanToBytes(plan: WorkbookPlan): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  workbook.creator = WRITER_NAME;
  workbook.lastModifiedBy = WRITER_NAME;
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const tables: { sheetId: number; table: TablePlan }[] = [];
  for (const sheetPlan of plan.sheets) {
    const sheetId = streamSheet(workbook as unknown as StreamedWorkbook, sheetPlan);
    if (sheetPlan.table) tables.push({ sheetId, table: sheetPlan.table });
  }
  for (const name of plan.names) workbook.definedNames.add(name.refersTo, name.name);
  await workbook.commit();
  return addTableParts(Buffer.concat(chunks), tables);
}
