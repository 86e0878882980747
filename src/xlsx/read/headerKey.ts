// Matching the task table's headers however a user retyped them: case, diacritics, spaces, punctuation.
import { TASK_HEADERS } from "../../core/strings/vi";
import { foldVietnamese } from "../../core/text";
import { TASK_FIELDS, type CellValue, type TaskField } from "../../core/types";

/** "Tiến độ (%)" → "tiendo"; "MÃ  NV" → "manv". */
export function headerKey(text: string): string {
  return foldVietnamese(text.normalize("NFC")).replace(/[^a-z0-9]/g, "");
}

/** The wordings a tracker's own headers are known by, besides TASK_HEADERS. */
const ALIASES: Partial<Record<TaskField, string[]>> = {
  id: ["Mã nhiệm vụ", "Mã"],
  title: ["Nội dung", "Tên nhiệm vụ"],
  lead: ["Cơ quan chủ trì", "Đơn vị chủ trì thực hiện"],
  partners: ["Cơ quan phối hợp"],
  deadlineText: ["Thời gian hoàn thành", "Thời hạn hoàn thành"],
  due: ["Hạn"],
  extendedDue: ["Gia hạn"],
  progress: ["Tiến độ"],
  doneDate: ["Ngày HT"],
  evidence: ["Kết quả", "Văn bản kết quả"],
  note: ["Ghi chú", "Khó khăn"],
};

const FIELD_BY_KEY: Map<string, TaskField> = (() => {
  const map = new Map<string, TaskField>();
  for (const field of TASK_FIELDS) map.set(headerKey(TASK_HEADERS[field]), field);
  for (const field of TASK_FIELDS) {
    for (const alias of ALIASES[field] ?? []) {
      const key = headerKey(alias);
      if (!map.has(key)) map.set(key, field);
    }
  }
  return map;
})();

export function fieldOfHeader(value: CellValue): TaskField | null {
  if (typeof value !== "string") return null;
  return FIELD_BY_KEY.get(headerKey(value)) ?? null;
}

/** Columns without which a row cannot be a task (domain.md, "The task table"). */
export const REQUIRED_FIELDS: readonly TaskField[] = ["id", "title", "lead", "deadlineText"];
