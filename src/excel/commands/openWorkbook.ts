// Opening a unit copy as a new workbook window: Excel.createWorkbook is ExcelApi 1.8, so older hosts
// (Office 2016, volume-licensed 2016/2019 builds) get the reason and fall back to the download.
import { base64 } from "../../core/remind/base64";
import { UI } from "../../core/strings/ui";
import { AddinError, type OpenWorkbookSupport } from "../actions";
import { toAddinError } from "../errors";

function supported(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.8");
}

export function openWorkbookSupport(): OpenWorkbookSupport {
  return supported() ? { supported: true, reason: null } : { supported: false, reason: UI.roundTrip.noCreateWorkbook };
}

export async function openWorkbook(bytes: Uint8Array): Promise<void> {
  if (!supported()) throw new AddinError(UI.roundTrip.noCreateWorkbook, "ApiNotFound");
  try {
    await Excel.createWorkbook(base64(bytes));
  } catch (error) {
    throw toAddinError(error);
  }
}
