// Vietnamese text of merging units' returns: the "Đối chiếu" sheet, its hidden ledger, and `tracker merge`.

export const MERGE_TEXT = {
  masterWithoutId:
    "Sổ theo dõi gốc chưa có mã sổ (MaSoTheoDoi, sổ dựng trước khi có chức năng gửi đơn vị) nên không xác định được tệp " +
    "này là bản gửi của sổ nào: không nhận gì từ tệp này. Hãy dựng lại sổ bằng lệnh build (sổ sẽ có mã), gửi lại các đơn vị " +
    "bản mới (tracker split) rồi nhận các bản gửi lại đó.",
  unitCopyAsBuildInput: (file: string) =>
    `Tệp "${file}" là bản gửi đơn vị (có sheet "Bản gửi"), không phải văn bản giao nhiệm vụ: dựng sổ từ tệp này sẽ không ` +
    `nhận tiến độ đơn vị đã cập nhật. Để nhận bản gửi lại vào sổ theo dõi, dùng: tracker merge SỔ.xlsx "${file}"`,
} as const;

export const RECONCILE_TEXT = {
  sheet: "Đối chiếu",
  table: "BangDoiChieu",
  title: "Đối chiếu các bản gửi lại của đơn vị: mỗi dòng là một thay đổi đã cập nhật, xung đột, giá trị không nhận, đề xuất hoặc lỗi kiểm tra",
  headers: {
    received: "Ngày nhận",
    file: "Tệp",
    unit: "Đơn vị",
    id: "Mã NV",
    column: "Cột",
    kind: "Loại",
    master: "Giá trị trong sổ",
    returned: "Giá trị đơn vị gửi",
    note: "Ghi chú",
  },
  kinds: {
    applied: "Đã cập nhật",
    conflict: "Xung đột",
    refused: "Không nhận",
    proposal: "Đề xuất gia hạn",
    finding: "Kiểm tra",
  },
  appliedNote: "Đơn vị cập nhật; sổ chưa sửa ô này từ khi gửi nên đã ghi giá trị của đơn vị.",
  conflictNote: (sent: string) =>
    `Cả sổ và đơn vị đều sửa ô này từ khi gửi (giá trị đã gửi: ${sent || "để trống"}): sổ giữ giá trị của sổ; ` +
    "người lập kế hoạch xem và sửa tay nếu cần.",
  proposalNote: (reason: string) => `Đơn vị đề xuất hạn mới${reason ? `, lý do: ${reason}` : ""}. Chưa áp dụng: người lập kế hoạch quyết định, ghi vào cột Hạn điều chỉnh.`,
  newFindingNote: (cell: string, severity: string, message: string) => `${severity} mới sau khi nhận, tại ô ${cell} của sổ: ${message}`,
  earlierFindings: (count: number, sheet: string) =>
    `${count} lỗi/cảnh báo trên các nhiệm vụ vừa nhận đã có từ trước khi nhận (không do bản gửi lại gây ra): ` +
    `không liệt kê ở đây, xem sheet "${sheet}".`,
  empty: "Chưa nhận bản gửi lại nào.",
} as const;

export const LEDGER_TEXT = {
  sheet: "Đã nhận",
  note: "Sổ ghi các bản gửi lại đã nhận, để nhận lại cùng tệp không ghi trùng và bản cũ không đè số liệu mới. Không sửa sheet này.",
  headers: ["Loại", "Mã lần gửi", "Đơn vị", "Lưu lúc", "Mã tệp", "Tệp", "Mã NV", "Cột", "Giá trị"],
} as const;

export const MERGE_CLI_TEXT = {
  summary: (master: string, files: number, applied: number, conflicts: number, refused: number, proposals: number) =>
    `Đã nhận ${files} tệp gửi lại vào "${master}": ${applied} ô được cập nhật, ${conflicts} xung đột (giữ giá trị của sổ), ` +
    `${refused} giá trị không nhận, ${proposals} đề xuất gia hạn.`,
  written: (file: string) => `Đã ghi: ${file} (xem sheet "Đối chiếu").`,
  backup: (file: string) => `Bản sao sổ trước khi nhận: ${file}`,
  nothingNew: (master: string) => `Không có gì mới: "${master}" giữ nguyên, không ghi lại tệp.`,
  alreadyMerged: (file: string) => `Tệp "${file}" đã được nhận trước đó (cùng nội dung): không có gì mới.`,
  conflict: (file: string, id: string, column: string, master: string, returned: string) =>
    `Xung đột ${id} (${column}) từ "${file}": sổ giữ "${master}", đơn vị gửi "${returned}".`,
  refused: (file: string, id: string, column: string, reason: string) =>
    `Không nhận${id ? ` ${id}` : ""}${column ? ` (${column})` : ""} từ "${file}": ${reason}`,
  newFindings: (file: string, errors: number, warnings: number) =>
    `Sau khi nhận${file ? ` "${file}"` : ""}: ${errors} lỗi, ${warnings} cảnh báo mới trong sổ (chi tiết trong sheet "Đối chiếu").`,
  earlierFindings: (count: number, sheet: string) =>
    `${count} lỗi/cảnh báo trên các nhiệm vụ vừa nhận đã có từ trước khi nhận: xem sheet "${sheet}".`,
  missingReturn: "Thiếu tệp gửi lại của đơn vị (RETURN.xlsx) sau tệp sổ theo dõi.",
  noReturnRead: "Không đọc được tệp gửi lại nào là bản gửi đơn vị của sổ theo dõi: không ghi gì.",
  lostParts: (file: string, parts: string[]) =>
    `Sổ theo dõi "${file}" có ${parts.join(", ")}; ghi lại sổ sẽ làm mất các phần này nên không nhận bản gửi vào sổ. ` +
    "Hãy xoá các phần đó trong một bản sao của sổ rồi nhận vào bản sao, hoặc nhận bằng add-in trong Excel.",
  noSheetName: (base: string) =>
    `Sổ theo dõi đã có các sheet "${base}", "${base} (2)"… của người dùng nên không có chỗ ghi sheet này: ` +
    "hãy đổi tên một sheet rồi chạy lại.",
  backupFailed: (file: string, reason: string) =>
    `Không ghi được bản sao của "${file}" trước khi nhận (${reason}): chưa sửa sổ theo dõi. ` +
    "Kiểm tra quyền ghi vào thư mục của sổ, hoặc ghi sang tệp khác bằng --out.",
} as const;
