// The round trip's shapes: what a unit was sent, what it returned, and what merging made of it.
import { TASK_FIELDS, type CellValue, type IsoDate, type RawRow, type TaskField } from "../types";

/** The columns a unit fills in; every other column of its copy is the planner's, protected. */
export const UNIT_FIELDS = ["status", "progress", "doneDate", "evidence", "note"] as const satisfies readonly TaskField[];
export type UnitField = (typeof UNIT_FIELDS)[number];

/** The task fields a unit copy keeps a record of (all but Đánh giá, which is a formula). */
export const SENT_FIELDS: readonly TaskField[] = TASK_FIELDS.filter((field) => field !== "state");

/** One task as it was sent: each field's canonical value (src/core/roundtrip/canonical.ts). */
export interface SentRow {
  id: string;
  values: Partial<Record<TaskField, string>>;
}

/** What a unit copy remembers of its sending (hidden sheet "Bản gửi" of the copy). */
export interface SentRecord {
  /** MaSoTheoDoi of the master it was split from. */
  trackerId: string;
  /** The lead unit the copy is for, as the master writes it. */
  unit: string;
  sentAt: IsoDate;
  /** File name of the master (for people; identity is trackerId). */
  master: string;
  /** Identity of this sending: the same unit may be sent copies more than once a year. */
  sendId: string;
  rows: SentRow[];
}

/** A unit's request to move a deadline (the copy's "Đề xuất hạn mới" and "Lý do đề xuất" columns). */
export interface ExtensionProposal {
  id: string;
  proposedDue: CellValue;
  reason: string;
}

/** A returned copy, read by an adapter. */
export interface ReturnedCopy {
  /** File name, for the report. */
  file: string;
  /** null: the file is no unit copy (no "Bản gửi" record), or its record is unreadable. */
  sent: SentRecord | null;
  /** The copy's task rows as the unit left them. */
  rows: RawRow[];
  proposals: ExtensionProposal[];
  /** When the file was last saved, from its properties, when it says. */
  savedAt?: string;
  /** Digest of the file's bytes: the same file merged again is known as such. */
  hash?: string;
}

export interface AppliedChange {
  id: string;
  field: TaskField;
  from: string;
  to: string;
  file: string;
  unit: string;
}

export interface Conflict {
  id: string;
  field: TaskField;
  /** The master's value, kept. */
  master: string;
  returned: string;
  /** What was sent, for the person resolving it. */
  sent: string;
  file: string;
  unit: string;
}

export type RefusalReason =
  | "notReturn" // the file is no unit copy
  | "otherTracker" // a copy of another tracker
  | "outsideUnitColumns" // a planner's column changed: a proposal, not a fact
  | "addedRow" // a row the unit added
  | "removedRow" // a row sent but missing from the return (the master keeps it)
  | "otherUnit" // the task is now another unit's
  | "notInMaster" // the task is no longer in the master
  | "duplicateId" // the Mã NV is on two rows of the master or of the return
  | "olderCopy"; // an older save of a copy whose newer save was merged already

export interface Refusal {
  file: string;
  id: string;
  field: TaskField | null;
  reason: RefusalReason;
  /** The returned value that was not applied, when there is one. */
  value: string;
  unit: string;
  /** A sentence that says more than the reason's own text (e.g. why the file could not be read). */
  message?: string;
}

export interface ProposalRecord {
  id: string;
  proposedDue: string;
  reason: string;
  file: string;
  unit: string;
}

/** A change to write into the master: row index into the master's rows, field, value as a cell. */
export interface MasterEdit {
  row: number;
  field: TaskField;
  value: CellValue;
}

export interface MergeResult {
  applied: AppliedChange[];
  conflicts: Conflict[];
  refused: Refusal[];
  proposals: ProposalRecord[];
  edits: MasterEdit[];
}
