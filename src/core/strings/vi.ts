// Every user-facing label of the core in one place, so an English table can follow.
import type { State, TaskField } from "../types";

export const TASK_HEADERS: Record<TaskField, string> = {
  id: "Mã NV",
  source: "Văn bản giao",
  section: "Nhóm nhiệm vụ",
  month: "Tháng",
  title: "Nội dung nhiệm vụ",
  product: "Sản phẩm",
  lead: "Đơn vị chủ trì",
  partners: "Đơn vị phối hợp",
  leader: "Lãnh đạo phụ trách",
  deadlineText: "Thời hạn",
  due: "Hạn hoàn thành",
  extendedDue: "Hạn điều chỉnh",
  status: "Tình trạng",
  progress: "Tiến độ (%)",
  doneDate: "Ngày hoàn thành",
  evidence: "Kết quả / văn bản",
  note: "Ghi chú / khó khăn",
  state: "Đánh giá",
};

export const STATE_LABELS: Record<State, string> = {
  doneOnTime: "Hoàn thành đúng hạn",
  doneLate: "Hoàn thành quá hạn",
  inProgress: "Trong hạn",
  dueSoon: "Sắp đến hạn",
  overdue: "Quá hạn",
  ongoing: "Thường xuyên",
};

/** The official labels (Nghị định 335/2025/NĐ-CP); `unrated`: a unit with nothing due yet, not a zero. */
export const RATING_LABELS = {
  excellent: "Hoàn thành xuất sắc nhiệm vụ",
  good: "Hoàn thành tốt nhiệm vụ",
  done: "Hoàn thành nhiệm vụ",
  notDone: "Không hoàn thành nhiệm vụ",
  unrated: "Chưa đánh giá",
} as const;

/** A rating computed while rows still have check errors: "Hoàn thành tốt nhiệm vụ (tạm tính)". */
export function provisionalRating(label: string): string {
  return `${label} (tạm tính)`;
}
