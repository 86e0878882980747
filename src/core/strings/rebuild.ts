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
} as const;

export type LostItemKind = keyof typeof LOST_ITEM_LABELS;

/** What the user can do about each kind, said once per kind under the list. */
const FIXES: Partial<Record<LostItemKind, string>> = {
  mergedInTable: "bỏ gộp các ô đó (Trang đầu > Gộp & Căn giữa > Bỏ gộp ô), điền giá trị vào từng dòng rồi chạy lại",
  extValidations:
    "đặt tên (Công thức > Xác định tên) cho vùng danh sách rồi sửa quy tắc thành =TênVùng, hoặc xoá quy tắc đó, rồi chạy lại",
};
const OTHER_FIX =
  "dựng sang một tệp mới (--out tên khác) rồi chép các nhiệm vụ mới sang, hoặc thêm nhiệm vụ bằng add-in trong Excel (add-in không ghi lại cả tệp)";

export const REBUILD_TEXT = {
  where: (sheet: string | undefined, cell: string | undefined) =>
    sheet ? `trang "${sheet}"${cell ? `, ô ${cell}` : ""}` : "trong tệp",
  refused: (file: string, lines: { kind: LostItemKind; where: string }[]) => {
    const kinds = [...new Set(lines.map((l) => l.kind))];
    const fixes = [...new Set(kinds.map((k) => FIXES[k] ?? OTHER_FIX))];
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
  threadedComments: (sheets: string[]) =>
    `Lưu ý: bình luận dạng hội thoại (Comment) trên trang ${quoted(sheets)} được giữ dưới dạng ghi chú (Note): ` +
    `nội dung và người viết giữ nguyên, nhưng không còn trả lời tiếp trong luồng được.`,
};

function quoted(sheets: string[]): string {
  return sheets.map((s) => `"${s}"`).join(", ");
}
