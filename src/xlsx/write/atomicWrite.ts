// Writes a workbook so the target is either the old file or the complete new one, never half of one.
import type ExcelJS from "exceljs";
import { writeFileDurably } from "./durableWrite";
import { fixZipTimes } from "./zipTimes";

export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  await writeFileDurably(path, fixZipTimes(Buffer.from(await workbook.xlsx.writeBuffer())));
}
