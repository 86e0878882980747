// The task table's headers, however a user or another tool retyped them, mapped to the stable field
// keys: one map for the add-in and the file reader, so both read the same trackers the same way.
import { TASK_HEADERS } from "../../core/strings/vi";
import { foldVietnamese } from "../../core/text";
import { TASK_FIELDS, type CellValue, type TaskField } from "../../core/types";

/** "Tiến độ (%)" → "tiendo"; "MÃ  NV" → "manv". */
export function headerKey(text: string): string {
  return foldVietnamese(text.normalize("NFC")).replace(/[^a-z0-9]/g, "");
}

/** The wordings a tracker's own headers are known by, besides TASK_HEADERS. */
export const HEADER_ALIASES: Partial<Record<TaskField, readonly string[]>> = {
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
    for (const alias of HEADER_ALIASES[field] ?? []) {
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

/** 0-based column of each field, by position in `headers`; the first column with a field's header wins. */
export type FieldColumns = Partial<Record<TaskField, number>>;

export function fieldColumns(headers: readonly CellValue[]): FieldColumns {
  const columns: FieldColumns = {};
  headers.forEach((header, index) => {
    const field = fieldOfHeader(header);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
