// Pure logic behind the Gửi & nhận tab: which units get a copy, what the copies are called, the merge
// preview as lists, and the conflicts the user chose to take from the unit turned into edits.
import { cellOfCanonical } from "../../core/roundtrip/canonical";
import type { AppliedChange, Conflict, MasterEdit, MergeResult } from "../../core/roundtrip/types";
import { uniqueFileNames } from "../../core/fileNames";
import { TASK_HEADERS } from "../../core/strings/vi";
import { compareVi, foldVietnamese, oneLine } from "../../core/text";
import type { Catalog, CellValue, IsoDate, RawRow, TaskField } from "../../core/types";
import { groupByLead } from "../../workbook/roundtrip/unitRows";
import { reminderText } from "../../core/remind/reminderText";
import { remindersByUnit } from "../../core/remind/reminders";
import type { UnitReminder } from "../../core/remind/types";
import { readTask } from "../../core/tasks/readTask";

export interface UnitToSend {
  unit: string;
  tasks: number;
}

export interface SendList {
  units: UnitToSend[];
  /** Tasks led by a group of units ("Các phòng, đơn vị trực thuộc Sở"): no single unit gets them. */
  groupTasks: number;
  noLead: number;
}

/** The lead units in Vietnamese order with their task counts, as the split makes one copy each. */
export function unitsToSend(rows: readonly RawRow[], catalog: Catalog): SendList {
  const groups = groupByLead(rows, catalog);
  return {
    units: groups.units.map((u) => ({ unit: u.unit, tasks: u.rows.length })).sort((a, b) => compareVi(a.unit, b.unit)),
    groupTasks: groups.groupTasks.length,
    noLead: groups.noLead.length,
  };
}

/**
 * File names of the copies, one per unit, in the units' order: plain ASCII (mail programs and old
 * Windows shares mangle Vietnamese letters in attachment names), the sending date, never two alike.
 */
export function copyFileNames(units: readonly string[], sentAt: IsoDate): string[] {
  return uniqueFileNames([...units], `_${sentAt}.xlsx`, "Don-vi");
}

/** The first `limit` items and how many are left out, so a long list stays compact. */
export function firstOf<T>(items: readonly T[], limit: number): { shown: T[]; rest: number } {
  return { shown: items.slice(0, limit), rest: Math.max(0, items.length - limit) };
}

export function conflictKey(c: Pick<Conflict, "id" | "field" | "file">): string {
  return `${c.file}\u0001${c.id}\u0001${c.field}`;
}

/** The header a field goes by in this tracker (the user may have reworded it), else the standard one. */
export function columnHeader(field: TaskField | null, headers: readonly CellValue[], columns: Partial<Record<TaskField, number>>): string {
  if (field === null) return "";
  const index = columns[field];
  const header = index === undefined ? null : headers[index];
  return typeof header === "string" && header.trim() !== "" ? oneLine(header) : TASK_HEADERS[field];
}

const idKey = (value: CellValue): string =>
  value === null || value === undefined || value instanceof Date ? "" : foldVietnamese(oneLine(String(value)));

/**
 * The merge with the chosen conflicts decided for the unit: each becomes an edit of its master cell
 * and an applied change (from the master's value), so that the Đối chiếu sheet records what was
 * written. Conflicts whose task the master no longer holds once stay conflicts.
 */
export function takeFromUnit(result: MergeResult, chosen: ReadonlySet<string>, rows: readonly RawRow[]): MergeResult {
  if (chosen.size === 0) return result;
  const rowOf = new Map<string, number>();
  const twice = new Set<string>();
  rows.forEach((row, i) => {
    const key = idKey(row.id);
    if (key === "") return;
    if (rowOf.has(key)) twice.add(key);
    else rowOf.set(key, i);
  });
  const edits = new Map<string, MasterEdit>(result.edits.map((e) => [`${e.row}\u0001${e.field}`, e]));
  const applied: AppliedChange[] = [...result.applied];
  const conflicts: Conflict[] = [];
  for (const c of result.conflicts) {
    const row = rowOf.get(idKey(c.id));
    if (!chosen.has(conflictKey(c)) || row === undefined || twice.has(idKey(c.id))) {
      conflicts.push(c);
      continue;
    }
    edits.set(`${row}\u0001${c.field}`, { row, field: c.field, value: cellOfCanonical(c.field, c.returned) });
    applied.push({ id: c.id, field: c.field, from: c.master, to: c.returned, file: c.file, unit: c.unit });
  }
  return { ...result, applied, conflicts, edits: [...edits.values()] };
}

export interface PreviewItem {
  key: string;
  id: string;
  column: string;
  /** What happens to the cell, in words. */
  detail: string;
  file: string;
}

export interface Preview {
  applied: PreviewItem[];
  conflicts: (PreviewItem & { conflict: Conflict })[];
  refused: PreviewItem[];
  proposals: PreviewItem[];
}

export interface PreviewText {
  change: (from: string, to: string) => string;
  conflict: (master: string, returned: string) => string;
  proposal: (due: string, reason: string) => string;
  refusal: (reason: string, message: string | undefined, value: string) => string;
}

/** The merge result as four lists for the pane, each item with Mã NV, column header, values and file. */
export function previewOf(result: MergeResult, header: (field: TaskField | null) => string, text: PreviewText): Preview {
  return {
    applied: result.applied.map((a, i) => ({ key: `a${i}`, id: a.id, column: header(a.field), detail: text.change(a.from, a.to), file: a.file })),
    conflicts: result.conflicts.map((c) => ({
      key: conflictKey(c),
      id: c.id,
      column: header(c.field),
      detail: text.conflict(c.master, c.returned),
      file: c.file,
      conflict: c,
    })),
    refused: result.refused.map((r, i) => ({
      key: `r${i}`,
      id: r.id,
      column: header(r.field),
      detail: text.refusal(r.reason, r.message, r.value),
      file: r.file,
    })),
    proposals: result.proposals.map((p, i) => ({ key: `p${i}`, id: p.id, column: "", detail: text.proposal(p.proposedDue, p.reason), file: p.file })),
  };
}


export interface ReminderEntry {
  reminder: UnitReminder;
  text: string;
}

/** Per unit with something overdue or due soon as of the tracker's report date, the reminder and its text. */
export function remindersOf(tracker: { rows: readonly RawRow[]; settings: { asOf: IsoDate; windowDays: number }; catalog: Catalog }): ReminderEntry[] {
  const tasks = tracker.rows.map((row) => readTask(row, { asFormulas: true }));
  const { asOf, windowDays } = tracker.settings;
  return remindersByUnit(tasks, { asOf, windowDays, catalog: tracker.catalog }).map((reminder) => ({ reminder, text: reminderText(reminder, asOf) }));
}
