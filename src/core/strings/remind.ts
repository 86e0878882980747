// Vietnamese text of reminders: the message a unit receives (pane clipboard, e-mail body), its subject,
// and what `tracker remind` says about the drafts it wrote.
import { formatViDate } from "../dates";
import type { IsoDate } from "../types";

export const REMIND_TEXT = {
  greeting: (unit: string) => `Kính gửi: ${unit}`,
  intro: (asOf: IsoDate) =>
    `Theo sổ theo dõi nhiệm vụ, tính đến ngày ${formatViDate(asOf)}, đơn vị có các nhiệm vụ cần lưu ý sau:`,
  overdueHeading: (count: number) => `Nhiệm vụ quá hạn (${count}):`,
  dueSoonHeading: (count: number) => `Nhiệm vụ sắp đến hạn (${count}):`,
  overdueItem: (n: number, id: string, title: string, due: IsoDate, daysLate: number) =>
    `${n}. ${id} - ${title} (hạn ${formatViDate(due)}, quá hạn ${daysLate} ngày)`,
  dueSoonItem: (n: number, id: string, title: string, due: IsoDate, daysLeft: number) =>
    `${n}. ${id} - ${title} (hạn ${formatViDate(due)}, ${daysLeft === 0 ? "đến hạn hôm nay" : `còn ${daysLeft} ngày`})`,
  closing:
    "Đề nghị đơn vị khẩn trương thực hiện và cập nhật Tình trạng, Tiến độ, Ngày hoàn thành, Kết quả vào sổ theo dõi " +
    "(hoặc bản sổ theo dõi gửi đơn vị) rồi gửi lại. Nếu cần gia hạn, đề nghị nêu rõ hạn mới và lý do.",
  signOff: "Trân trọng.",
  subject: (overdue: number, dueSoon: number) => {
    const parts: string[] = [];
    if (overdue > 0) parts.push(`${overdue} nhiệm vụ quá hạn`);
    if (dueSoon > 0) parts.push(overdue > 0 ? `${dueSoon} sắp đến hạn` : `${dueSoon} nhiệm vụ sắp đến hạn`);
    return `Nhắc việc: ${parts.join(", ")}`;
  },
};

export const REMIND_CLI_TEXT = {
  nothing: (asOf: IsoDate) =>
    `Tính đến ngày ${formatViDate(asOf)} không đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn: không có gì để nhắc.`,
  separator: "------------------------------------------------------------",
  recipient: (unit: string, email: string) => (email ? `${unit} <${email}>` : `${unit} (chưa có e-mail trong Danh mục)`),
  written: (count: number, dir: string) => `Đã ghi ${count} thư nháp (.eml) vào thư mục "${dir}".`,
  draft: (file: string, recipient: string) => `  ${file}: ${recipient}`,
  openHint:
    "Mở từng tệp .eml bằng Outlook hoặc Thunderbird: thư mở ra như thư mới, kiểm tra rồi bấm Gửi. " +
    "Đơn vị chưa có e-mail thì điền địa chỉ vào cột E-mail của trang Danh mục, hoặc gõ vào ô Đến khi gửi.",
  attachNeedsOut: "--attach chỉ dùng cùng --out THƯ_MỤC (đính kèm sổ của đơn vị vào từng thư nháp).",
  outNotFolder: (dir: string) => `"${dir}" là một tệp, không phải thư mục. Hãy chỉ ra thư mục để ghi thư nháp (--out THƯ_MỤC).`,
};

/** The unit's workbook as attached to its draft; mail programs show this name. */
export const attachmentName = (unit: string) => `Sổ theo dõi - ${unit}.xlsx`;
