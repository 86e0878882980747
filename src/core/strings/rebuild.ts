// What `build` says when it rebuilds a tracker in place: what it refuses to lose and what it carried over.

/** One line per thing a rebuild in place would lose, at its sheet and cell. */
export const LOST_ITEM_LABELS = {
  charts: "biểu đồ",
  pivots: "PivotTable",
  slicers: "slicer",
  shapes: "hình vẽ, hộp chữ hoặc SmartArt",
  controls: "nút bấm hoặc điều khiển biểu mẫu (form control, ActiveX)",
  sparklines: "biểu đồ thu nhỏ trong ô (sparkline)",
  extValidations: "quy tắc kiểm tra dữ liệu (Data Validation) lấy danh sách trực tiếp từ trang khác",
  mergedInTable: "ô gộp (Merge) nằm trong bảng nhiệm vụ",
  extFormats: "định dạng có điều kiện (Conditional Formatting) dùng công thức tham chiếu trang khác",
  names: "tên (Name) là một công thức hoặc hằng số, không phải vùng ô",
  scopedNames: "tên (Name) chỉ dùng trong một trang (phạm vi là trang, không phải cả sổ)",
  internalLinks: "liên kết (Hyperlink) tới một trang hoặc ô trong tệp",
} as const;

export type LostItemKind = keyof typeof LOST_ITEM_LABELS;

/** What the user can do about each kind, said once per kind under the list. */
const FIXES: Partial<Record<LostItemKind, string>> = {
  mergedInTable: "bỏ gộp các ô đó (Trang đầu > Gộp & Căn giữa > Bỏ gộp ô), điền giá trị vào từng dòng rồi chạy lại",
  extValidations:
    "đặt tên (Công thức > Xác định tên) cho vùng danh sách rồi sửa quy tắc thành =TênVùng, hoặc xoá quy tắc đó, rồi chạy lại",
  extFormats:
    "sửa quy tắc định dạng để chỉ tham chiếu ô trên cùng trang, hoặc xoá quy tắc đó (Trang đầu > Định dạng có điều kiện > Quản lý quy tắc), rồi chạy lại",
  names: "đổi tên đó thành một vùng ô cụ thể hoặc xoá nó (Công thức > Quản lý tên), rồi chạy lại",
  scopedNames: "đặt lại tên đó với phạm vi cả sổ (Workbook) dưới một tên không trùng, hoặc xoá nó (Công thức > Quản lý tên), rồi chạy lại",
  internalLinks:
    "bỏ liên kết nội bộ đó (chuột phải > Xoá liên kết) và ghi tên trang, ô cần xem thành chữ, hoặc dựng sang một tệp mới (--out tên khác), rồi chạy lại",
};
const OTHER_FIX =
  "dựng sang một tệp mới (--out tên khác) rồi chép các nhiệm vụ mới sang, hoặc thêm nhiệm vụ bằng add-in trong Excel (add-in không ghi lại cả tệp)";

/** The other fixes when it is `merge` or `snapshot` that would rewrite the file. */
export const REWRITE_OTHER_FIX = {
  merge: "nhận các bản gửi lại bằng add-in trong Excel (tab Gửi & nhận: add-in chỉ ghi vào các ô cần sửa, không ghi lại cả tệp)",
  snapshot: "chốt số liệu bằng add-in trong Excel (tab Tổng hợp: add-in chỉ ghi trang Lịch sử, không ghi lại cả tệp)",
} as const;

export const REBUILD_TEXT = {
  /** Where a defined name is, for the refusal's list. */
  name: (name: string, text: string) => `tên "${name}" (=${text.length > 60 ? `${text.slice(0, 60)}…` : text})`,
  where: (sheet: string | undefined, cell: string | undefined) =>
    sheet ? `trang "${sheet}"${cell ? `, ô ${cell}` : ""}` : "trong tệp",
  /** `otherFix`: what to do about the kinds with no fix of their own (by default, build's). */
  refused: (file: string, lines: { kind: LostItemKind; where: string }[], otherFix: string = OTHER_FIX) => {
    const kinds = [...new Set(lines.map((l) => l.kind))];
    const fixes = [...new Set(kinds.map((k) => FIXES[k] ?? otherFix))];
    return (
      `Sổ theo dõi "${file}" có những phần mà cập nhật tại chỗ sẽ làm mất, nên chưa ghi gì vào tệp (tệp giữ nguyên):\n` +
      lines
        .slice(0, 20)
        .map((l) => `  - ${l.where}: ${LOST_ITEM_LABELS[l.kind]}`)
        .join("\n") +
      (lines.length > 20 ? `\n  - … và ${lines.length - 20} chỗ khác` : "") +
      `\nCách làm: ${fixes.join("; hoặc với các phần còn lại: ")}.`
    );
  },
  /** Notices of what the rebuild carried over in place; printed after the build's summary. */
  images: (count: number, sheets: string[]) =>
    `Lưu ý: ${count} hình ảnh trên trang ${quoted(sheets)} được giữ nguyên chỗ (ảnh dưới bảng nhiệm vụ dời xuống theo bảng).`,
  rules: (count: number) =>
    `Lưu ý: ${count} quy tắc kiểm tra dữ liệu hoặc định dạng có điều kiện do người dùng thêm trên trang do chương trình tạo ` +
    `được giữ lại, theo cột của chúng.`,
  merges: (count: number) => `Lưu ý: ${count} vùng ô gộp dưới bảng nhiệm vụ được giữ lại cùng với dòng chữ của chúng.`,
  /** `kept`: what of the page setup was kept, from PRINT_PARTS. */
  print: (sheet: string, kept: string[]) => `Lưu ý: thiết lập in trên trang "${sheet}" do người dùng đặt được giữ lại: ${kept.join(", ")}.`,
  filter: (sheet: string, columns: string[], sorted: boolean, unhidden: number) =>
    `Lưu ý: ${columns.length > 0 ? `bộ lọc (Filter) trên bảng nhiệm vụ của trang "${sheet}" (cột ${quoted(columns)})` : `thứ tự sắp xếp (Sort) lưu trên bảng nhiệm vụ của trang "${sheet}"`} ` +
    `không giữ được khi dựng lại nên đã được bỏ${columns.length > 0 && sorted ? ", cùng thứ tự sắp xếp đã lưu" : ""}` +
    `${unhidden > 0 ? `; ${unhidden} dòng nhiệm vụ đang bị lọc ẩn nay hiện lại` : ""}. Các dòng vẫn giữ nguyên thứ tự; hãy lọc lại nếu cần.`,
  /** A filter saved on another sheet: ExcelJS keeps its range, not its criteria. */
  otherFilter: (sheet: string) =>
    `Lưu ý: điều kiện lọc (Filter) đã lưu trên trang "${sheet}" không giữ được khi ghi lại tệp; hãy lọc lại trên trang đó nếu cần.`,
  richText: (cells: string[]) =>
    `Lưu ý: chữ định dạng nhiều kiểu trong một ô (đậm, màu một phần) được giữ lại ở ${cells.length} ô: ${cells.slice(0, 10).join(", ")}` +
    `${cells.length > 10 ? ", …" : ""}.`,
  richTextChanged: (cells: string[]) =>
    `Lưu ý: ${cells.length} ô có chữ định dạng nhiều kiểu nay có nội dung mới nên chỉ còn định dạng chung của ô: ${cells.slice(0, 10).join(", ")}` +
    `${cells.length > 10 ? ", …" : ""}.`,
  names: (names: string[]) =>
    `Lưu ý: tên vùng ${quoted(names)} trỏ vào bảng nhiệm vụ được dời theo cột và dòng của chúng trên bảng mới.`,
  threadedComments: (sheets: string[]) =>
    `Lưu ý: bình luận dạng hội thoại (Comment) trên trang ${quoted(sheets)} được giữ dưới dạng ghi chú (Note): ` +
    `nội dung và người viết giữ nguyên, nhưng không còn trả lời tiếp trong luồng được.`,
};

/** What of a sheet's page setup the rebuild keeps, as the print notice names it. */
export const PRINT_PARTS = {
  orientation: "hướng giấy",
  paperSize: "khổ giấy",
  margins: "lề trang",
  scale: "tỉ lệ in",
  fit: "co vừa trang",
  printArea: "vùng in (Print Area)",
  printTitles: "dòng/cột tiêu đề in lặp lại",
  centered: "căn giữa trang",
  headerFooter: "đầu trang/chân trang (Header/Footer)",
} as const;

function quoted(sheets: string[]): string {
  return sheets.map((s) => `"${s}"`).join(", ");
}
