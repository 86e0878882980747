// "Tách nhiệm vụ nhóm" in the pane: the tasks led by a group ("Các bệnh viện tuyến tỉnh") get one row
// per member unit (7.1, 7.2, …), planned by the same engine as `tracker split --expand-groups` and
// appended like any new task (planAppend, whole blocks). Running it again adds nothing.
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../core/strings/excel";
import { planGroupExpansion } from "../../workbook/roundtrip/expandGroups";
import { planAppend } from "../../workbook/schema/append";
import { isBlankRow, taskId } from "../../workbook/schema/rows";
import { AddinError, type ExpandedGroups, type Progress } from "../actions";
import { capabilities } from "../capabilities";
import { runExcel } from "../run";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { appendTaskRows } from "./appendTaskRows";

export function expandGroupTasks(progress?: Progress): Promise<ExpandedGroups> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context);
    const table = requireTable(opened.table);
    const read = await readTracker(context, table, opened.names);
    if (read.columns.id === undefined) throw new AddinError(TRACKER_ERRORS.noIdColumn, "NoIdColumn");
    const rows = read.rows.filter((row) => !isBlankRow(row));
    const expansion = planGroupExpansion(rows, read.catalog);
    // The same gate as every append: a member row whose Mã NV another task took meanwhile gets a new one, never lost.
    const appended = planAppend(rows, expansion.added);
    if (appended.added.length > 0) await appendTaskRows(context, table, read, appended.added, caps, progress);
    progress?.(1, PROGRESS_TEXT.done);
    const fresh = new Set(expansion.added.map((row) => taskId(row.id)));
    const expanded = expansion.expanded.map((task) => ({ ...task, addedMembers: task.members.filter((m) => fresh.has(m.id)) }));
    return { added: appended.added.length, expanded, unexpandable: expansion.unexpandable, renamed: appended.renamed };
  });
}
