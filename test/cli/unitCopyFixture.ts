// Unit copies for merge tests, made without `split` (written in parallel): a tracker file of one unit's
// rows plus the hidden "Bản gửi" record of what was sent. Replace by the real split when it lands.
import ExcelJS from "exceljs";
import { basename } from "node:path";
import { canonicalValue } from "../../src/core/roundtrip/canonical";
import { SENT_FIELDS, type SentRecord } from "../../src/core/roundtrip/types";
import type { CellValue, RawRow, TaskField } from "../../src/core/types";
import { buildSentSheet } from "../../src/workbook/roundtrip/sentSheet";
import { readTrackerFile, readTrackerWorkbook } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { writeWorkbookAtomically } from "../../src/xlsx/write/atomicWrite";
import { renderPlan } from "../../src/xlsx/writePlan";

export const TODAY = "2026-07-15";

export async function writeMaster(path: string, rows: RawRow[]): Promise<void> {
  await writeTracker(rows, path, { today: TODAY, reportDate: TODAY });
}

export interface CopyOptions {
  sendId?: string;
  /** Another tracker's id, for a copy that is no return of this master. */
  trackerId?: string;
  /** Rows the unit adds to its copy. */
  extraRows?: RawRow[];
}

/** The copy of `unit`'s rows of the master, as split would send it. */
export async function writeUnitCopy(master: string, unit: string, path: string, options: CopyOptions = {}): Promise<SentRecord> {
  const tracker = await readTrackerFile(master);
  const rows = tracker.rows.filter((row) => row.lead === unit);
  const record: SentRecord = {
    trackerId: options.trackerId ?? tracker.settings.trackerId!,
    unit,
    sentAt: "2026-04-01",
    master: basename(master),
    sendId: options.sendId ?? `G-${unit}`,
    rows: rows.map((row) => ({
      id: String(row.id),
      values: Object.fromEntries(SENT_FIELDS.filter((f) => f !== "id").map((f) => [f, canonicalValue(f, row[f])])),
    })),
  };
  await writeTracker([...rows, ...(options.extraRows ?? [])], path, { today: TODAY, reportDate: TODAY });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  renderPlan(workbook, { sheets: [buildSentSheet(record)], names: [] });
  await writeWorkbookAtomically(workbook, path);
  return record;
}

/** Edits cells of a tracker file (a copy the unit fills in, or the master the planner edits), as Excel would save them. */
export async function editTracker(
  path: string,
  edits: { id: string; field: TaskField; value: CellValue }[],
  savedAt = new Date(Date.UTC(2026, 5, 1, 8)),
): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tracker = readTrackerWorkbook(workbook, basename(path));
  const sheet = workbook.getWorksheet(tracker.sheet)!;
  for (const { id, field, value } of edits) {
    const index = tracker.rows.findIndex((row) => String(row.id) === id);
    if (index < 0) throw new Error(`no row ${id} in ${path}`);
    const cell = sheet.getCell(tracker.cellOf(index, field));
    cell.value = value === undefined ? null : (value as ExcelJS.CellValue);
  }
  workbook.modified = savedAt;
  await workbook.xlsx.writeFile(path);
}
