// What "Tách nhiệm vụ nhóm" says afterwards: how many rows were added and for which group tasks,
// what an earlier run had already added, and what could not be expanded and why.
import { UI } from "../../core/strings/ui";
import type { ExpandedGroups } from "../../excel/actions";

const T = UI.roundTrip.expand;

export function expansionLines(result: ExpandedGroups): string[] {
  const grown = result.expanded.filter((t) => t.addedMembers.length > 0);
  const lines: string[] = [];
  if (result.added > 0) lines.push(T.added(result.added, grown.length));
  else lines.push(result.expanded.length + result.unexpandable.length > 0 ? T.none : T.noGroups);
  for (const task of grown) lines.push(T.task(task.id, task.group, task.addedMembers));
  for (const task of result.expanded) if (task.addedMembers.length === 0) lines.push(T.held(task.id, task.group, task.members.length));
  for (const task of result.unexpandable) lines.push(task.reason === "noId" ? T.noId(task.title, task.group) : T.noMembers(task.id, task.group));
  for (const r of result.renamed) lines.push(T.renamed(r.from, r.to));
  return lines;
}
