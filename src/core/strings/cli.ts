// Vietnamese text of the command line and the .xlsx reader: errors, confirmations, table headers.
import { formatViDate } from "../dates";
import type { IsoDate } from "../types";

/** Errors that stop a command (exit code 2): what went wrong, where, and what to do. */
export const READ_ERRORS = {
  notFound: (file: string) => `Không tìm thấy tệp "${file}". Kiểm tra lại đường dẫn và tên tệp.`,
  notAFile: (file: string) => `"${file}" là một thư mục, không phải tệp Excel. Hãy chỉ ra tệp .xlsx.`,
  unreadable: (file: string, reason: string) => `Không đọc được tệp "${file}" (${reason}). Kiểm tra quyền truy cập tệp.`,
  empty: (file: string) => `Tệp "${file}" rỗng (0 byte). Hãy lưu lại sổ theo dõi từ Excel rồi thử lại.`,
  encrypted: (file: string) =>
    `Tệp "${file}" được đặt mật khẩu hoặc là tệp Excel cũ (.xls). ` +
    `Hãy mở tệp bằng Excel, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu) ` +
    `hoặc lưu thành .xlsx (Tệp > Lưu thành > Sổ làm việc Excel), rồi chạy lại.`,
  passwordProtected: (file: string) =>
    `Tệp "${file}" được đặt mật khẩu (mã hóa) nên không đọc được. ` +
    `Hãy mở tệp bằng Excel với mật khẩu, bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu), ` +
    `lưu lại rồi chạy lại.`,
  oldXls: (file: string) =>
    `Tệp "${file}" là tệp Excel 97-2003 (.xls), không phải .xlsx. ` +
    `Hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (*.xlsx)" (Tệp > Lưu thành), rồi chạy lại với tệp .xlsx.`,
  notXlsx: (file: string) =>
    `Tệp "${file}" không phải tệp Excel .xlsx (có thể là tệp CSV, PDF hoặc tệp đã hỏng). ` +
    `Hãy mở bằng Excel và lưu thành "Sổ làm việc Excel (*.xlsx)".`,
  corrupt: (file: string) =>
    `Tệp "${file}" bị hỏng, Excel không đọc được nội dung. ` +
    `Hãy mở bằng Excel (Excel sẽ đề nghị sửa tệp) rồi lưu lại, hoặc dùng bản sao gần nhất.`,
  tooBig: (file: string, what: string) =>
    `Tệp "${file}" quá lớn để đọc: ${what}. Tệp không hỏng, chỉ là vượt giới hạn an toàn của chương trình. ` +
    `Hãy mở bằng Excel, xóa các dòng, cột và trang tính không dùng (Ctrl+End cho biết ô cuối cùng Excel còn giữ), ` +
    `lưu lại rồi chạy lại; hoặc tách sổ thành nhiều tệp nhỏ hơn (theo năm hoặc theo đơn vị).`,
  ods: (file: string) =>
    `Tệp "${file}" là bảng tính OpenDocument (.ods của LibreOffice/WPS) được đổi đuôi thành .xlsx, không phải .xlsx thật. ` +
    `Hãy mở bằng LibreOffice và lưu thành "Excel 2007-365 (.xlsx)" (Tệp > Lưu thành), rồi chạy lại.`,
  noTable: (file: string, headers: string[]) =>
    `Không tìm thấy bảng nhiệm vụ trong tệp "${file}": không trang tính nào có dòng tiêu đề gồm các cột ` +
    `${headers.map((h) => `"${h}"`).join(", ")}. ` +
    `Hãy mở sổ theo dõi đúng, hoặc khôi phục dòng tiêu đề của bảng nhiệm vụ (tạo lại bằng lệnh build nếu cần).`,
  missingColumns: (file: string, sheet: string, row: number, missing: string[]) =>
    `Bảng nhiệm vụ trên trang "${sheet}" (dòng tiêu đề ${row}) của tệp "${file}" thiếu cột bắt buộc: ` +
    `${missing.map((h) => `"${h}"`).join(", ")}. ` +
    `Hãy thêm lại cột với đúng tiêu đề này (thứ tự cột không quan trọng) rồi chạy lại.`,
  outIsNotTracker: (file: string, reason: string) =>
    `Tệp đích "${file}" đã có nhưng không phải sổ theo dõi nhiệm vụ nên không ghi đè: ${reason} ` +
    `Hãy chọn tên tệp khác cho --out.`,
};

/** What passed a reader limit (limits.ts), for READ_ERRORS.tooBig. */
export const TOO_BIG_DETAILS = {
  fileBytes: (mb: number, limitMb: number) => `tệp nặng ${mb} MB, quá giới hạn ${limitMb} MB`,
  inflatedBytes: (limitMb: number) => `nội dung giải nén vượt quá ${limitMb} MB`,
  partBytes: (part: string, limitMb: number) => `phần "${part}" giải nén vượt quá ${limitMb} MB`,
  partRatio: (part: string) =>
    `phần "${part}" giải nén lớn gấp hàng trăm lần kích thước nén hoặc lớn hơn kích thước tệp tự khai (dấu hiệu tệp bị làm giả)`,
  sheetRows: (limit: string) => `một trang tính lưu hơn ${limit} dòng`,
  parts: (limit: string) => `tệp gồm hơn ${limit} phần`,
  memory: "không đủ bộ nhớ để mở toàn bộ nội dung",
};

/** Findings the reader itself raises about the sheet's shape. */
export const READ_FINDINGS = {
  mergedCells: (range: string) =>
    `Các ô ${range} đang được gộp (Merge). Bảng nhiệm vụ không được gộp ô: lọc, sắp xếp và PivotTable sẽ sai. ` +
    `Hãy bỏ gộp ô (Trang đầu > Gộp & Căn giữa > Bỏ gộp ô) và điền giá trị vào từng dòng.`,
  formulaWithoutValue:
    "Ô chứa công thức nhưng tệp không lưu kết quả tính, nên không đọc được giá trị. " +
    "Hãy mở tệp bằng Excel, lưu lại (để Excel tính công thức) hoặc nhập giá trị trực tiếp.",
  cellError: (error: string) =>
    `Ô đang báo lỗi ${error}. Hãy sửa công thức hoặc nhập giá trị trực tiếp.`,
  unitNotInSummary: (unit: string) =>
    `Đơn vị “${unit}” chủ trì nhiệm vụ nhưng trang Tổng hợp chưa có dòng cho đơn vị này, nên số liệu theo đơn vị ` +
    `chưa đếm các nhiệm vụ của đơn vị. Hãy chạy lại lệnh build với --out là tệp này để thêm dòng.`,
  rowsAfterGap: (row: number, blank: number) =>
    `Từ dòng ${row} có nhiệm vụ nằm dưới ${blank} dòng trống liền nhau nên không được đọc (chương trình coi đó là hết bảng). ` +
    `Hãy xóa các dòng trống để các nhiệm vụ này nằm liền bảng.`,
};

export const CLI_USAGE = {
  build: "Cách dùng: tracker build ĐẦU_VÀO --out TỆP.xlsx [--year YYYY] [--as-of YYYY-MM-DD]",
  check: "Cách dùng: tracker check TỆP.xlsx [--json]",
  summary: "Cách dùng: tracker summary TỆP.xlsx [--as-of YYYY-MM-DD] [--json]",
  merge:
    "Cách dùng: tracker merge TRACKER.xlsx RETURN.xlsx... [--out MERGED.xlsx] [--json]\n" +
    "  không có --out: TRACKER.xlsx được cập nhật tại chỗ, sau khi ghi một bản sao bên cạnh",
  split: "Cách dùng: tracker split TỆP.xlsx --out THƯ_MỤC [--expand-groups] [--json]",
  remind: "Cách dùng: tracker remind TỆP.xlsx [--as-of YYYY-MM-DD] [--out THƯ_MỤC [--attach]] [--json]",
};

export const ARG_ERRORS = {
  missingValue: (flag: string) => `Thiếu giá trị sau ${flag}.`,
  unknownFlag: (flag: string) => `Không hiểu tùy chọn ${flag}.`,
  extraArgument: (arg: string) => `Thừa tham số "${arg}".`,
  missingInput: "Thiếu tệp đầu vào.",
  missingOut: "Thiếu --out TỆP.xlsx (nơi ghi sổ theo dõi).",
  outNotXlsx: (file: string) => `Tệp đích "${file}" phải có đuôi .xlsx.`,
  badYear: (value: string) => `Năm "${value}" không hợp lệ; hãy ghi 4 chữ số, ví dụ --year 2026.`,
  badDate: (value: string) => `Ngày "${value}" không hợp lệ; hãy ghi theo dạng YYYY-MM-DD, ví dụ --as-of 2026-06-30.`,
};

export const INPUT_ERRORS = {
  badJson: (file: string, reason: string) => `Tệp "${file}" không phải JSON hợp lệ (${reason}).`,
  notTaskList: (file: string) =>
    `Tệp "${file}" không phải danh sách nhiệm vụ: cần một mảng JSON như lệnh import in ra ` +
    `(mỗi phần tử có ít nhất "title"), hoặc một đối tượng có trường "tasks".`,
  noTasks: (file: string) =>
    `Không nhận ra nhiệm vụ nào trong "${file}". Kiểm tra tệp có đúng là văn bản giao nhiệm vụ hoặc bảng nhiệm vụ.`,
  entriesWithoutTask: (file: string, positions: number[]) =>
    `Tệp "${file}" có ${positions.length} mục không có "id" và cũng không có "title" (mục thứ ${positions.slice(0, 10).join(", ")}` +
    `${positions.length > 10 ? ", ..." : ""}): đó không phải nhiệm vụ nên không thể thêm vào sổ. ` +
    `Nếu đây là tiến độ các đơn vị báo về, hãy nhập vào sổ theo dõi (Tình trạng, Tiến độ, Ngày hoàn thành...) hoặc dùng "tracker merge" với bản gửi lại của đơn vị; ` +
    `nếu là danh sách nhiệm vụ, thêm "id" hoặc "title" cho từng mục.`,
};

export const WRITE_ERRORS = {
  noFolder: (file: string) => `Không ghi được "${file}": thư mục chứa tệp không tồn tại. Hãy tạo thư mục trước hoặc chọn đường dẫn khác.`,
  locked: (file: string) =>
    `Không ghi được "${file}": tệp đang mở trong Excel hoặc không có quyền ghi. Hãy đóng tệp trong Excel rồi chạy lại.`,
  other: (file: string, reason: string) => `Không ghi được "${file}" (${reason}).`,
  busy: (file: string) =>
    `Không ghi được "${file}": một lệnh khác đang ghi tệp này và chưa xong sau 30 giây. ` +
    `Hãy đợi lệnh đó kết thúc rồi chạy lại (nếu không còn lệnh nào chạy, xóa tệp ".${file}.lock" bên cạnh).`,
};

export const BUILD_TEXT = {
  created: (file: string, count: number) => `Đã tạo sổ theo dõi "${file}" với ${count} nhiệm vụ.`,
  rebuilt: (file: string, kept: number, added: number) =>
    `Đã cập nhật sổ theo dõi "${file}": giữ ${kept} nhiệm vụ đã có, thêm ${added} nhiệm vụ mới.`,
  reportDate: (asOf: IsoDate | null) =>
    asOf ? `Ngày báo cáo: ${formatViDate(asOf)}.` : "Ngày báo cáo: =TODAY() (ngày mở tệp).",
  unplaced: (count: number) => `Lưu ý: ${count} đoạn văn bản không xếp được vào nhiệm vụ nào (xem bằng lệnh import).`,
  nextStep: (file: string) => `Bước tiếp theo: tracker check "${file}"`,
  formulasAsValues: (sheet: string, cells: string[]) =>
    `Lưu ý: ${cells.length} ô có công thức trong bảng nhiệm vụ (trang "${sheet}": ` +
    `${cells.slice(0, 10).join(", ")}${cells.length > 10 ? ", …" : ""}) được ghi lại bằng giá trị đang hiển thị, ` +
    `không giữ công thức (ô không có giá trị thì để trống). Nếu cần tính tự động, hãy nhập lại công thức.`,
};

/** What a rebuild carried over instead of losing it (rebuild/keptContent.ts). */
export const KEPT_TEXT = {
  sheet: "Nội dung giữ lại",
  title: "Nội dung người dùng nhập trên các trang do chương trình tạo, được giữ lại khi dựng lại sổ",
  headers: ["Trang", "Ô", "Nội dung", "Ghi chú (comment)"],
  generated: (count: number, sheets: string[]) =>
    `Lưu ý: ${count} ô hoặc ghi chú do người dùng nhập trên trang ${sheets.map((s) => `"${s}"`).join(", ")} ` +
    `(các trang do chương trình tạo lại) đã được chuyển sang trang "Nội dung giữ lại", kèm trang và ô gốc.`,
  textBelow: (count: number) =>
    `Lưu ý: ${count} dòng chữ dưới bảng nhiệm vụ (chữ ký, ghi chú) không phải nhiệm vụ; đã được giữ lại ngay dưới bảng mới.`,
  afterGap: (rows: number[]) =>
    `Lưu ý: ${rows.length} nhiệm vụ nằm cách bảng nhiều dòng trống (dòng ${rows.slice(0, 10).join(", ")}` +
    `${rows.length > 10 ? ", …" : ""}) đã được đưa vào bảng nhiệm vụ.`,
  detached: (headers: string[]) =>
    `Lưu ý: cột ${headers.map((h) => `"${h}"`).join(", ")} nằm tách khỏi bảng bởi một cột trống; đã được đưa vào bảng ` +
    `(cuối bảng), giữ nguyên giá trị và ghi chú của từng dòng.`,
};

export const CHECK_TEXT = {
  clean: (file: string, count: number) => `Tệp "${file}": ${count} nhiệm vụ, không có lỗi nào.`,
  header: (file: string, count: number, errors: number, warnings: number) =>
    `Tệp "${file}": ${count} nhiệm vụ, ${errors} lỗi, ${warnings} cảnh báo.`,
  error: "Lỗi",
  warning: "Cảnh báo",
  fix: (label: string) => `Sửa: ${label}`,
  tableLevel: "(cả bảng)",
};

export const SUMMARY_TEXT = {
  asOf: (asOf: IsoDate) => `Tình hình thực hiện nhiệm vụ đến ngày ${formatViDate(asOf)}`,
  columns: {
    unit: "Đơn vị chủ trì",
    total: "Tổng",
    doneOnTime: "Xong đúng hạn",
    doneLate: "Xong quá hạn",
    inProgress: "Trong hạn",
    dueSoon: "Sắp đến hạn",
    overdue: "Quá hạn",
    ongoing: "Thường xuyên",
    score: "Điểm",
    rating: "Xếp loại",
  },
  total: "Tổng cộng",
  noRating: "—",
  overdueList: "Nhiệm vụ quá hạn:",
  overdueItem: (id: string, days: number) => `  ${id}: quá hạn ${days} ngày`,
  moreOverdue: (count: number) => `  ... và ${count} nhiệm vụ khác`,
};

export const DEMO_TEXT = {
  title: "Ví dụ: sổ theo dõi nhiệm vụ dựng từ văn bản mẫu trong samples/",
  built: (file: string) => `Sổ theo dõi đã ghi tại: ${file}`,
  openHint: "Mở tệp bằng Excel, WPS hoặc LibreOffice; trang Nhiệm vụ tô màu các dòng quá hạn và sắp đến hạn.",
  checked: (errors: number, warnings: number) => `Kiểm tra dữ liệu: ${errors} lỗi, ${warnings} cảnh báo.`,
  unmatched: (matches: string[]) =>
    `Lưu ý: không tìm thấy nhiệm vụ nào chứa ${matches.map((m) => `"${m}"`).join(", ")} để ghi tiến độ mẫu.`,
};
