// A task led by a group becomes, on request, one row per member unit (`7` → `7.1`, `7.2`, …), each
// tracked and rated on its own; the group's row stays. Rows already expanded are found again by their
// lead, so running twice adds nothing, and a member the catalog gains later gets the next number.
import { foldVietnamese } from "../../core/text";
import type { Catalog, RawRow } from "../../core/types";
import { groupMembers } from "../../core/units/groupMembers";
import { NEW_TASK_STATUS, taskId } from "../schema/rows";
import { groupByLead, leadText } from "./unitRows";

export interface ExpandedTask {
  id: string;
  group: string;
  /** Every member row of the task (new and already there). */
  members: { id: string; unit: string }[];
  /** How many of them this expansion adds. */
  added: number;
}

export interface UnexpandableTask {
  id: string;
  title: string;
  group: string;
  reason: "noMembers" | "noId";
}

export interface GroupExpansion {
  /** Member rows to append to the master. */
  added: RawRow[];
  expanded: ExpandedTask[];
  unexpandable: UnexpandableTask[];
}

const key = (text: string) => foldVietnamese(text);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function planGroupExpansion(rows: readonly RawRow[], catalog: Catalog): GroupExpansion {
  const out: GroupExpansion = { added: [], expanded: [], unexpandable: [] };
  const ids = rows.map((row) => taskId(row.id));
  for (const { row: index, group } of groupByLead(rows, catalog).groupTasks) {
    const row = rows[index];
    const id = ids[index];
    const base = { id, title: taskId(row.title), group: group.name };
    const members = groupMembers(catalog, group);
    if (id === "") {
      out.unexpandable.push({ ...base, reason: "noId" });
      continue;
    }
    if (members.length === 0) {
      out.unexpandable.push({ ...base, reason: "noMembers" });
      continue;
    }
    const childId = new RegExp(`^${escape(id)}\\.(\\d+)$`, "i");
    const existing = new Map<string, string>();
    let next = 1;
    rows.forEach((other, i) => {
      const m = childId.exec(ids[i]);
      if (!m) return;
      existing.set(key(leadText(other.lead)), ids[i]);
      next = Math.max(next, Number(m[1]) + 1);
    });
    const task: ExpandedTask = { id, group: group.name, members: [], added: 0 };
    for (const member of members) {
      const held = existing.get(key(member.name));
      if (held) {
        task.members.push({ id: held, unit: member.name });
        continue;
      }
      const memberId = `${id}.${next++}`;
      out.added.push(memberRow(row, memberId, member.name));
      task.members.push({ id: memberId, unit: member.name });
      task.added++;
    }
    out.expanded.push(task);
  }
  return out;
}

/** The group's task for one member: the planner's columns as the group row has them; the unit's start fresh. */
function memberRow(row: RawRow, id: string, unit: string): RawRow {
  return {
    ...row,
    id,
    lead: unit,
    status: NEW_TASK_STATUS,
    progress: null,
    doneDate: null,
    evidence: null,
    note: null,
    state: null,
  };
}
