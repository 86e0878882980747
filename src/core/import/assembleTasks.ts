// Drafts to tasks: ids from the directive's own numbering, the heading as title where the heading
// is the task, one task per content item when leads are split by content.
import type { ImportedTask } from "../types";
import type { Draft } from "./draft";
import { joinItems } from "./draft";
import { DeadlineReader, finishTask } from "./finishTask";
import { findInlineDeadline } from "./inlineDeadline";
import type { UnitResolver } from "./resolveUnits";
import type { HeadingNode } from "./sections";
import { sectionNumber, sectionText } from "./sections";
import { contentItems, readLeadItem } from "./severalLeads";

export interface AssembleOptions {
  units: UnitResolver;
  planYear?: number;
}

export interface Assembled {
  tasks: ImportedTask[];
  unplaced: string[];
}

function isTask(d: Draft): boolean {
  const hasUnits = d.lead.length + d.partners.length + d.outsidePartners.length > 0;
  return hasUnits || joinItems(d.title) !== "";
}

export function assembleTasks(drafts: Draft[], options: AssembleOptions): Assembled {
  const unplaced: string[] = [];
  const kept = drafts.filter((d) => {
    if (isTask(d)) return true;
    unplaced.push(...d.source);
    return false;
  });
  fillAsAbove(kept);
  const byNode = new Map<HeadingNode | null, Draft[]>();
  const ordinal = new Map<Draft, number>();
  for (const d of kept) {
    const list = byNode.get(d.node) ?? [];
    if (list.length === 0) byNode.set(d.node, list);
    list.push(d);
    ordinal.set(d, list.length);
  }
  // A heading is the task itself only where every heading of its level holds one task: a level
  // where some heading groups several tasks is a level of groups, even when a group holds just one.
  const groupLevels = new Set<string>();
  for (const [node, list] of byNode) if (node && list.length > 1) groupLevels.add(node.kind);

  // "1. <task>. <another task>.": the numbered line holds its tasks, it heads no section of theirs.
  const lineOfItsOwn = (d: Draft) => d.headingLine && (byNode.get(d.node) as Draft[]).every((o) => o.headingLine);
  const alone = (d: Draft) => d.headingOwned && d.node !== null && (byNode.get(d.node) as Draft[]).length === 1;
  // A heading whose task has no title of its own is that task's name, whatever its level.
  const namesTask = (d: Draft) => alone(d) && joinItems(d.title) === "";
  const isOwned = (d: Draft) =>
    alone(d) && (d.headingLine || namesTask(d) || !groupLevels.has((d.node as HeadingNode).kind));
  // Tasks numbered 1, 2, ... 40 straight through the groups: the number alone names the task.
  const ownNumbers = kept.map((d) => d.ownNumber || (isOwned(d) ? (d.node as HeadingNode).number : ""));
  const groups = new Set(kept.map((d) => (isOwned(d) ? (d.node as HeadingNode).parent : d.node)));
  const numberedThrough =
    groups.size > 1 && ownNumbers.every((n) => /^\d+$/.test(n)) && new Set(ownNumbers).size === ownNumbers.length;

  const tasks: ImportedTask[] = [];
  const deadlines = new DeadlineReader();
  let sequence = 0;
  const nextSequential = () => `NV${String(++sequence).padStart(2, "0")}`;
  kept.forEach((d, index) => {
    const owned = isOwned(d);
    let title = joinItems(d.title);
    const titleIsHeading = namesTask(d);
    if (titleIsHeading) title = (d.node as HeadingNode).text;
    const section = sectionText(d.node, titleIsHeading || (owned && d.headingLine) || lineOfItsOwn(d) ? d.node : null);
    if (d.deadline.length === 0) {
      // No deadline field, but the task line names one: "Báo cáo sơ kết (trước ngày 15/6/2026)".
      const inline = findInlineDeadline(title, true);
      if (inline) {
        d.deadline.push(inline.deadline);
        title = inline.rest;
      }
    }
    const path = sectionNumber(d.node);
    let id: string;
    if (numberedThrough) id = ownNumbers[index];
    else if (d.ownNumber) id = joinNumber(path, d.ownNumber);
    else if (owned && path) id = path;
    else if (path) id = `${path}.${ordinal.get(d)}`;
    else id = nextSequential();

    const finish = (parts: { id: string; title: string; leads?: string[]; extraPartners?: string[] }) =>
      tasks.push(finishTask({ ...parts, section, draft: d }, options.units, deadlines, options.planYear));

    // One lead per content item, as bullets or on one line separated by ";".
    const leadItems = d.lead.flatMap((item) => item.split(/;\s*(?=\S)/)).map(readLeadItem);
    const contents = leadItems.length > 1 && leadItems.some((i) => i.refs.length > 0) ? contentItems(title) : null;
    if (!contents) {
      finish({ id, title });
      return;
    }
    for (const [key, text] of contents.items) {
      const owner = leadItems.find((i) => i.refs.includes(key));
      finish({
        id: `${id}(${key})`,
        title: contents.prefix ? `${contents.prefix}: ${text}` : text,
        leads: owner ? [owner.lead] : [],
        extraPartners: owner?.partners ?? [],
      });
    }
  });
  return { tasks: uniqueIds(tasks), unplaced };
}

// "Như trên", "-nt-": the same as the task above (a table's lead or partner cell, a label's value).
const AS_ABOVE = /^[\s(\-–]*(?:như\s+trên|nt)[\s).\-–]*$/iu;

function fillAsAbove(drafts: Draft[]): void {
  const fields = ["lead", "partners", "product", "deadline"] as const;
  drafts.forEach((d, i) => {
    if (i === 0) return;
    const above = drafts[i - 1];
    for (const field of fields) {
      if (d[field].length === 1 && AS_ABOVE.test(d[field][0])) d[field] = [...above[field]];
    }
  });
}

/** "II.1" + "1.2" → "II.1.2": an own number that already repeats its group's number is not doubled. */
function joinNumber(path: string, own: string): string {
  if (!path) return own;
  const parts = path.split(".");
  // "II.4.1" + "4.1.1": the own number repeats the group's whole Arabic tail, not only its last part.
  for (let k = 0; k < parts.length; k++) {
    if (own.startsWith(`${parts.slice(k).join(".")}.`)) return [...parts.slice(0, k), own].join(".");
  }
  return `${path}.${own}`;
}

function uniqueIds(tasks: ImportedTask[]): ImportedTask[] {
  const seen = new Map<string, number>();
  return tasks.map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    return n === 1 ? t : { ...t, id: `${t.id}-${n}` };
  });
}
