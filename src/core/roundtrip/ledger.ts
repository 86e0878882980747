// What earlier merges took in, kept in the master: which saves of which sending were merged, and what
// each merged return said. A unit often sends the same copy again a month later; the cells it said
// last time, not the values first sent, are then the base of the three-way comparison, or its own
// earlier return would look like the master's change and every update would be a conflict.
import type { TaskField } from "../types";

export interface MergedReturn {
  sendId: string;
  unit: string;
  /** When the file was saved, from its properties ("" when it did not say). */
  savedAt: string;
  hash: string;
  file: string;
}

/** A cell a merged return changed from its base: the base of the next return of the same sending. */
export interface SaidValue {
  sendId: string;
  id: string;
  field: TaskField;
  value: string;
}

export interface Ledger {
  returns: MergedReturn[];
  said: SaidValue[];
}

export const EMPTY_LEDGER: Ledger = { returns: [], said: [] };

export function saidKey(sendId: string, id: string, field: TaskField): string {
  return `${sendId}\u0001${id}\u0001${field}`;
}

/** The latest value each (sending, task, field) was said to hold. */
export function saidIndex(said: readonly SaidValue[]): Map<string, string> {
  return new Map(said.map((s) => [saidKey(s.sendId, s.id, s.field), s.value]));
}
