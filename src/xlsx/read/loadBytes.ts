// Loads the bytes of an .xlsx file into ExcelJS, whatever wrote it, turning every way it can fail into
// a TrackerReadError. No Node imports: the task pane reads returned workbooks with it in the browser.
import ExcelJS from "exceljs";
import { READ_ERRORS } from "../../core/strings/cli";
import { TrackerReadError } from "./errors";
import { fileSignature } from "./fileSignature";
import { checkPackageLimits, isOutOfMemory, tooBig } from "./packageLimits";
import { readablePackage } from "./package/readablePackage";
import { withoutSheets } from "./package/withoutSheets";

export interface LoadOptions {
  /** Sheets whose cells the caller never reads (loaded empty, to save memory on big trackers). */
  skipSheets?: readonly string[];
}

export async function loadWorkbookBytes(bytes: Uint8Array | ArrayBuffer, fileName: string, options: LoadOptions = {}): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  switch (fileSignature(data)) {
    case "empty":
      throw new TrackerReadError("empty", READ_ERRORS.empty(fileName));
    case "encrypted":
      throw new TrackerReadError("encrypted", READ_ERRORS.passwordProtected(fileName));
    case "xls":
      throw new TrackerReadError("oldXls", READ_ERRORS.oldXls(fileName));
    case "cfb":
      throw new TrackerReadError("encrypted", READ_ERRORS.encrypted(fileName));
    case "other":
      throw new TrackerReadError("notXlsx", READ_ERRORS.notXlsx(fileName));
    case "zip":
      break;
  }
  // Before ExcelJS, which holds every cell in memory: a file too big is refused as too big, in a moment.
  await checkPackageLimits(data, fileName);
  const workbook = new ExcelJS.Workbook();
  try {
    const trimmed = (await withoutSheets(data, options.skipSheets ?? [])) ?? data;
    const readable = (await readablePackage(trimmed)) ?? trimmed;
    // ExcelJS's types say Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  } catch (error) {
    if (isOutOfMemory(error)) throw tooBig(fileName, "memory");
    throw new TrackerReadError("corrupt", READ_ERRORS.corrupt(fileName));
  }
  return workbook;
}
