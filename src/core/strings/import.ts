// User-facing text of the directive import (warnings on rows, document notices, CLI errors).

export const IMPORT_WARNINGS = {
  noTitle: "Không tìm thấy nội dung nhiệm vụ",
  noLead: "Không tìm thấy đơn vị chủ trì",
  unknownLead: (name: string) => `Đơn vị chủ trì "${name}" chưa có trong danh mục; giữ nguyên như văn bản`,
  unknownPartner: (name: string) => `Đơn vị phối hợp "${name}" chưa có trong danh mục; giữ nguyên như văn bản`,
  severalLeads: (names: string[]) =>
    `Có nhiều đơn vị chủ trì (${names.join("; ")}); giữ "${names[0]}" làm chủ trì, các đơn vị còn lại ghi vào phối hợp`,
  leadFromAbove: "Ô đơn vị chủ trì để trống; lấy theo nhiệm vụ liền trên (ô gộp)",
  partnersFromAbove: "Ô đơn vị phối hợp để trống; lấy theo nhiệm vụ liền trên (ô gộp)",
  deadlineFromAbove: "Ô thời hạn để trống; lấy theo nhiệm vụ liền trên (ô gộp)",
  noDeadline: "Thiếu thời hạn",
  deadlineNotUnderstood: (text: string) => `Không hiểu thời hạn "${text}"`,
  deadlineVague: (text: string) => `Thời hạn "${text}" không nêu mốc cụ thể`,
  deadlineNeedsYear: (text: string) => `Thời hạn "${text}" không ghi năm; cần năm kế hoạch để tính hạn`,
} as const;

export const IMPORT_NOTICES = {
  flattenedTable: (headers: string[], lines: number) =>
    `Văn bản có một bảng bị dàn phẳng khi chép từ PDF (tiêu đề cột: ${headers.join(", ")}). ` +
    `Không thể khôi phục các hàng của bảng này; ${lines} dòng của bảng được đưa vào phần chưa xếp được. ` +
    `Hãy chép bảng từ bản Word gốc hoặc dán bảng vào trang tính rồi nhập lại.`,
  noHeaderRow:
    "Không tìm thấy hàng tiêu đề của bảng (STT, Nội dung nhiệm vụ, Cơ quan chủ trì, ...); các hàng được đọc như văn bản.",
  noTasks: "Không tìm thấy nhiệm vụ nào trong văn bản.",
  guessedColumns: (columns: string[]) =>
    `Bảng không có hàng tiêu đề; các cột được đoán theo nội dung (${columns.join(", ")}). Hãy kiểm tra lại, hoặc dán kèm hàng tiêu đề rồi nhập lại.`,
} as const;

export const IMPORT_CLI_ERRORS = {
  usage: "Cách dùng: tracker import TỆP [--year YYYY]",
  missingFile: (path: string) => `Không tìm thấy tệp: ${path}`,
  unreadableFile: (path: string) => `Không đọc được tệp: ${path}`,
  badExtension: (path: string) => `Không hỗ trợ loại tệp này: ${path} (dùng .txt, .tsv, .csv hoặc .xlsx)`,
  badXlsx: (path: string) => `Tệp Excel bị hỏng hoặc không phải .xlsx: ${path}`,
  notText: (path: string) =>
    `Tệp ${path} không phải văn bản (.txt, .tsv, .csv) mà là tệp nhị phân (có thể là tệp Excel, Word hoặc PDF bị đổi đuôi). ` +
    `Hãy mở tệp bằng chương trình tạo ra nó và lưu thành .xlsx (bảng) hoặc .txt (văn bản), rồi chạy lại.`,
  tooBigText: (path: string, limitMb: number) =>
    `Tệp ${path} lớn hơn ${limitMb} MB, quá lớn cho một văn bản giao nhiệm vụ. Hãy tách thành các tệp nhỏ hơn rồi nhập từng tệp.`,
  emptyWorkbook: (path: string) => `Tệp Excel không có trang tính nào: ${path}`,
  unplaced: (count: number) => `Lưu ý: ${count} đoạn văn bản không xếp được vào nhiệm vụ nào.`,
  unplacedAt: (line: number | null, text: string) => `Chưa xếp được${line === null ? "" : ` (dòng ${line})`}: ${text}`,
} as const;
