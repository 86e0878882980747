// Vietnamese text of the table checks: rule titles (to group findings) and messages (problem, then fix).
// The sheet and cell are shown by the adapters, so messages name the column only where it helps.
import { formatViDate } from "../dates";
import type { RuleId } from "../tasks/rules";
import { STATUSES, type IsoDate } from "../types";
import { idRange } from "./workbook";

export const RULE_TITLES: Record<RuleId, string> = {
  "cell-error": "Ô báo lỗi",
  spaces: "Khoảng trắng thừa",
  "id-required": "Thiếu mã nhiệm vụ",
  "id-duplicate": "Trùng mã nhiệm vụ",
  "title-required": "Thiếu nội dung nhiệm vụ",
  "title-too-short": "Nội dung quá ngắn",
  "title-duplicate": "Nhiệm vụ bị lặp",
  "obligation-held-twice": "Nhiệm vụ định kỳ bị tính hai lần",
  "month-range": "Tháng không hợp lệ",
  "month-text": "Tháng nhập dạng chữ",
  "lead-required": "Thiếu đơn vị chủ trì",
  "lead-multiple": "Nhiều đơn vị chủ trì",
  "lead-unknown": "Đơn vị chủ trì không có trong danh mục",
  "lead-near-miss": "Tên đơn vị chủ trì viết sai",
  "lead-not-canonical": "Đơn vị chủ trì viết khác danh mục",
  "lead-is-group": "Nhóm đơn vị ở cột chủ trì",
  "lead-merged": "Đơn vị chủ trì đã sáp nhập",
  "partner-unknown": "Đơn vị phối hợp không có trong danh mục",
  "partner-near-miss": "Tên đơn vị phối hợp viết sai",
  "partner-not-canonical": "Đơn vị phối hợp viết khác danh mục",
  "partner-is-lead": "Đơn vị chủ trì lặp ở cột phối hợp",
  "partner-duplicate": "Đơn vị phối hợp ghi lặp",
  "partner-merged": "Đơn vị phối hợp đã sáp nhập",
  "partners-separator": "Đơn vị phối hợp chưa cách nhau bằng dấu ;",
  "leader-unknown": "Lãnh đạo không có trong danh sách",
  "leader-near-miss": "Tên lãnh đạo viết sai",
  "leader-not-canonical": "Tên lãnh đạo viết khác danh sách",
  "deadline-required": "Thiếu thời hạn",
  "deadline-vague": "Thời hạn không rõ ràng",
  "deadline-not-understood": "Thời hạn không đọc được",
  "deadline-needs-year": "Thời hạn thiếu năm",
  "deadline-is-status": "Tình trạng ghi ở cột thời hạn",
  "deadline-outside-plan": "Thời hạn ngoài năm kế hoạch",
  "due-missing": "Thiếu hạn hoàn thành",
  "due-mismatch": "Hạn hoàn thành khác thời hạn",
  "due-not-expected": "Nhiệm vụ thường xuyên có hạn hoàn thành",
  "due-text": "Hạn hoàn thành nhập dạng chữ",
  "due-us-order": "Hạn hoàn thành viết kiểu tháng/ngày",
  "due-invalid": "Hạn hoàn thành không phải ngày",
  "extended-due-text": "Hạn điều chỉnh nhập dạng chữ",
  "extended-due-us-order": "Hạn điều chỉnh viết kiểu tháng/ngày",
  "extended-due-invalid": "Hạn điều chỉnh không phải ngày",
  "extended-before-due": "Hạn điều chỉnh không sau hạn cũ",
  "status-unknown": "Tình trạng không có trong danh sách",
  "status-not-canonical": "Tình trạng viết khác danh sách",
  "status-case": "Tình trạng viết khác chữ hoa/thường",
  "progress-invalid": "Tiến độ không phải số",
  "progress-text": "Tiến độ nhập dạng chữ",
  "progress-range": "Tiến độ ngoài 0–100",
  "progress-fraction": "Tiến độ nhập dạng phần trăm",
  "progress-done-not-100": "Hoàn thành nhưng tiến độ chưa 100",
  "progress-100-not-done": "Tiến độ 100 nhưng chưa Hoàn thành",
  "progress-not-started": "Có tiến độ nhưng Chưa thực hiện",
  "done-date-required": "Thiếu ngày hoàn thành",
  "done-date-not-allowed": "Có ngày hoàn thành nhưng chưa Hoàn thành",
  "done-date-future": "Ngày hoàn thành ở tương lai",
  "done-date-text": "Ngày hoàn thành nhập dạng chữ",
  "done-date-us-order": "Ngày hoàn thành viết kiểu tháng/ngày",
  "done-date-invalid": "Ngày hoàn thành không phải ngày",
  "evidence-expected": "Thiếu kết quả / văn bản",
  "derived-not-formula": "Ô tính tự động bị gõ đè",
  "state-disagrees": "Đánh giá khác với dữ liệu của dòng",
  "row-outside-table": "Dòng nằm ngoài bảng",
};

const q = (text: string) => `“${text}”`;
const d = (iso: IsoDate) => formatViDate(iso);
const STATUS_LIST = STATUSES.join(", ");
const DEADLINE_EXAMPLES = "30/6/2026, Tháng 6/2026, Quý II/2026, Năm 2026, Thường xuyên";
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text);
const renames = (pairs: [string, string][]) => pairs.map(([from, to]) => `${q(from)} → ${q(to)}`).join("; ");

/** A date column, as named in messages. */
export type DateColumn = "due" | "extendedDue" | "doneDate";
const DATE_COLUMN: Record<DateColumn, string> = {
  due: "Hạn hoàn thành",
  extendedDue: "Hạn điều chỉnh",
  doneDate: "Ngày hoàn thành",
};

export const CHECK_MESSAGES = {
  cellError: (column: string, error: string) =>
    `Ô ${column} đang báo lỗi ${error} (thường do công thức hỏng hoặc dữ liệu dán đè). Nhập lại giá trị đúng.`,
  spaces: (column: string) =>
    `Ô ${column} có khoảng trắng thừa hoặc khoảng trắng đặc biệt (NBSP) nên lọc và tổng hợp không khớp. Xóa khoảng trắng thừa.`,
  idRequired: () => "Thiếu mã nhiệm vụ. Nhập một mã riêng cho dòng này (ví dụ NV01).",
  idDuplicate: (id: string, otherTitle: string) =>
    `Mã ${q(id)} đã dùng cho nhiệm vụ ${q(shorten(otherTitle))} ở dòng trên. Đặt mã khác để mỗi nhiệm vụ có một mã riêng.`,
  titleRequired: () => "Thiếu nội dung nhiệm vụ. Ghi rõ việc phải làm theo văn bản giao.",
  titleTooShort: (title: string) =>
    `Nội dung ${q(title)} quá ngắn, không rõ việc phải làm. Ghi đầy đủ nội dung theo văn bản giao.`,
  titleDuplicate: (otherId: string) =>
    `Nhiệm vụ trùng nội dung và đơn vị chủ trì với nhiệm vụ ${q(otherId)} ở dòng trên. Xóa dòng thừa nếu đã dán trùng.`,
  obligationHeldTwice: (occurrences: readonly string[]) =>
    `Nhiệm vụ định kỳ này còn được theo dõi theo từng kỳ ở ${occurrences.length} dòng khác (${idRange(occurrences)}), nên mọi số liệu đang tính nó hai lần. ` +
    `Chép tiến độ, tình trạng, ngày hoàn thành và kết quả của dòng này sang các dòng theo kỳ tương ứng, rồi xóa dòng này.`,
  monthRange: (text: string) => `Tháng ${q(text)} không hợp lệ. Nhập số từ 1 đến 12.`,
  monthText: (text: string, month: number) =>
    `Tháng ${q(text)} đang là chữ nên không lọc, tổng hợp được. Chuyển thành số ${month}.`,
  leadRequired: () => "Thiếu đơn vị chủ trì. Chọn một đơn vị trong danh mục.",
  leadMultiple: (names: string[]) =>
    `Ô đơn vị chủ trì có ${names.length} đơn vị (${names.join("; ")}). Mỗi nhiệm vụ chỉ có một đơn vị chủ trì: giữ một đơn vị, chuyển các đơn vị còn lại sang cột Đơn vị phối hợp.`,
  leadUnknown: (text: string) =>
    `${q(text)} không có trong danh mục đơn vị (có thể do dán đè lên danh sách chọn). Chọn đơn vị trong danh sách, hoặc thêm đơn vị này vào sheet Danh mục.`,
  leadNearMiss: (text: string, name: string) =>
    `${q(text)} không có trong danh mục; có lẽ là ${q(name)}. Sửa thành tên trong danh mục.`,
  leadNotCanonical: (text: string, name: string) =>
    `${q(text)} là cách viết khác của ${q(name)}; bảng tổng hợp sẽ đếm thành một đơn vị riêng. Sửa thành tên trong danh mục.`,
  leadIsGroup: (text: string) =>
    `${q(text)} là một nhóm đơn vị, không thể chủ trì. Chọn một đơn vị cụ thể; nhóm đơn vị ghi ở cột Đơn vị phối hợp.`,
  leadMerged: (text: string, successor: string) =>
    `${q(text)} đã sáp nhập vào ${q(successor)}. Nếu nhiệm vụ nay do ${q(successor)} thực hiện, sửa thành tên mới; nếu không, giữ nguyên.`,
  partnerMerged: (pairs: [string, string][]) =>
    `Đơn vị phối hợp đã sáp nhập: ${renames(pairs)}. Sửa thành tên mới nếu nhiệm vụ nay do đơn vị mới thực hiện.`,
  partnerUnknown: (names: string[]) =>
    `Đơn vị phối hợp không có trong danh mục: ${names.map(q).join("; ")}. Kiểm tra lại tên, hoặc thêm vào sheet Danh mục.`,
  partnerNearMiss: (pairs: [string, string][]) => `Tên đơn vị phối hợp có lẽ viết sai: ${renames(pairs)}. Sửa theo danh mục.`,
  partnerNotCanonical: (pairs: [string, string][]) =>
    `Đơn vị phối hợp viết khác tên trong danh mục: ${renames(pairs)}. Sửa theo danh mục.`,
  partnerIsLead: (lead: string) =>
    `${q(lead)} đã là đơn vị chủ trì, không ghi lại ở cột phối hợp. Bỏ đơn vị này khỏi danh sách phối hợp.`,
  partnerDuplicate: (names: string[]) => `Đơn vị phối hợp ghi lặp: ${names.map(q).join("; ")}. Bỏ tên lặp.`,
  partnersSeparator: () =>
    "Các đơn vị phối hợp phải cách nhau bằng dấu chấm phẩy (;) thì mới tách và đếm được từng đơn vị. Viết lại danh sách với dấu ;.",
  leaderUnknown: (text: string) =>
    `${q(text)} không có trong danh sách Ban Giám đốc. Chọn lãnh đạo trong danh sách, hoặc bổ sung vào sheet Danh mục.`,
  leaderNearMiss: (text: string, name: string) =>
    `${q(text)} không có trong danh sách Ban Giám đốc; có lẽ là ${q(name)}. Sửa thành họ tên trong danh sách.`,
  leaderNotCanonical: (text: string, name: string) =>
    `${q(text)} là cách viết khác của ${q(name)}; tổng hợp theo lãnh đạo sẽ tách thành hai. Ghi đúng họ tên như trong danh sách.`,
  deadlineRequired: () => `Thiếu thời hạn. Ghi thời hạn theo văn bản giao (ví dụ: ${DEADLINE_EXAMPLES}).`,
  deadlineVague: (text: string) =>
    `Thời hạn ${q(text)} không nói rõ khi nào phải xong. Ghi một mốc cụ thể (ngày, tháng, quý, năm) hoặc “Thường xuyên”.`,
  deadlineNotUnderstood: (text: string) =>
    `Không đọc được thời hạn ${q(text)}. Ghi theo một trong các mẫu: ${DEADLINE_EXAMPLES}.`,
  deadlineNeedsYear: (text: string) =>
    `Thời hạn ${q(text)} không ghi năm nên chưa tính được hạn. Thêm năm vào thời hạn, hoặc nhập ngày ở cột Hạn hoàn thành.`,
  deadlineIsStatus: (text: string) =>
    `${q(text)} là tình trạng, không phải thời hạn. Ghi thời hạn theo văn bản giao; tình trạng chọn ở cột Tình trạng.`,
  deadlineOutsidePlan: (text: string, date: IsoDate, planYear: number) =>
    `Thời hạn ${q(text)} (${d(date)}) nằm ngoài năm kế hoạch ${planYear}. Kiểm tra lại năm.`,
  dueMissing: (text: string, due: IsoDate) =>
    `Thời hạn ${q(text)} cho hạn hoàn thành ${d(due)} nhưng cột Hạn hoàn thành còn trống. Điền ngày ${d(due)}.`,
  dueMismatch: (due: IsoDate, text: string, derived: IsoDate) =>
    `Hạn hoàn thành ${d(due)} khác với thời hạn ${q(text)} (${d(derived)}). Sửa thành ${d(derived)}; nếu đã được gia hạn thì ghi ngày mới ở cột Hạn điều chỉnh.`,
  dueNotExpected: (text: string, due: IsoDate) =>
    `Thời hạn ${q(text)} là nhiệm vụ thường xuyên, không có hạn, nhưng cột Hạn hoàn thành ghi ${d(due)} nên dòng này bị đánh giá theo ngày đó. Xóa ngày nếu không có hạn; nếu có mốc riêng thì ghi vào thời hạn (ví dụ “Tháng 12/2026 và thường xuyên”).`,
  dateText: (column: DateColumn, text: string, date: IsoDate) =>
    `${DATE_COLUMN[column]} ${q(text)} đang là chữ nên Excel không so sánh, tính hạn được. Chuyển thành ngày thật ${d(date)}.`,
  dateUsOrder: (column: DateColumn, text: string, date: IsoDate) =>
    `${DATE_COLUMN[column]} ${q(text)} viết theo kiểu tháng/ngày (Mỹ). Nếu là ngày ${d(date)} thì chuyển thành ngày thật.`,
  dateInvalid: (column: DateColumn, text: string, suggested: IsoDate | null) =>
    `${DATE_COLUMN[column]} ${q(text)} không phải là ngày. Nhập ngày dạng dd/mm/yyyy` +
    (suggested ? `; theo thời hạn thì là ${d(suggested)}.` : "."),
  extendedBeforeDue: (extended: IsoDate, due: IsoDate) =>
    `Hạn điều chỉnh ${d(extended)} không muộn hơn hạn hoàn thành ${d(due)}. Gia hạn phải là một ngày sau hạn cũ; kiểm tra lại.`,
  statusUnknown: (text: string) =>
    `Tình trạng ${q(text)} không có trong danh sách (${STATUS_LIST}); có thể do dán đè lên danh sách chọn. Chọn lại trong danh sách.`,
  statusNotCanonical: (text: string, status: string) =>
    `Tình trạng ${q(text)} viết khác danh sách nên công thức đánh giá không nhận ra. Sửa thành ${q(status)}.`,
  statusHiddenSpace: (status: string) =>
    `Tình trạng ${q(status)} có khoảng trắng đặc biệt (NBSP) nên công thức đánh giá không nhận ra. Sửa thành ${q(status)}.`,
  statusCase: (text: string, status: string) =>
    `Tình trạng ${q(text)} viết khác chữ hoa/thường so với danh sách chọn. Công thức đánh giá vẫn nhận ra; sửa thành ${q(status)} cho thống nhất.`,
  progressInvalid: (text: string) => `Tiến độ ${q(text)} không phải là số. Nhập số phần trăm từ 0 đến 100.`,
  progressText: (text: string, value: number) =>
    `Tiến độ ${q(text)} đang là chữ nên không tính trung bình được. Chuyển thành số ${value}.`,
  progressRange: (value: number) => `Tiến độ ${value} ngoài khoảng 0–100. Nhập số phần trăm từ 0 đến 100.`,
  progressFraction: (value: number, percent: number) =>
    `Tiến độ ${value} có lẽ là ${percent}% nhập vào ô định dạng phần trăm. Cột này ghi số từ 0 đến 100: sửa thành ${percent}.`,
  progressDoneNot100: (value: number | null) =>
    `Đã Hoàn thành nhưng tiến độ ${value === null ? "còn trống" : `là ${value}`}. Nhiệm vụ hoàn thành có tiến độ 100.`,
  progress100NotDone: (status: string) =>
    `Tiến độ 100 nhưng tình trạng là ${q(status || "(trống)")}. Nếu đã xong, chọn Hoàn thành và ghi ngày hoàn thành.`,
  progressNotStarted: (value: number) =>
    `Tình trạng “Chưa thực hiện” nhưng tiến độ là ${value}. Chọn “Đang thực hiện”, hoặc đặt tiến độ về 0.`,
  doneDateRequired: () => "Đã Hoàn thành nhưng thiếu ngày hoàn thành. Nhập ngày hoàn thành (dd/mm/yyyy).",
  doneDateNotAllowed: (date: IsoDate, status: string) =>
    `Có ngày hoàn thành ${d(date)} nhưng tình trạng là ${q(status || "(trống)")}. Chọn Hoàn thành nếu đã xong, nếu chưa thì xóa ngày hoàn thành.`,
  doneDateFuture: (date: IsoDate, today: IsoDate) =>
    `Ngày hoàn thành ${d(date)} ở tương lai (hôm nay là ${d(today)}). Kiểm tra lại ngày.`,
  evidenceExpected: () =>
    "Đã Hoàn thành nhưng chưa ghi kết quả / văn bản. Ghi số, ký hiệu văn bản hoặc sản phẩm (ví dụ Báo cáo số 123/BC-SYT).",
};

/** Findings about the cells the tracker computes (check guards the figures). */
export const DERIVED_MESSAGES = {
  typedOver: (header: string, shown: string, expected: string | null) =>
    `Ô ${header} phải là công thức nhưng đang chứa giá trị gõ tay ${shown ? q(shown) : "(trống)"}, nên màu dòng và trang Tổng hợp ` +
    `tính theo giá trị này chứ không theo dữ liệu của dòng` +
    (expected !== null ? ` (theo dữ liệu, đánh giá là ${q(expected)})` : "") +
    `. Hãy khôi phục công thức: chép ô cùng cột của một dòng khác trong bảng rồi dán vào ô này, hoặc chạy lệnh build với --out là tệp này.`,
  disagrees: (shown: string, expected: string) =>
    `Đánh giá hiển thị ${q(shown)} nhưng theo dữ liệu của dòng là ${q(expected)}. Nếu tệp chưa được tính lại, hãy mở bằng Excel ` +
    `hoặc LibreOffice rồi lưu lại; nếu vẫn khác, công thức đã bị sửa: hãy khôi phục công thức Đánh giá.`,
  outsideTable: (row: number, lastRow: number) =>
    `Dòng ${row} nằm dưới bảng nhiệm vụ (bảng kết thúc ở dòng ${lastRow}), nên không có công thức Đánh giá và không được tính ` +
    `trong trang Tổng hợp của tệp. Hãy mở rộng bảng đến hết dòng này (chọn một ô trong bảng, Thiết kế bảng > Đổi kích thước bảng) ` +
    `hoặc chạy lệnh build với --out là tệp này để đưa dòng vào bảng.`,
};

export const FIX_LABELS = {
  replaceWith: (value: string) => `Sửa thành “${value}”`,
  realDate: (date: IsoDate) => `Chuyển thành ngày ${d(date)}`,
  number: (value: number) => `Chuyển thành số ${value}`,
  removeSpaces: () => "Xóa khoảng trắng thừa",
  clearDate: () => "Xóa ngày",
  partners: (value: string) => `Viết lại: ${value || "(để trống)"}`,
  restoreFormula: () => "Khôi phục công thức",
};
