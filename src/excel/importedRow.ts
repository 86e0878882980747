// An imported task as the row it becomes in the tracker; the unit fills in status and progress later.
import { STATUSES, type ImportedTask, type RawRow } from "../core/types";

export function importedRow(task: ImportedTask): RawRow {
  return {
    id: task.id,
    section: task.section,
    title: task.title,
    product: task.product,
    lead: task.lead,
    partners: task.partners.join("; "),
    deadlineText: task.deadlineText,
    due: task.due,
    status: STATUSES[0],
  };
}
