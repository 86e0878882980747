// What the user reads when an action fails: our own errors already say what to do next.
import { UI } from "../../core/strings/ui";
import { AddinError } from "../../excel/actions";

export function describeError(error: unknown): string {
  if (error instanceof AddinError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return UI.unexpected(detail);
}
