// Vietnamese text of the tracker workbook: sheet names, headings, guide, dropdown messages.
import type { Severity } from "../types";

export const SHEET_NAMES = {
  guide: "Hướng dẫn",
  catalog: "Danh mục",
  tasks: "Nhiệm vụ",
  matrix: "Ma trận",
  summary: "Tổng hợp",
  findings: "Kiểm tra",
} as const;

export const CATALOG_TEXT = {
  unitsTitle: "Danh mục đơn vị",
  unitHeaders: ["Mã", "Tên đơn vị", "Loại", "Tên gọi khác (cách nhau bởi ;)", "E-mail"],
  leadersTitle: "Ban Giám đốc (lãnh đạo phụ trách)",
  leaderHeaders: ["Mã", "Họ tên", "Chức vụ", "Tên gọi khác (cách nhau bởi ;)"],
  statusTitle: "Danh sách tình trạng",
  statusHeader: "Tình trạng",
  settingsTitle: "Thiết lập",
  settingHeaders: ["Mục", "Giá trị"],
  reportDate: "Ngày báo cáo (để =TODAY() để luôn tính theo hôm nay)",
  windowDays: "Số ngày cảnh báo sắp đến hạn",
  onTime: "Điểm nhiệm vụ hoàn thành đúng hạn",
  late: "Điểm nhiệm vụ hoàn thành quá hạn",
  overdue: "Điểm nhiệm vụ quá hạn chưa hoàn thành",
  planYear: "Năm kế hoạch (để trống nếu không có)",
  trackerId: "Mã sổ theo dõi (bản gửi đơn vị mang mã này; không sửa)",
  bandsTitle: "Xếp loại",
  bandHeaders: ["Mức xếp loại", "Điểm tối thiểu"],
  partnerWeight: "Trọng số nhiệm vụ phối hợp khi tính điểm đơn vị (chủ trì = 1; 0 = không tính)",
} as const;

export const TASK_SHEET_TEXT = {
  listErrorTitle: "Giá trị không có trong danh mục",
  leadError: "Chọn đơn vị chủ trì trong danh sách (sheet Danh mục). Muốn thêm đơn vị mới, thêm vào Danh mục trước.",
  leaderError: "Chọn lãnh đạo phụ trách trong danh sách (sheet Danh mục).",
  statusError: "Chọn một tình trạng: Chưa thực hiện, Đang thực hiện, Hoàn thành, Dừng/điều chỉnh.",
  numberErrorTitle: "Giá trị không hợp lệ",
  progressError: "Tiến độ là số nguyên từ 0 đến 100.",
  monthError: "Tháng là số nguyên từ 1 đến 12.",
  dateErrorTitle: "Ngày không hợp lệ",
  dateError:
    "Ô này chỉ nhận một ngày thật, từ năm 2000 đến 2100, gõ theo cách máy tính này viết ngày (hoặc chọn ô rồi bấm Ctrl+; để lấy hôm nay). " +
    "Chữ hoặc số không phải ngày không được nhận.",
} as const;

/**
 * Working columns of the task table, after Đánh giá and hidden: each row's effective deadline and its
 * lead, Board member and section as the summary compares them, so every figure of Tổng hợp is one
 * COUNTIFS. Formulas; never typed.
 */
export const HELPER_HEADERS = {
  effectiveDue: "Hạn xét (cột phụ)",
  leadText: "Chủ trì (cột phụ)",
  leaderText: "Lãnh đạo (cột phụ)",
  sectionText: "Nhóm (cột phụ)",
} as const;

export const MATRIX_TEXT = {
  title: "Ma trận phân công: C = chủ trì, P = phối hợp",
  note: "Mỗi cột là một nhiệm vụ của sheet Nhiệm vụ (theo thứ tự dòng); ô tự tính lại khi sửa đơn vị chủ trì, phối hợp.",
  unit: "Đơn vị",
  leads: "Số NV chủ trì",
  partners: "Số NV phối hợp",
  tooManyTasks: (limit: number) =>
    `Ma trận chỉ lập cho bảng tới ${groupThousands(limit)} nhiệm vụ; bảng này nhiều hơn nên chỉ có số nhiệm vụ chủ trì, phối hợp của từng đơn vị. ` +
    "Muốn xem đơn vị nào làm nhiệm vụ nào, dùng bộ lọc ở sheet Nhiệm vụ hoặc PivotTable (Insert > PivotTable) theo Đơn vị chủ trì.",
};

/** 1000 → "1.000", as Vietnamese writes numbers. */
function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

export const SUMMARY_TEXT = {
  partnerWeightNote:
    "Trọng số phối hợp ở Danh mục khác 0: điểm và xếp loại dưới đây chỉ tính nhiệm vụ chủ trì; điểm có tính nhiệm vụ phối hợp xem ở bảng điều khiển (Tổng hợp) hoặc lệnh tracker summary.",
  /** A4 when Phân công is in the workbook and the weight is above 0: how partner roles are weighed, and until when. */
  partnerWeightApplied:
    "Điểm và xếp loại đơn vị tính cả nhiệm vụ phối hợp với trọng số ở Danh mục (chủ trì = 1), theo sheet Phân công. Đơn vị phối hợp nhập sau khi lập Phân công chỉ được tính khi bấm lại Xếp loại trong add-in hoặc chạy tracker build.",
  /** Added to that note when units that only partner had no row when the sheet was built (the weight was 0 then). */
  partnerOnlyMissing: " Đơn vị chỉ phối hợp chưa có dòng riêng: bấm Tổng hợp trong add-in (hoặc chạy tracker build) để thêm.",
  /** The unit block's title row: the weight its scores apply (the cell beside it). */
  partnerWeight: "Trọng số phối hợp:",
  partnerOnTime: "Cột phụ tính điểm: số phối hợp hoàn thành đúng hạn, đã đến hạn",
  partnerLate: "Cột phụ tính điểm: số phối hợp hoàn thành quá hạn, đã đến hạn",
  partnerOverdue: "Cột phụ tính điểm: số phối hợp quá hạn",
  title: "Tổng hợp kết quả thực hiện nhiệm vụ",
  reportDate: "Ngày báo cáo",
  byUnit: "Theo đơn vị chủ trì",
  byMonth: "Theo tháng của thời hạn (hạn điều chỉnh nếu có)",
  byLeader: "Theo lãnh đạo phụ trách",
  bySection: "Theo nhóm nhiệm vụ",
  unit: "Đơn vị",
  month: "Tháng",
  leader: "Lãnh đạo phụ trách",
  section: "Nhóm nhiệm vụ",
  total: "Tổng số",
  scoredOnTime: "Cột phụ tính điểm: số hoàn thành đúng hạn, đã đến hạn",
  scoredLate: "Cột phụ tính điểm: số hoàn thành quá hạn, đã đến hạn",
  score: "Điểm",
  rating: "Xếp loại",
  noDeadline: "(Không có thời hạn)",
  /** The month block's year cell: the plan year, else the report date's year. */
  year: "Năm",
  otherYears: "(Thời hạn ở năm khác)",
  /** Tasks whose lead, Board member or section has no row of its own (e.g. typed after the last refresh). */
  otherGroups: "(Khác, chưa có dòng riêng)",
  totals: "Tổng cộng",
} as const;

export const FINDINGS_TEXT = {
  title: "Kết quả kiểm tra gần nhất",
  headers: ["Sheet", "Ô", "Mã NV", "Quy tắc", "Mức độ", "Nội dung", "Cách sửa"],
  none: "Không phát hiện lỗi nào.",
  more: (shown: number, rest: number, errors: number) =>
    `Trang này chỉ liệt kê ${shown} phát hiện đầu (lỗi trước). Còn ${rest} phát hiện khác (trong đó ${errors} lỗi): ` +
    `xem hết bằng nút Kiểm tra trong add-in hoặc lệnh "tracker check TỆP.xlsx".`,
} as const;

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: "Lỗi",
  warning: "Cảnh báo",
};

export const GUIDE_TEXT = {
  title: "Sổ theo dõi nhiệm vụ: hướng dẫn sử dụng",
  sheetsTitle: "Các sheet",
  sheets: [
    [SHEET_NAMES.tasks, "Bảng nhiệm vụ: mỗi dòng một nhiệm vụ. Cột Đánh giá tự tính, không gõ vào."],
    [
      SHEET_NAMES.summary,
      "Số nhiệm vụ theo đơn vị, tháng, lãnh đạo phụ trách, nhóm; điểm và xếp loại. Tự tính. " +
        "Điểm là trung bình trên các nhiệm vụ có hạn (hạn điều chỉnh nếu có) không muộn hơn ngày báo cáo: " +
        "hoàn thành đúng hạn, hoàn thành quá hạn, quá hạn chưa hoàn thành, theo điểm ở sheet Danh mục. " +
        "Nhiệm vụ hoàn thành trước khi đến hạn được tính khi đến hạn. " +
        "Hai cột phụ (ẩn) sau cột Xếp loại đếm các nhiệm vụ hoàn thành đã đến hạn, để tính điểm. " +
        "Mỗi bảng có dòng Khác (nhiệm vụ của đơn vị, lãnh đạo, nhóm chưa có dòng riêng, hoặc có hạn ở năm khác) và dòng Tổng cộng.",
    ],
    [
      SHEET_NAMES.matrix,
      "Đơn vị nào chủ trì (C), phối hợp (P) nhiệm vụ nào. Tự tính. " +
        "Với bảng rất nhiều nhiệm vụ, sheet chỉ có số nhiệm vụ chủ trì, phối hợp của từng đơn vị (xem ghi chú đầu sheet).",
    ],
    [SHEET_NAMES.catalog, "Danh mục đơn vị, Ban Giám đốc, tình trạng, ngày báo cáo, số ngày cảnh báo, năm kế hoạch, điểm và mức xếp loại."],
    [SHEET_NAMES.findings, "Lỗi nhập liệu tìm thấy ở lần kiểm tra gần nhất; bấm vào ô để tới chỗ cần sửa."],
  ] as [string, string][],
  legendTitle: "Màu của dòng theo cột Đánh giá",
  legend: {
    doneOnTime: "Hoàn thành, ngày hoàn thành không muộn hơn hạn (hạn điều chỉnh nếu có).",
    doneLate: "Hoàn thành sau hạn.",
    inProgress: "Chưa hoàn thành, hạn còn xa hơn số ngày cảnh báo.",
    dueSoon: "Chưa hoàn thành, đến hạn trong số ngày cảnh báo (tính từ ngày báo cáo).",
    overdue: "Chưa hoàn thành, đã qua hạn.",
    ongoing: "Nhiệm vụ thường xuyên, không có hạn cụ thể.",
  },
  updateTitle: "Cập nhật một nhiệm vụ",
  update: [
    "1. Chọn Tình trạng trong danh sách; khi Hoàn thành, nhập Ngày hoàn thành (dd/mm/yyyy), Tiến độ 100 và Kết quả / văn bản.",
    "2. Khi được gia hạn, nhập ngày mới vào Hạn điều chỉnh; không sửa Hạn hoàn thành.",
    "3. Ngày phải là ngày thật (dd/mm/yyyy), không gõ dạng chữ; đơn vị và lãnh đạo chọn trong danh sách.",
    "4. Thêm nhiệm vụ: gõ vào dòng ngay dưới bảng (bảng tự mở rộng); nếu ô Đánh giá của dòng mới còn trống, sao chép công thức Đánh giá của dòng trên xuống.",
    "5. Ngày báo cáo ở sheet Danh mục: để =TODAY() thì bảng luôn đúng theo ngày mở tệp; gõ một ngày (ví dụ 30/06) để làm báo cáo giữa năm. " +
      "Một ngày gõ cố định cũng giúp tệp lớn tính nhanh hơn (=TODAY() làm Excel tính lại mọi đánh giá mỗi lần sửa một ô); " +
      "muốn trở lại theo ngày mở tệp, gõ lại =TODAY() vào ô đó.",
    "6. Các cột có chữ \"(cột phụ)\" ở cuối bảng Nhiệm vụ được ẩn và tự tính cho sheet Tổng hợp: không xoá, không gõ vào.",
  ],
} as const;

/** Adding a plan to a tracker that already holds tasks (the add-in and `tracker build` alike). */
export const APPEND_TEXT = {
  renamed: (from: string, to: string, title: string) =>
    `Mã NV "${from}" đã thuộc một nhiệm vụ khác trong sổ: nhiệm vụ "${title}" được thêm với mã mới "${to}".`,
  /** An obligation the tracker holds as one row: the plan's occurrences are not added beside it. */
  keptWhole: (id: string, title: string, occurrences: readonly string[]) =>
    `Dòng Mã NV "${id}" ("${title}") theo dõi nhiệm vụ định kỳ này trong một dòng: dòng được giữ nguyên và ` +
    `${occurrences.length} dòng theo từng kỳ (${idRange(occurrences)}) không được thêm, để nhiệm vụ không bị tính hai lần. ` +
    `Muốn theo dõi từng kỳ: xoá Mã NV của dòng này rồi thêm lại kế hoạch (các kỳ sẽ được thêm), chép tiến độ sang các kỳ rồi xoá dòng cũ.`,
  /** Occurrences added while the obligation's old one-row row (Mã NV cleared or changed) is still there. */
  stillCounted: (id: string, title: string, occurrences: readonly string[]) =>
    `Đã thêm ${occurrences.length} dòng theo từng kỳ (${idRange(occurrences)}) của nhiệm vụ "${title}"; ` +
    `dòng cũ ${id === "" ? "không có Mã NV" : `Mã NV "${id}"`} của nhiệm vụ này vẫn được tính: ` +
    `chép tiến độ của nó sang các kỳ rồi xoá dòng đó để nhiệm vụ không bị tính hai lần.`,
} as const;

/** "5.T01 … 5.T12", or the one id. */
export function idRange(ids: readonly string[]): string {
  return ids.length <= 1 ? (ids[0] ?? "") : `${ids[0]} … ${ids[ids.length - 1]}`;
}
