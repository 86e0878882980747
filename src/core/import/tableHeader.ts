// The header row of a pasted table, in any of its usual wordings, perhaps below a title and perhaps
// over two rows ("Cơ quan thực hiện" above "Chủ trì" | "Phối hợp").
import type { CellValue } from "../types";
import { cellText } from "./cellText";
import { foldWords } from "./cleanText";

export type ColumnRole = "stt" | "title" | "lead" | "partners" | "leadAndPartners" | "product" | "deadline" | "period" | "ignore";

export interface TableHeader {
  /** Index of the (first) header row. */
  row: number;
  /** Index of the first data row. */
  dataStart: number;
  roles: (ColumnRole | null)[];
  /** The header words as written, for messages. */
  names: string[];
  /** Keys (rowKey) of the header rows: a table broken over pages repeats them inside the data. */
  headerKeys: Set<string>;
  /** A bare "Tháng" column standing for the deadline: its "3" is "Tháng 3". */
  monthColumns: Set<number>;
}

const ABBREVIATED_LEAD = /^(?:(?:don vi|co quan|dv|cq) ?ct|dvct|cqct)$/;
const ABBREVIATED_PARTNERS = /^(?:(?:don vi|co quan|dv|cq) ?ph|dvph|cqph)$/;

export function columnRole(text: string): ColumnRole | null {
  const f = foldWords(text);
  if (f === "") return null;
  if (/^(?:stt|tt|so tt|so thu tu|s t t|thu tu)$/.test(f)) return "stt";
  // "Lãnh đạo chủ trì" names a Board member, not the lead unit.
  if (/\b(?:lanh dao|giam doc|ghi chu|kinh phi|nguon von|du toan)\b/.test(f)) return "ignore";
  // "Thời gian bắt đầu" beside "Thời gian kết thúc": the start is no deadline.
  if (/\b(?:bat dau|khoi cong)\b/.test(f) && !/\b(?:ket thuc|hoan thanh)\b/.test(f)) return "ignore";
  // "Đơn vị CT" / "ĐVPH" / "CQ chủ trì": the usual abbreviations of a narrow column.
  const lead = /\bchu tri\b/.test(f) || ABBREVIATED_LEAD.test(f);
  const partners = /\bphoi hop\b/.test(f) || ABBREVIATED_PARTNERS.test(f);
  if (lead && partners) return "leadAndPartners";
  if (lead) return "lead";
  if (partners) return "partners";
  if (/^(?:co quan|don vi|bo phan)(?: \/ ?(?:co quan|don vi))? thuc hien(?: chinh)?$|^(?:don vi|co quan|bo phan) (?:tham muu|soan thao|trinh|dau moi|phu trach)$/.test(f)) return "lead";
  if (/\b(?:thoi gian|thoi han|thoi diem|tien do|han hoan thanh|moc thoi gian|(?:nam|ngay) hoan thanh)\b|^han$|^lo trinh(?: thuc hien)?$/.test(f)) return "deadline";
  if (/\b(?:san pham|ket qua|hinh thuc)\b/.test(f)) return "product";
  if (/\b(?:noi dung|nhiem vu|ten de an|cong viec|ten van ban|ten chuong trinh|de an|hoat dong|giai phap)\b/.test(f)) return "title";
  return null;
}

function rolesOf(row: CellValue[]): (ColumnRole | null)[] {
  return row.map((v) => {
    const text = cellText(v);
    return text.length <= 80 ? columnRole(text) : null;
  });
}

function isHeader(roles: (ColumnRole | null)[]): boolean {
  const set = new Set(roles.filter((r) => r !== null && r !== "ignore"));
  return set.has("title") && (set.has("lead") || set.has("leadAndPartners") || set.has("deadline")) && set.size >= 3;
}

/** The second header row: Chủ trì | Phối hợp under "Cơ quan thực hiện", Bắt đầu | Kết thúc under "Thời gian". */
function subRolesOf(row: CellValue[]): (ColumnRole | null)[] {
  return row.map((v) => {
    const f = foldWords(cellText(v));
    // Bare "CT" | "PH" too: below a unit column they can mean nothing else.
    if (/^(?:(?:don vi |co quan )?chu tri|ct)$/.test(f) || ABBREVIATED_LEAD.test(f)) return "lead";
    if (/^(?:(?:don vi |co quan )?phoi hop|ph)$/.test(f) || ABBREVIATED_PARTNERS.test(f)) return "partners";
    // "Ngày bắt đầu" | "Ngày hoàn thành", "Thời gian bắt đầu" | "Thời gian kết thúc" as well.
    if (/^(?:(?:ngay|thoi gian|thoi diem|thang) )?(?:ket thuc|hoan thanh)$|^(?:den|den ngay|thoi han)$/.test(f)) return "deadline";
    if (/^(?:(?:ngay|thoi gian|thoi diem|thang) )?(?:bat dau|khoi cong)$|^(?:tu|tu ngay)$/.test(f)) return "ignore";
    // A timeline under "Thời gian thực hiện": one column per year or quarter, the task's marked with x.
    if (/^(?:nam )?20\d\d$|^(?:quy|thang) [ivx\d]{1,4}(?: ?\/ ?20\d\d)?$/.test(f)) return "period";
    return null;
  });
}

const QUARTERS = ["I", "II", "III", "IV"];

/**
 * Months 1 ... 12 (or quarters I ... IV) written bare under "Thời gian thực hiện" and the blank header
 * cells beside it: a timeline, not the row of column numbers (which numbers every column from the first).
 */
function bareTimeline(head: CellValue[], next: CellValue[], roles: (ColumnRole | null)[]): (ColumnRole | null)[] | null {
  const d = roles.indexOf("deadline");
  if (d < 0) return null;
  let end = d + 1;
  while (end < Math.max(head.length, next.length) && cellText(head[end] ?? "") === "") end++;
  const cols: number[] = [];
  for (let c = 0; c < next.length; c++) {
    if (cellText(next[c]) === "") continue;
    if (c < d || c >= end) return null;
    cols.push(c);
  }
  if (cols.length < 2) return null;
  const values = cols.map((c) => cellText(next[c]).toUpperCase());
  const months = values.map(Number);
  const isMonths = months.every((m, i) => Number.isInteger(m) && m >= 1 && m <= 12 && (i === 0 || m > months[i - 1]));
  const quarters = values.map((v) => QUARTERS.indexOf(v));
  const isQuarters = quarters.every((q, i) => q >= 0 && (i === 0 || q > quarters[i - 1]));
  if (!isMonths && !isQuarters) return null;
  return next.map((_, c) => (cols.includes(c) ? "period" : null));
}

/** "5" under a bare timeline is "Tháng 5", "II" is "Quý II"; a written period stays as written. */
function periodName(text: string, bare: boolean): string {
  if (!bare) return text;
  return /^\d+$/.test(text) ? `Tháng ${text}` : `Quý ${text.toUpperCase()}`;
}

/** A timeline needs two period columns and nothing else unknown: "Quý I/2026" alone is a data cell. */
function isSubHeader(row: CellValue[]): boolean {
  const sub = subRolesOf(row);
  const periods = sub.filter((x) => x === "period").length;
  if (periods === 0) return true;
  return periods >= 2 && row.every((v, c) => cellText(v) === "" || sub[c] !== null);
}

/**
 * "Kinh phí (triệu đồng)" merged over "Ngân sách tỉnh" | "Nguồn khác": a second header row of words
 * the roles do not know, each under a merged header cell of a column with no role, nothing in the
 * number or title column. Its columns are named "Kinh phí (triệu đồng) - Ngân sách tỉnh"; null when
 * the row is no such header.
 */
function namesUnderSpans(head: CellValue[], next: CellValue[], roles: (ColumnRole | null)[]): string[] | null {
  const names: string[] = [];
  let any = false;
  for (let c = 0; c < next.length; c++) {
    const sub = cellText(next[c]);
    if (sub === "") continue;
    if (roles[c] !== null && roles[c] !== "ignore") return null;
    let s = c;
    while (s > 0 && cellText(head[s] ?? "") === "") s--;
    const top = cellText(head[s] ?? "");
    // The header cell spans two columns or more: its right neighbour is blank in the header row.
    const merged = top !== "" && (s < c || (s + 1 < next.length && cellText(head[s + 1] ?? "") === ""));
    if (!merged || (roles[s] !== null && roles[s] !== "ignore") || /^\(?\d{1,2}\)?$/.test(sub)) return null;
    names[c] = `${top} - ${sub}`;
    any = true;
  }
  return any ? names : null;
}

/** Row of column numbers under the header: (1) (2) (3) ... */
function isNumberingRow(row: CellValue[]): boolean {
  return isNumberingTexts(row.map(cellText).filter((t) => t !== ""));
}

/** A row's non-empty cell texts as one key, to recognise the header rows again below. */
export function rowKey(texts: string[]): string {
  return texts.map(foldWords).join("|");
}

const COLUMN_NUMBER = /^\(?\d{1,2}\)?$|^\(?[a-z]\)?$/i;

/** Row of column numbers under the header: (1) (2) (3) ... */
export function isNumberingTexts(texts: string[]): boolean {
  return texts.length >= 2 && texts.every((t) => COLUMN_NUMBER.test(t));
}

const MONTH_HEADER = /^thang(?: (?:thuc hien|hoan thanh|trien khai|du kien|trinh))?$/;

/**
 * A focus-task list planned by month ("Tháng" | 1 ... 12) with no deadline column: the month is the
 * deadline. Beside a deadline column it stays a column of its own, reported.
 */
function monthDeadline(head: CellValue[], roles: (ColumnRole | null)[]): Set<number> {
  const columns = new Set<number>();
  if (roles.includes("deadline") || roles.includes("period")) return columns;
  const c = head.findIndex((v, i) => roles[i] === null && MONTH_HEADER.test(foldWords(cellText(v))));
  if (c >= 0) {
    roles[c] = "deadline";
    columns.add(c);
  }
  return columns;
}

/** "3" in a month column is "Tháng 3"; "11, 12" is "Tháng 11, 12"; anything else stays as written. */
export function monthCellText(text: string): string {
  const months = text.split(/\s*[,;\-–]\s*/);
  return months.every((m) => /^\d{1,2}$/.test(m) && Number(m) >= 1 && Number(m) <= 12) ? `Tháng ${text}` : text;
}

export function findHeader(rows: CellValue[][], limit = 30): TableHeader | null {
  for (let r = 0; r < Math.min(rows.length, limit); r++) {
    const roles = rolesOf(rows[r]);
    // A title row above the table ("DANH MỤC NHIỆM VỤ ...") names one thing at most.
    if (roles.filter((x) => x !== null).length < 2) continue;
    let dataStart = r + 1;
    // Two-row header: the second row names what the first left blank or general.
    const next = rows[r + 1] ?? [];
    const timeline = bareTimeline(rows[r], next, roles);
    const below = timeline ?? (isHeader(rolesOf(next)) || !isSubHeader(next) ? [] : subRolesOf(next));
    if (below.some((x) => x !== null)) {
      for (let c = 0; c < below.length; c++) if (below[c] !== null) roles[c] = below[c];
      dataStart = r + 2;
    }
    const spans = below.some((x) => x !== null) ? null : namesUnderSpans(rows[r], next, roles);
    if (spans) dataStart = r + 2;
    const monthColumns = monthDeadline(rows[r], roles);
    if (!isHeader(roles)) continue;
    while (dataStart < rows.length && isNumberingRow(rows[dataStart])) dataStart++;
    // Under a merged cell ("Thời gian" over "Bắt đầu" | "Hoàn thành") the second row's word names the
    // column: the merged text sits in the first column of its span only.
    const names = roles.map((role, c) =>
      role === "period"
        ? periodName(cellText(rows[r + 1][c]), timeline !== null)
        : (below[c] ? cellText(rows[r + 1][c]) : "") || spans?.[c] || cellText(rows[r][c] ?? "") || cellText(rows[r + 1]?.[c] ?? ""),
    );
    const headerKeys = new Set(rows.slice(r, dataStart).map((row) => rowKey(row.map(cellText).filter((t) => t !== ""))));
    return { row: r, dataStart, roles, names, headerKeys, monthColumns };
  }
  return null;
}
