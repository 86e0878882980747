// The file side of the round trip in the pane: unit copies as .xlsx bytes and returned files read
// and merged. Loaded only when the user builds copies or picks returns (dynamic import), because
// ExcelJS alone outweighs the whole initial pane.
import { mergeReturns, type MergeOutcome } from "../../core/roundtrip/mergeReturns";
import type { ReturnedCopy } from "../../core/roundtrip/types";
import type { IsoDate, TaskField } from "../../core/types";
import type { RoundTripTracker } from "../../excel/actions";
import { columnLetter } from "../../workbook/a1";
import { TrackerReadError } from "../../xlsx/read/errors";
import { loadWorkbookBytes } from "../../xlsx/read/loadBytes";
import { readReturn } from "../../xlsx/read/readReturn";
import type { TrackerFile } from "../../xlsx/read/trackerWorkbook";
import { unitCopyBytes } from "../../xlsx/unitCopyBytes";

/** The open tracker in the shape the file code reads (as if read from the saved workbook). */
export function trackerFileOf(tracker: RoundTripTracker): TrackerFile {
  const columns: Partial<Record<TaskField, number>> = {};
  for (const [field, index] of Object.entries(tracker.columns) as [TaskField, number][]) columns[field] = tracker.firstColumn + index + 1;
  const rowNumbers = tracker.tableRows.map((r) => tracker.headerRow + 1 + r + 1);
  const columnOf = (field: TaskField) => (columns[field] === undefined ? null : columnLetter(columns[field]! - 1));
  return {
    sheet: tracker.sheet,
    headerRow: tracker.headerRow + 1,
    columns,
    columnOf,
    cellOf: (rowIndex, field) => `${columnOf(field ?? "id") ?? columnOf("id") ?? "A"}${rowNumbers[rowIndex]}`,
    rows: tracker.rows,
    rowNumbers,
    extraColumns: tracker.extraColumns,
    extras: tracker.rows.map((_, i) => tracker.extras[i] ?? []),
    settings: tracker.settings,
    catalog: tracker.catalog,
    formulaCells: [],
    findings: [],
  };
}

export interface UnitCopy {
  unit: string;
  fileName: string;
  bytes: Uint8Array;
}

/** One copy per unit, in the given order; `done` after each, for the progress bar. */
export async function buildUnitCopies(
  tracker: RoundTripTracker,
  units: readonly { unit: string; fileName: string }[],
  sentAt: IsoDate,
  done: (count: number) => void,
): Promise<UnitCopy[]> {
  const master = trackerFileOf(tracker);
  const masterName = tracker.fileName || tracker.sheet;
  const copies: UnitCopy[] = [];
  for (const { unit, fileName } of units) {
    copies.push({ unit, fileName, bytes: await unitCopyBytes(master, masterName, unit, { sentAt }) });
    done(copies.length);
  }
  return copies;
}

async function sha256Hex(bytes: Uint8Array): Promise<string | undefined> {
  // The same digest the command line keeps in the ledger, so a file merged there is known here too.
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = new Uint8Array(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

interface OpenedReturn {
  copy: ReturnedCopy;
  unreadable?: string;
}

async function openReturn(file: { name: string; bytes: Uint8Array }): Promise<OpenedReturn> {
  try {
    const workbook = await loadWorkbookBytes(file.bytes, file.name);
    const { copy } = readReturn(workbook, file.name);
    const hash = await sha256Hex(file.bytes);
    if (hash) copy.hash = hash;
    return { copy };
  } catch (error) {
    if (!(error instanceof TrackerReadError)) throw error;
    return { copy: { file: file.name, sent: null, rows: [], proposals: [] }, unreadable: error.message };
  }
}

export interface PaneMerge {
  outcome: MergeOutcome;
}

/** Reads each returned file and merges them all against the open tracker (nothing is written yet). */
export async function mergeReturnFiles(
  tracker: RoundTripTracker,
  files: readonly { name: string; bytes: Uint8Array }[],
  done: (count: number) => void,
): Promise<PaneMerge> {
  const opened: OpenedReturn[] = [];
  for (const file of files) {
    opened.push(await openReturn(file));
    done(opened.length);
  }
  const outcome = mergeReturns({ trackerId: tracker.settings.trackerId, rows: tracker.rows }, opened.map((o) => o.copy), tracker.ledger);
  // A file that could not be read at all is refused as "no return"; say why it could not be read.
  const unreadable = new Map(opened.flatMap((o) => (o.unreadable ? [[o.copy.file, o.unreadable] as const] : [])));
  outcome.refused = outcome.refused.map((r) => (unreadable.has(r.file) && r.reason === "notReturn" ? { ...r, message: unreadable.get(r.file) } : r));
  return { outcome };
}
