import { readDateCell } from "../dates";
import type { RawRow, Task } from "../types";
import { readLine, readMonth, readMultiline, readNumber, readStatus } from "./cells";

/** Interprets a raw sheet row (serial dates, text dates, numbers as text, stray spaces). */
export function readTask(raw: RawRow): Task {
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
    due: readDateCell(raw.due).date,
    extendedDue: readDateCell(raw.extendedDue).date,
    status: readStatus(raw.status) ?? "",
    progress: readNumber(raw.progress),
    doneDate: readDateCell(raw.doneDate).date,
    evidence: readMultiline(raw.evidence),
    note: readMultiline(raw.note),
  };
}
