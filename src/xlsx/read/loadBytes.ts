// Loads the bytes of an .xlsx file into ExcelJS, whatever wrote it, turning every way it can fail into
// a TrackerReadError. No Node imports: the task pane reads returned workbooks with it in the browser.
import ExcelJS from "exceljs";
import { READ_ERRORS } from "../../core/strings/cli";
import { TrackerReadError } from "./errors";
import { fileSignature } from "./fileSignature";
import { readablePackage } from "./package/readablePackage";

export async function loadWorkbookBytes(bytes: Uint8Array | ArrayBuffer, fileName: string): Promise<ExcelJS.Workbook> {
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
  const workbook = new ExcelJS.Workbook();
  try {
    const readable = (await readablePackage(data)) ?? data;
    // ExcelJS's types say Buffer; it hands the bytes to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
  } catch {
    throw new TrackerReadError("corrupt", READ_ERRORS.corrupt(fileName));
  }
  return workbook;
}
