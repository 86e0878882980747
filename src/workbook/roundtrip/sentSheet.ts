// The hidden sheet "Bản gửi" of a unit copy: what was sent (tracker, unit, date, every row's values),
// so that merging its return can tell what the unit changed. Written as plain values in a fixed
// layout: any program that saves the copy keeps it, and the file reader and the add-in read it alike.
import { SENT_FIELDS, type SentRecord, type SentRow } from "../../core/roundtrip/types";
import { SENT_SHEET_TEXT } from "../../core/strings/roundtrip";
import { oneLine } from "../../core/text";
import type { CellValue, TaskField } from "../../core/types";
import { TASK_FIELDS } from "../../core/types";
import type { PlanCell, SheetPlan } from "../plan";

export const SENT_SHEET = SENT_SHEET_TEXT.sheet;

/** First cell of the sheet: marks a unit copy, and the layout version after the colon. */
export const SENT_MARKER = "THEO_DOI_NHIEM_VU_BAN_GUI:1";

/** Rows 2..6 hold key | value (column A a label for people, B the value); the table starts at row 8. */
const META_KEYS = ["trackerId", "unit", "sentAt", "master", "sendId"] as const;
const TABLE_ROW = 8;

export function buildSentSheet(record: SentRecord): SheetPlan {
  const meta: PlanCell[][] = META_KEYS.map((key) => [SENT_SHEET_TEXT.meta[key], record[key]]);
  const header: PlanCell[] = SENT_FIELDS.map((field) => field);
  // Every value as text, even dates and numbers: what was sent is compared as text (canonical form).
  const rows: PlanCell[][] = record.rows.map((row) => SENT_FIELDS.map((field) => (field === "id" ? row.id : (row.values[field] ?? ""))));
  const pad = (cells: PlanCell[]) => [...cells, ...new Array(Math.max(0, SENT_FIELDS.length - cells.length)).fill(null)];
  return {
    name: SENT_SHEET,
    blocks: [
      { topLeft: "A1", rows: [pad([SENT_MARKER, SENT_SHEET_TEXT.note]), ...meta.map(pad), pad([]), header, ...rows] },
    ],
    columns: SENT_FIELDS.map((_, index) => ({ index, width: 14, numberFormat: "@" })),
    styles: [],
    validations: [],
    conditionalFormats: [],
    visibility: "veryHidden",
    protection: { unlocked: [] },
  };
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return oneLine(String(value));
}

/**
 * The record from the sheet's cells (row 1 first, column A first), or null when the cells are no
 * "Bản gửi" record (a file that is not a unit copy, or a record someone broke).
 */
export function readSentCells(cells: readonly (readonly CellValue[])[]): SentRecord | null {
  if (text(cells[0]?.[0]) !== SENT_MARKER) return null;
  const meta = new Map(META_KEYS.map((key, i) => [key, text(cells[1 + i]?.[1])]));
  if (META_KEYS.some((key) => meta.get(key) === "")) return null;
  const header = (cells[TABLE_ROW - 1] ?? []).map(text);
  const columnOf = new Map<TaskField, number>();
  header.forEach((h, c) => {
    if ((TASK_FIELDS as readonly string[]).includes(h)) columnOf.set(h as TaskField, c);
  });
  if (!columnOf.has("id")) return null;
  const rows: SentRow[] = [];
  for (let r = TABLE_ROW; r < cells.length; r++) {
    const line = cells[r] ?? [];
    const id = text(line[columnOf.get("id")!]);
    if (id === "") continue;
    const values: Partial<Record<TaskField, string>> = {};
    for (const [field, c] of columnOf) if (field !== "id") values[field] = text(line[c]);
    rows.push({ id, values });
  }
  return {
    trackerId: meta.get("trackerId")!,
    unit: meta.get("unit")!,
    sentAt: meta.get("sentAt")!,
    master: meta.get("master")!,
    sendId: meta.get("sendId")!,
    rows,
  };
}
