// Vietnamese text for the add-in's own sheets, long work, the first run, paged lists and old hosts.

export const OWNED_TEXT = {
  /** Every name a sheet of ours may take is held by a sheet of the user's. */
  noFreeName: (sheet: string) =>
    `Các trang “${sheet}”, “${sheet} (2)” … “${sheet} (10)” đều là trang của bạn, nên phần bổ trợ không ghi đè. Hãy đổi tên một trang trong số đó rồi thử lại.`,
  /** A user's sheet holds the name; ours went under another. */
  renamed: (wanted: string, used: string) => `Sổ đã có trang “${wanted}” của bạn (giữ nguyên); kết quả được ghi vào trang “${used}”.`,
  /** A table name the add-in writes is held by a table on a sheet of the user's. */
  tableTaken: (table: string, sheet: string) =>
    `Bảng “${table}” nằm trên trang “${sheet}” của bạn, nên phần bổ trợ không ghi đè. Hãy đổi tên bảng đó (chọn một ô trong bảng > Thiết kế bảng > Tên bảng) rồi thử lại.`,
} as const;

export const LONG_WORK_TEXT = {
  /** Progress of a write sent in parts. */
  writingPart: (part: number) => `Đang ghi vào sổ làm việc (phần ${part})…`,
  undoing: "Đang hoàn tác phần đã ghi…",
} as const;

export const FIRST_RUN_TEXT = {
  title: "Sổ này chưa có bảng theo dõi",
  body: "Hãy bắt đầu ở thẻ “Tạo bảng”: dán văn bản chỉ đạo hoặc mở trang có bảng nhiệm vụ, bấm “Xem trước” rồi “Tạo bảng”.",
  go: "Đến thẻ Tạo bảng",
} as const;

export const LIST_TEXT = {
  shown: (from: number, to: number, total: number) => `Dòng ${from}–${to} / ${total}`,
  previous: "Trang trước",
  next: "Trang sau",
  pager: "Chuyển trang danh sách",
  more: (n: number) => `Xem thêm ${n}`,
  refresh: "Đọc lại từ sổ",
} as const;

export const YEAR_FIELD_TEXT = {
  increment: "Tăng một năm",
  decrement: "Giảm một năm",
} as const;

/** Shown by the inline fallback script where the pane's code cannot run (Trident / EdgeHTML webviews). */
export const OLD_HOST_TEXT = {
  title: "Phiên bản Excel này chưa chạy được bảng điều khiển",
  body:
    "Bảng điều khiển cần Excel cho Microsoft 365 (bản 2101 trở lên, có Microsoft Edge WebView2), Excel 2021 hoặc 2024, Excel trên web, hoặc Excel cho Mac. " +
    "Excel 2016 và 2019 dùng trình duyệt nhúng cũ (Internet Explorer hoặc Edge cũ) nên không chạy được.",
  workbook:
    "Sổ làm việc vẫn dùng bình thường khi không có phần bổ trợ: cột Đánh giá, màu quá hạn, danh sách chọn và trang Tổng hợp đều là công thức của Excel.",
  close: "Đóng",
} as const;
