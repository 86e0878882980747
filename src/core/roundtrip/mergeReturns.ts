// Merging units' returned copies into the master, three-way and cell by cell: what was sent (or what
// the same sending said last time), what came back, and what the master holds now. Only the unit's
// columns are ever applied; everything else a return carries is refused and listed, never lost.
import { MERGE_TEXT } from "../strings/merge";
import { matchKey, taskId } from "../tasks/taskId";
import { oneLine } from "../text";
import type { RawRow, TaskField } from "../types";
import { canonicalValue, cellOfCanonical } from "./canonical";
import { saidIndex, saidKey, type Ledger, type MergedReturn, type SaidValue } from "./ledger";
import {
  SENT_FIELDS,
  UNIT_FIELDS,
  type MasterEdit,
  type MergeResult,
  type ProposalRecord,
  type RefusalReason,
  type ReturnedCopy,
  type SentRecord,
} from "./types";

export interface MasterRows {
  trackerId?: string;
  rows: RawRow[];
}

export interface MergeOutcome extends MergeResult {
  /** The ledger after this merge (earlier entries and this merge's), to keep in the master. */
  ledger: Ledger;
  /** Files merged before with exactly these bytes: they bring nothing new. */
  alreadyMerged: string[];
}

const UNIT_SET: ReadonlySet<TaskField> = new Set(UNIT_FIELDS);

/** Row indexes by id key; ids held by more than one row are collected apart. */
function indexRows(rows: readonly RawRow[]): { byId: Map<string, number>; duplicated: Set<string> } {
  const byId = new Map<string, number>();
  const duplicated = new Set<string>();
  rows.forEach((row, i) => {
    const key = matchKey(row.id);
    if (key === "") return;
    if (byId.has(key)) duplicated.add(key);
    else byId.set(key, i);
  });
  return { byId, duplicated };
}

export function mergeReturns(master: MasterRows, returns: readonly ReturnedCopy[], ledger?: Ledger): MergeOutcome {
  const out: MergeOutcome = {
    applied: [],
    conflicts: [],
    refused: [],
    proposals: [],
    edits: [],
    ledger: { returns: [...(ledger?.returns ?? [])], said: [...(ledger?.said ?? [])] },
    alreadyMerged: [],
  };
  // The master as it stands after each return: later returns see earlier ones' edits.
  const now = master.rows.map((row) => new Map<TaskField, string>(SENT_FIELDS.map((f) => [f, canonicalValue(f, row[f])])));
  const masterIndex = indexRows(master.rows);
  const edits = new Map<string, MasterEdit>();

  for (const copy of returns) {
    const refuse = (reason: RefusalReason, id = "", field: TaskField | null = null, value = "", message?: string) =>
      out.refused.push({ file: copy.file, id, field, reason, value, unit: copy.sent?.unit ?? "", ...(message ? { message } : {}) });
    const sent = copy.sent;
    if (!sent) {
      refuse("notReturn");
      continue;
    }
    if (!master.trackerId) {
      refuse("otherTracker", "", null, "", MERGE_TEXT.masterWithoutId);
      continue;
    }
    if (sent.trackerId !== master.trackerId) {
      refuse("otherTracker");
      continue;
    }
    const seen = out.ledger.returns.filter((r) => r.sendId === sent.sendId);
    const exact = copy.hash !== undefined && seen.some((r) => r.hash === copy.hash);
    // Its effects are in the master already; taking it again could only undo what came after it.
    if (exact) {
      out.alreadyMerged.push(copy.file);
      continue;
    }
    if (copy.savedAt && seen.some((r) => r.savedAt !== "" && r.savedAt > copy.savedAt!)) {
      refuse("olderCopy");
      continue;
    }
    const said = mergeCopy(copy, sent, master, now, masterIndex, out, edits, saidIndex(out.ledger.said));
    const entry: MergedReturn = { sendId: sent.sendId, unit: sent.unit, savedAt: copy.savedAt ?? "", hash: copy.hash ?? "", file: copy.file };
    out.ledger.returns.push(entry);
    out.ledger.said.push(...said);
  }
  out.edits = [...edits.values()];
  return out;
}

/** One return's rows against the master; the cells it changed from their base, for the ledger. */
function mergeCopy(
  copy: ReturnedCopy,
  sent: SentRecord,
  master: MasterRows,
  now: Map<TaskField, string>[],
  masterIndex: ReturnType<typeof indexRows>,
  out: MergeOutcome,
  edits: Map<string, MasterEdit>,
  saidBefore: Map<string, string>,
): SaidValue[] {
  const said: SaidValue[] = [];
  const unit = sent.unit;
  const refuse = (reason: RefusalReason, id: string, field: TaskField | null = null, value = "") =>
    out.refused.push({ file: copy.file, id, field, reason, value, unit });
  const sentById = new Map(sent.rows.map((row) => [matchKey(row.id), row]));
  const returned = indexRows(copy.rows);
  for (const key of returned.duplicated) refuse("duplicateId", taskId(copy.rows[returned.byId.get(key)!].id));

  for (const [key, sentRow] of sentById) {
    if (!returned.byId.has(key) && !returned.duplicated.has(key)) refuse("removedRow", sentRow.id);
  }

  copy.rows.forEach((row, i) => {
    const key = matchKey(row.id);
    const id = taskId(row.id);
    if (returned.duplicated.has(key)) return;
    if (returned.byId.get(key) !== i) return;
    const sentRow = sentById.get(key);
    if (!sentRow) {
      refuse("addedRow", id || taskId(row.title));
      return;
    }
    const base = (field: TaskField) => saidBefore.get(saidKey(sent.sendId, key, field)) ?? sentRow.values[field] ?? "";
    const changed = SENT_FIELDS.filter((f) => f !== "id" && f in row && canonicalValue(f, row[f]) !== base(f));
    for (const field of changed) said.push({ sendId: sent.sendId, id: key, field, value: canonicalValue(field, row[field]) });
    if (changed.length === 0) return;

    if (masterIndex.duplicated.has(key)) return refuse("duplicateId", id);
    const m = masterIndex.byId.get(key);
    if (m === undefined) return refuse("notInMaster", id);
    if (matchKey(now[m].get("lead") ?? "") !== matchKey(unit)) return refuse("otherUnit", id);

    for (const field of changed) {
      const r = canonicalValue(field, row[field]);
      const s = base(field);
      const held = now[m].get(field) ?? "";
      if (r === held) continue;
      if (!UNIT_SET.has(field) || !(field in master.rows[m])) {
        refuse("outsideUnitColumns", id, field, r);
      } else if (held === s) {
        out.applied.push({ id, field, from: held, to: r, file: copy.file, unit });
        now[m].set(field, r);
        edits.set(`${m}\u0001${field}`, { row: m, field, value: cellOfCanonical(field, r) });
      } else {
        out.conflicts.push({ id, field, master: held, returned: r, sent: s, file: copy.file, unit });
      }
    }
  });

  for (const proposal of copy.proposals) {
    const key = matchKey(proposal.id);
    const sentRow = sentById.get(key);
    const proposedDue = canonicalValue("extendedDue", proposal.proposedDue);
    const reason = oneLine(proposal.reason ?? "");
    if (proposedDue === "" && reason === "") continue;
    const deadline = sentRow ? sentRow.values.extendedDue || sentRow.values.due || "" : "";
    if (proposedDue === deadline && reason === "") continue;
    const record: ProposalRecord = { id: taskId(proposal.id), proposedDue, reason, file: copy.file, unit };
    out.proposals.push(record);
  }
  return said;
}

