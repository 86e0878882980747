// Writes a workbook so the target is either the old file or the complete new one, never half of one.
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type ExcelJS from "exceljs";
import { fixZipTimes } from "./zipTimes";

export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const buffer = fixZipTimes(Buffer.from(await workbook.xlsx.writeBuffer()));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, buffer);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
