// Vietnamese text of the reports: "Phân công" (the long table to pivot on), "Xếp loại" (the pivots),
// "Lịch sử" (figures frozen at each report date) and `tracker snapshot`.
import { formatViDate } from "../dates";
import type { IsoDate } from "../types";

export const REPORT_SHEETS = {
  assignments: "Phân công",
  ratings: "Xếp loại",
  history: "Lịch sử",
} as const;

export const ROLE_LABELS = { lead: "Chủ trì", partner: "Phối hợp" } as const;

export const ASSIGNMENT_TEXT = {
  headers: {
    id: "Mã NV",
    unit: "Đơn vị",
    role: "Vai trò",
    month: "Tháng",
    quarter: "Quý",
    leader: "Lãnh đạo phụ trách",
    section: "Nhóm nhiệm vụ",
    due: "Hạn (điều chỉnh nếu có)",
    state: "Đánh giá",
    score: "Điểm",
    weight: "Trọng số",
    row: "Dòng trong bảng Nhiệm vụ",
  },
} as const;

export const RATINGS_TEXT = {
  title: "Xếp loại đơn vị (PivotTable từ bảng Phân công)",
  note:
    "Bảng 1: số nhiệm vụ theo đơn vị, vai trò và đánh giá. Bảng 2: điểm trung bình theo đơn vị (chọn Vai trò = Chủ trì khi " +
    "trọng số phối hợp bằng 0), xếp loại theo các mức ở Danh mục. Chuột phải > Refresh để cập nhật sau khi sửa số liệu.",
  statesPivot: "XepLoaiTrangThai",
  scorePivot: "XepLoaiDiem",
  count: "Số nhiệm vụ",
  average: "Điểm trung bình",
} as const;

export const HISTORY_TEXT = {
  title: "Lịch sử số liệu đã chốt",
  note: "Mỗi khối là số liệu theo đơn vị chủ trì tại một ngày báo cáo, ghi bằng giá trị (không phải công thức) nên giữ nguyên như đã báo cáo.",
  blockTitle: (asOf: IsoDate) => `Số liệu chốt đến ngày ${formatViDate(asOf)}`,
  headers: ["Đơn vị", "Tổng số", "Hoàn thành đúng hạn", "Hoàn thành quá hạn", "Trong hạn", "Sắp đến hạn", "Quá hạn", "Thường xuyên", "Điểm", "Xếp loại"],
  total: "Tổng cộng",
  trendTitle: "Điểm theo ngày chốt số liệu",
  trendChart: "BieuDoLichSu",
  trendHeader: "Ngày chốt",
} as const;

export const SNAPSHOT_TEXT = {
  usage: "Cách dùng: tracker snapshot TỆP.xlsx --as-of YYYY-MM-DD [--out TỆP_MỚI.xlsx] [--json]",
  missingAsOf: "Thiếu --as-of YYYY-MM-DD: ngày báo cáo cần chốt số liệu.",
  written: (file: string, asOf: IsoDate, units: number, replaced: boolean) =>
    `Đã ${replaced ? "ghi đè" : "ghi"} số liệu chốt đến ngày ${formatViDate(asOf)} (${units} đơn vị) vào sheet "Lịch sử" của "${file}".`,
  backup: (file: string) => `Bản sao trước khi ghi: "${file}".`,
  provisional: (errors: number) => `Lưu ý: ${errors} dòng có lỗi kiểm tra, xếp loại ghi là tạm tính (chạy tracker check để xem).`,
};

export const SNAPSHOT_ERRORS = {
  lostParts: (file: string, parts: string[]) =>
    `Sổ theo dõi "${file}" có ${parts.join(", ")} (do add-in hoặc người dùng tạo); ghi bằng dòng lệnh sẽ làm mất các phần này nên không ghi. ` +
    `Hãy chốt số liệu bằng add-in trong Excel (thẻ Tổng hợp > Chốt số liệu), hoặc xoá các phần đó trong một bản sao rồi chạy lại.`,
  sheetTaken: (file: string) =>
    `Tệp "${file}" đã có sheet "Lịch sử" không do chương trình tạo nên không ghi đè. Hãy đổi tên sheet đó rồi chạy lại.`,
};

/** What the pane says after the ratings and the figures are done, or why part could not be. */
export const REPORT_PANE_TEXT = {
  ratings: "Xếp loại (PivotTable)",
  ratingsIntro: "Lập lại sheet Phân công từ bảng nhiệm vụ và dựng các PivotTable xếp loại ở sheet Xếp loại.",
  ratingsDone: "Đã cập nhật sheet Phân công và các PivotTable ở sheet Xếp loại.",
  noPivots:
    "Phiên bản Excel này chưa tạo được PivotTable bằng add-in (cần ExcelApi 1.8: Excel 2019, Microsoft 365 hoặc Excel trên web). " +
    "Sheet Phân công đã được cập nhật: chọn một ô trong bảng rồi Chèn > PivotTable để tự lập.",
  noPivotFilter:
    "Bảng điểm tính cả vai trò phối hợp vì phiên bản Excel này chưa đặt được bộ lọc (cần ExcelApi 1.12); chọn Vai trò = Chủ trì ở ô lọc của PivotTable.",
  freeze: "Chốt số liệu",
  freezeIntro: "Ghi số liệu theo đơn vị tại ngày báo cáo vào sheet Lịch sử (bằng giá trị); chốt lại cùng ngày thì ghi đè.",
  frozen: (date: string, replaced: boolean) => `Đã ${replaced ? "ghi đè" : "ghi"} số liệu chốt đến ngày ${date} vào sheet Lịch sử.`,
  noChart: "Phiên bản Excel này không vẽ được biểu đồ; bảng xu hướng vẫn có ở sheet Lịch sử.",
  noPageLayout:
    "Phiên bản Excel này chưa đặt được khổ giấy bằng add-in (cần ExcelApi 1.9); khi in, chọn A4 và Vừa một trang theo chiều ngang trong Bố trí trang.",
};
