// Excel's errors as AddinError with a Vietnamese message that says what to do next.
import { EXCEL_ERROR_FALLBACK, EXCEL_ERROR_MESSAGES } from "../core/strings/excel";
import { AddinError } from "./actions";

/** Duck-typed so that it holds for OfficeExtension.Error from any copy of office.js (and the test fake). */
function officeErrorCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: unknown };
  return typeof code === "string" && typeof debugInfo === "object" ? code : null;
}

export function isOfficeError(error: unknown, code: string): boolean {
  return officeErrorCode(error) === code;
}

/** AddinErrors pass through; Office errors are explained; anything else is a bug and stays as it is. */
export function toAddinError(error: unknown): unknown {
  if (error instanceof AddinError) return error;
  const code = officeErrorCode(error);
  if (code === null) return error;
  return new AddinError(EXCEL_ERROR_MESSAGES[code] ?? EXCEL_ERROR_FALLBACK, code);
}
