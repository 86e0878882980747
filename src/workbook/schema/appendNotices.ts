// What adding a plan tells the user beyond the counts, in the same words in the pane and the CLI.
import { APPEND_TEXT } from "../../core/strings/workbook";
import type { AppendPlan } from "./append";

/** One line per obligation kept as one row, and per old one-row row still counted beside new occurrences. */
export function appendNotices(plan: Pick<AppendPlan, "keptWhole" | "stillCounted">): string[] {
  return [
    ...plan.keptWhole.map((o) => APPEND_TEXT.keptWhole(o.id, o.title, o.occurrences)),
    ...plan.stillCounted.map((o) => APPEND_TEXT.stillCounted(o.id, o.title, o.occurrences)),
  ];
}
