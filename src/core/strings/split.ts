// Vietnamese text of the unit copies (`tracker split`, "Gửi đơn vị"): the sheets a copy adds, the
// commitment page, and what the command says about each copy, group task and master update.
import { formatViDate } from "../dates";
import type { IsoDate } from "../types";

export const UNIT_COPY_TEXT = {
  partnerSheet: "Phối hợp",
  partnerTitle: (unit: string) => `Nhiệm vụ ${unit} phối hợp thực hiện (để tham khảo)`,
  partnerNote:
    "Các nhiệm vụ do đơn vị khác chủ trì, đơn vị mình phối hợp. Chỉ để xem: tiến độ do đơn vị chủ trì cập nhật trong bản của họ.",
  partnerNone: "Không có nhiệm vụ nào đơn vị phối hợp.",
  partnerHeaders: ["Mã NV", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Hạn hoàn thành", "Tình trạng khi gửi"],
  viaGroup: (group: string) => `(thuộc “${group}”)`,
  commitmentSheet: "Bản cam kết",
  commitmentAgency: "SỞ Y TẾ",
  commitmentTitle: (year: number | undefined) => `BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ${year ? ` NĂM ${year}` : ""}`,
  commitmentUnit: (unit: string) => `Đơn vị: ${unit}`,
  commitmentIntro: (count: number) =>
    `Đơn vị cam kết hoàn thành ${count} nhiệm vụ dưới đây đúng thời hạn, với sản phẩm như đã giao.`,
  commitmentHeaders: ["Mã NV", "Nội dung nhiệm vụ", "Sản phẩm", "Thời hạn", "Hạn hoàn thành"],
  commitmentPlace: (year: number | undefined) => `……, ngày …… tháng …… năm ${year ?? "……"}`,
  signUnit: "THỦ TRƯỞNG ĐƠN VỊ",
  signDirector: "GIÁM ĐỐC SỞ Y TẾ",
  signHint: "(Ký, ghi rõ họ tên)",
} as const;

export const SPLIT_TEXT = {
  unitLine: (unit: string, tasks: number, file: string) => `${unit}: ${tasks} nhiệm vụ → ${file}`,
  written: (count: number, dir: string) => `Đã tạo ${count} bản gửi đơn vị trong thư mục "${dir}".`,
  none: (file: string) =>
    `Sổ theo dõi "${file}" không có nhiệm vụ nào giao cho một đơn vị cụ thể nên không tạo bản gửi nào.`,
  trackerIdAdded: (file: string, backup: string) =>
    `Sổ theo dõi "${file}" được tạo trước khi có mã sổ theo dõi: đã thêm mã vào sổ (bản sao trước khi sửa: "${backup}"), ` +
    `để khi nhận lại các bản gửi biết đúng sổ gốc.`,
  expandedBackup: (file: string, backup: string) =>
    `Đã thêm các dòng tách nhóm vào sổ theo dõi "${file}" (bản sao trước khi sửa: "${backup}").`,
  expanded: (id: string, group: string, members: { id: string; unit: string }[]) =>
    `Nhiệm vụ ${id} giao cho “${group}” được tách thành ${members.length} dòng: ` +
    members.map((m) => `${m.id} (${m.unit})`).join(", ") +
    ". Mỗi đơn vị theo dõi, đánh giá riêng dòng của mình; dòng gốc của nhóm vẫn giữ trong sổ.",
  alreadyExpanded: (id: string, group: string, count: number) =>
    `Nhiệm vụ ${id} giao cho “${group}” đã được tách thành ${count} dòng từ trước; không thêm dòng nào.`,
  groupSkipped: (id: string, group: string) =>
    `Nhiệm vụ ${id} giao cho nhóm “${group}” nên không gửi cho đơn vị nào.`,
  groupHint: "Muốn mỗi đơn vị trong nhóm nhận và báo cáo riêng, chạy lại với --expand-groups (mỗi đơn vị một dòng, mã như 7.1, 7.2).",
  groupNoMembers: (id: string, group: string) =>
    `Nhiệm vụ ${id} giao cho “${group}”: danh mục không cho biết nhóm gồm những đơn vị nào nên không tách được; ` +
    `hãy ghi đơn vị chủ trì cụ thể cho nhiệm vụ này.`,
  groupNoId: (title: string, group: string) =>
    `Nhiệm vụ “${title}” giao cho “${group}” chưa có Mã NV nên không tách được; hãy ghi Mã NV rồi chạy lại.`,
  noLead: (ids: string[]) =>
    `${ids.length} nhiệm vụ chưa có đơn vị chủ trì nên không gửi cho ai: ${ids.join(", ")}.`,
  outIsFile: (dir: string) => `"${dir}" là một tệp, không phải thư mục. Hãy chỉ ra thư mục để ghi các bản gửi (--out THƯ_MỤC).`,
  missingOut: "Thiếu --out THƯ_MỤC (nơi ghi các bản gửi đơn vị).",
  sentOn: (sentAt: IsoDate) => `Ngày gửi: ${formatViDate(sentAt)}.`,
};
