// Vietnamese messages of the Office.js adapter: Excel's error codes and the tracker's own failures,
// each saying what to do next.

/** By OfficeExtension.Error code (Excel.ErrorCodes). */
export const EXCEL_ERROR_MESSAGES: Record<string, string> = {
  InvalidArgument: "Excel không nhận dữ liệu hoặc địa chỉ ô được gửi tới. Hãy kiểm tra bảng nhiệm vụ chưa bị sửa cấu trúc (tên cột, tên trang tính) rồi thử lại.",
  InvalidReference: "Một tham chiếu ô không còn hợp lệ (có thể cột hoặc trang tính đã bị xoá). Hãy tạo lại bảng theo dõi hoặc khôi phục trang tính rồi thử lại.",
  ItemNotFound: "Không tìm thấy trang tính, bảng hoặc tên vùng cần dùng; có thể chúng đã bị xoá hoặc đổi tên. Hãy khôi phục tên cũ hoặc tạo lại bảng theo dõi.",
  ItemAlreadyExists: "Đã có một trang tính, bảng hoặc tên vùng trùng tên trong sổ làm việc. Hãy đổi tên mục đó rồi thử lại.",
  GeneralException: "Excel gặp lỗi khi thực hiện thao tác. Hãy lưu sổ làm việc, đóng và mở lại Excel rồi thử lại.",
  InvalidOperation: "Excel không cho phép thao tác này ở trạng thái hiện tại của sổ làm việc. Hãy bỏ lọc, bỏ bảo vệ trang tính rồi thử lại.",
  InvalidOperationInCellEditMode: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để thoát khỏi ô đang sửa rồi bấm lại.",
  RequestPayloadSizeLimitExceeded: "Khối dữ liệu gửi tới Excel quá lớn (Excel trên web giới hạn 5 MB mỗi lần). Hãy chia bảng thành nhiều lần nhập hoặc dùng Excel trên máy tính.",
  ResponsePayloadSizeLimitExceeded: "Dữ liệu đọc từ Excel quá lớn (Excel trên web giới hạn 5 MB mỗi lần). Hãy xoá bớt các dòng trống hoặc dùng Excel trên máy tính.",
  AccessDenied: "Excel không cho phép sửa sổ làm việc này: sổ đang ở chế độ chỉ đọc hoặc trang tính được bảo vệ. Hãy bật chỉnh sửa hoặc bỏ bảo vệ rồi thử lại.",
  ApiNotFound: "Phiên bản Excel này không hỗ trợ thao tác cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.",
  NotImplemented: "Phiên bản Excel này chưa hỗ trợ thao tác cần dùng. Hãy cập nhật Office hoặc dùng Excel trên web.",
  UnsupportedOperation: "Excel không hỗ trợ thao tác này trên sổ làm việc hiện tại. Hãy lưu sổ dưới dạng .xlsx rồi thử lại.",
  InsertDeleteConflict: "Không thể thêm dòng vào bảng khi bảng đang được lọc hoặc vướng dữ liệu bên dưới. Hãy bỏ lọc rồi thử lại.",
  MergedRangeConflict: "Vùng cần ghi có ô đã gộp. Hãy bỏ gộp ô trên các trang của bảng theo dõi rồi thử lại.",
  FilteredRangeConflict: "Vùng cần ghi đang được lọc. Hãy bỏ lọc rồi thử lại.",
  RequestAborted: "Yêu cầu tới Excel bị huỷ giữa chừng. Hãy thử lại.",
  ActivityLimitReached: "Excel đang bận vì quá nhiều yêu cầu. Hãy đợi một chút rồi thử lại.",
  Conflict: "Sổ làm việc vừa được người khác sửa cùng lúc. Hãy đợi đồng bộ xong rồi thử lại.",
  InactiveWorkbook: "Sổ làm việc không còn được mở. Hãy mở lại sổ rồi thử lại.",
  ConnectionFailure: "Mất kết nối tới Excel. Hãy kiểm tra mạng rồi thử lại.",
};

export const EXCEL_ERROR_FALLBACK = "Excel báo lỗi không xác định. Hãy lưu sổ làm việc, đóng và mở lại Excel rồi thử lại.";

/** The tracker's own failures, by AddinError code. */
export const TRACKER_ERRORS = {
  noTracker: "Chưa có bảng theo dõi (bảng BangNhiemVu) trong sổ làm việc này. Hãy bấm “Tạo bảng theo dõi” trước.",
  noSettings: "Không tìm thấy các ô thiết lập (NgayBaoCao, SoNgayCanhBao) trên trang Danh mục. Hãy tạo lại bảng theo dõi để khôi phục.",
  noSheet: (sheet: string) => `Không tìm thấy trang tính “${sheet}”; có thể nó đã bị xoá hoặc đổi tên.`,
  sheetTaken: (sheet: string) =>
    `Sổ làm việc đã có trang tính “${sheet}” chứa dữ liệu. Hãy đổi tên hoặc xoá trang đó rồi tạo lại bảng theo dõi (dữ liệu của bạn không bị ghi đè).`,
  noIdColumn: "Bảng nhiệm vụ không còn cột “Mã NV”. Hãy khôi phục tên cột rồi thử lại.",
  badCell: (cell: string) => `“${cell}” không phải địa chỉ ô hợp lệ.`,
  badWindow: "Số ngày cảnh báo phải là số nguyên từ 0 đến 365.",
  badDate: "Ngày báo cáo không hợp lệ.",
} as const;

/** Progress labels. */
export const PROGRESS_TEXT = {
  reading: "Đang đọc sổ làm việc…",
  writing: "Đang ghi vào sổ làm việc…",
  checking: "Đang kiểm tra các dòng…",
  summarising: "Đang tổng hợp…",
  done: "Xong",
} as const;

export const CHART_TEXT = {
  unitsTitle: "Kết quả hoàn thành theo đơn vị chủ trì",
} as const;
