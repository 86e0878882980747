// Vietnamese text of the round trip's records: the hidden "Bản gửi" sheet and the reasons a returned
// value is not applied (merge report, "Đối chiếu" sheet, task pane).
import type { RefusalReason } from "../roundtrip/types";

export const SENT_SHEET_TEXT = {
  sheet: "Bản gửi",
  note: "Bản ghi những gì đã gửi cho đơn vị, để khi nhận lại biết đơn vị đã sửa gì. Không sửa, không xoá sheet này.",
  meta: {
    trackerId: "Mã sổ theo dõi",
    unit: "Đơn vị",
    sentAt: "Ngày gửi",
    master: "Tệp sổ theo dõi gốc",
    sendId: "Mã lần gửi",
  },
} as const;

export const REFUSAL_TEXT: Record<RefusalReason, string> = {
  notReturn: "Tệp không phải bản gửi đơn vị của sổ theo dõi (không có sheet “Bản gửi”): không nhận gì từ tệp này.",
  otherTracker: "Tệp là bản gửi của một sổ theo dõi khác (mã sổ khác): không nhận gì từ tệp này.",
  outsideUnitColumns:
    "Đơn vị sửa cột không thuộc phần đơn vị cập nhật: không áp dụng; coi là đề xuất để người lập kế hoạch xem xét.",
  addedRow: "Dòng do đơn vị tự thêm: không thêm vào sổ; nếu là nhiệm vụ mới, người lập kế hoạch thêm vào sổ gốc.",
  removedRow: "Dòng đã gửi nhưng không còn trong tệp gửi lại: sổ gốc giữ nguyên nhiệm vụ này.",
  otherUnit: "Nhiệm vụ nay do đơn vị khác chủ trì trong sổ gốc: không nhận cập nhật của đơn vị này.",
  notInMaster: "Nhiệm vụ không còn trong sổ gốc: không áp dụng.",
  duplicateId: "Mã NV trùng ở hai dòng (trong sổ gốc hoặc tệp gửi lại): không biết cập nhật dòng nào, không áp dụng.",
  olderCopy: "Tệp này lưu trước một bản của cùng đơn vị, cùng lần gửi đã được nhận: không để bản cũ ghi đè số liệu mới hơn.",
};

/** The two columns a unit copy adds after Đánh giá, for the unit to ask for a new deadline. */
export const PROPOSAL_HEADERS = {
  proposedDue: "Đề xuất hạn mới",
  reason: "Lý do đề xuất",
} as const;
