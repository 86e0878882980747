// Synthetic directives of a given size, in the shapes the importer reads: list form, list form as
// a PDF extraction (wrapped lines, running heads), and a pasted table.
import type { CellValue } from "../src/core/types";

const LEADS = ["Nghiệp vụ Y", "Kế hoạch tài chính", "Văn phòng Sở", "TCCB", "Thanh tra Sở", "Phòng Nghiệp vụ Dược"];
const PARTNERS = ["Các phòng, đơn vị trực thuộc sở", "Sở Tài chính, Sở Xây dựng", "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa tỉnh"];
const DEADLINES = ["Quý II/2026", "Năm 2026", "30/6/2026", "Thường xuyên", "Tháng 9/2026", "Năm 2026 và hằng năm"];
const TOPICS = [
  "Kế hoạch nâng cao chất lượng khám, chữa bệnh tại trạm y tế xã giai đoạn 2026-2030",
  "Đề án đầu tư trang thiết bị y tế cho bệnh viện tuyến tỉnh theo hướng hiện đại",
  "Báo cáo sơ kết việc thực hiện chương trình mục tiêu y tế - dân số",
  "Quyết định ban hành quy chế phối hợp kiểm tra an toàn thực phẩm liên ngành",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function task(i: number): string[] {
  return [
    `- ${TOPICS[i % TOPICS.length]} (đợt ${i}):`,
    `+ Phòng chủ trì tham mưu: ${LEADS[i % LEADS.length]}.`,
    `+ Cơ quan phối hợp: ${PARTNERS[i % PARTNERS.length]}.`,
    `+ Thời gian hoàn thành: ${DEADLINES[i % DEADLINES.length]}.`,
  ];
}

/** A list-form directive of about `sizeBytes` UTF-8 bytes. */
export function synthDirective(sizeBytes: number): string {
  const lines: string[] = ["KẾ HOẠCH", "Triển khai nhiệm vụ năm 2026", "B. NỘI DUNG"];
  let bytes = 0;
  for (let i = 0; bytes < sizeBytes; i++) {
    const block: string[] = [];
    if (i % 40 === 0) block.push(`${ROMAN[Math.floor(i / 40) % ROMAN.length]}. Nhóm nhiệm vụ số ${Math.floor(i / 40) + 1}`);
    if (i % 8 === 0) block.push(`${Math.floor((i % 40) / 8) + 1}. Lĩnh vực ${i}`);
    block.push(...task(i));
    for (const line of block) bytes += Buffer.byteLength(line, "utf8") + 1;
    lines.push(...block);
  }
  return lines.join("\n");
}

/** The same directive as text extracted from a PDF: lines wrapped at 70 characters, running heads. */
export function synthPdfDirective(sizeBytes: number): string {
  const out: string[] = [];
  let page = 1;
  for (const line of synthDirective(sizeBytes).split("\n")) {
    let rest = line;
    while (rest.length > 70) {
      const cut = rest.lastIndexOf(" ", 70);
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    if (out.length % 45 === 0) out.push(`CÔNG BÁO/Số ${page}/Ngày 27-05-2026`, String(page++));
  }
  return out.join("\n");
}

/** A pasted table with group heading rows, about `rows` task rows. */
export function synthTable(rows: number): CellValue[][] {
  const cells: CellValue[][] = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"]];
  for (let i = 0; i < rows; i++) {
    if (i % 25 === 0) cells.push([ROMAN[Math.floor(i / 25) % ROMAN.length], `NHÓM NHIỆM VỤ ${Math.floor(i / 25) + 1}`, null, null, null, null]);
    cells.push([(i % 25) + 1, TOPICS[i % TOPICS.length], LEADS[i % LEADS.length], PARTNERS[i % PARTNERS.length], "Báo cáo", DEADLINES[i % DEADLINES.length]]);
  }
  return cells;
}

/** Plain prose of about `sizeBytes` bytes wrapped at 70 characters, as a PDF gives it: no heading, no label. */
export function synthWrappedProse(sizeBytes: number): string {
  const sentence =
    "Các đơn vị tăng cường công tác kiểm tra, giám sát việc thực hiện các quy định về an toàn thực phẩm tại các bếp ăn tập thể trên địa bàn tỉnh và báo cáo kết quả về Sở Y tế.";
  const out: string[] = [];
  let bytes = 0;
  while (bytes < sizeBytes) {
    let rest = sentence;
    while (rest.length > 70) {
      const cut = rest.lastIndexOf(" ", 70);
      out.push(rest.slice(0, cut));
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    bytes += Buffer.byteLength(sentence, "utf8") + 3;
  }
  return out.join("\n");
}
