import { readDateCell } from "../dates";
import { STATUSES, type CellValue, type IsoDate, type RawRow, type Status, type Task } from "../types";
import { readLine, readMonth, readMultiline, readNumber, readStatus } from "./cells";

export interface ReadTaskOptions {
  /**
   * Read the judged cells as the workbook's formulas read them, so that judging and summarising a
   * sheet gives what its Đánh giá and Tổng hợp show: a date only when the cell holds a real date (a
   * date or a serial number; text such as "30/6/2026" is blank, as N() makes it), and a status only
   * when it equals a label but for case and the spaces TRIM removes ("hoan thanh" is no status).
   * Without it, cells are read leniently, as the checks need in order to flag such cells and offer fixes.
   */
  asFormulas?: boolean;
}

/** Interprets a raw sheet row (serial dates, text dates, numbers as text, stray spaces). */
export function readTask(raw: RawRow, options: ReadTaskOptions = {}): Task {
  const date = options.asFormulas ? realDate : (value: CellValue) => readDateCell(value).date;
  return {
    id: readLine(raw.id),
    source: readMultiline(raw.source),
    section: readLine(raw.section),
    month: readMonth(raw.month),
    title: readMultiline(raw.title),
    product: readMultiline(raw.product),
    lead: readLine(raw.lead),
    partners: readMultiline(raw.partners)
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter((p) => p !== ""),
    leader: readLine(raw.leader),
    deadlineText: readLine(raw.deadlineText),
    due: date(raw.due),
    extendedDue: date(raw.extendedDue),
    status: options.asFormulas ? formulaStatus(raw.status) : (readStatus(raw.status) ?? ""),
    progress: readNumber(raw.progress),
    doneDate: date(raw.doneDate),
    evidence: readMultiline(raw.evidence),
    note: readMultiline(raw.note),
  };
}

function realDate(value: CellValue): IsoDate | null {
  return value instanceof Date || typeof value === "number" ? readDateCell(value).date : null;
}

const STATUS_BY_LOWER = new Map<string, Status>(STATUSES.map((s) => [s.toLowerCase(), s]));

/** TRIM(cell)=label: TRIM drops plain spaces (not others) at the ends and collapses runs inside; = ignores case. */
export function formulaStatus(value: CellValue): Status | "" {
  if (typeof value !== "string") return "";
  const trimmed = value.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
  return STATUS_BY_LOWER.get(trimmed.toLowerCase()) ?? "";
}
