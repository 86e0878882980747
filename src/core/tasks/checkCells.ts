// Cell hygiene: Excel error values and stray spaces, in any column.
import { TASK_HEADERS } from "../strings/vi";
import { CHECK_MESSAGES, FIX_LABELS } from "../strings/checks";
import { TASK_FIELDS } from "../types";
import { tidyText } from "./cells";
import { report, type RowContext } from "./rowContext";

const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

/** Columns whose text is compared or grouped, where an invisible space changes the result. */
const TEXT_FIELDS = [
  "id", "source", "section", "title", "product", "lead", "partners", "leader", "deadlineText", "status", "evidence", "note",
] as const;

export function checkCells(ctx: RowContext): void {
  for (const field of TASK_FIELDS) {
    const value = ctx.raw[field];
    if (typeof value === "string" && value.includes("#") && EXCEL_ERROR.test(value.trim())) {
      report(ctx, "cell-error", field, CHECK_MESSAGES.cellError(TASK_HEADERS[field], value.trim()));
    }
  }
  for (const field of TEXT_FIELDS) {
    const value = ctx.raw[field];
    if (typeof value !== "string") continue;
    const cleaned = tidyText(value, true);
    if (cleaned !== value) {
      report(ctx, "spaces", field, CHECK_MESSAGES.spaces(TASK_HEADERS[field]), {
        value: cleaned,
        label: FIX_LABELS.removeSpaces(),
      });
    }
  }
}
