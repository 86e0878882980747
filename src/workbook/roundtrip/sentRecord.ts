// What a unit copy records of its sending: each row's canonical values and an id for this sending, so
// two sendings to the same unit (a copy re-sent in June) are told apart, and the same sending is not.
import { canonicalValue } from "../../core/roundtrip/canonical";
import { SENT_FIELDS, type SentRecord, type SentRow } from "../../core/roundtrip/types";
import type { IsoDate, RawRow, TaskField } from "../../core/types";
import { taskId } from "../schema/rows";
import { hash64 } from "../schema/trackerId";

export function sentRows(rows: readonly RawRow[]): SentRow[] {
  return rows.map((row) => {
    const values: Partial<Record<TaskField, string>> = {};
    for (const field of SENT_FIELDS) if (field !== "id") values[field] = canonicalValue(field, row[field] ?? null);
    return { id: taskId(row.id), values };
  });
}

export interface SentRecordInput {
  trackerId: string;
  unit: string;
  sentAt: IsoDate;
  master: string;
  rows: readonly RawRow[];
}

export function sentRecord(input: SentRecordInput): SentRecord {
  const rows = sentRows(input.rows);
  const sendId = hash64([input.trackerId, input.unit, input.sentAt, JSON.stringify(rows)].join("\u0001"));
  return { trackerId: input.trackerId, unit: input.unit, sentAt: input.sentAt, master: input.master, sendId, rows };
}
