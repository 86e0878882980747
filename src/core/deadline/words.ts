// Words that say a phrase is a status, says nothing, or waits on an event, and where a qualifier begins.
import type { Token } from "./tokens";

const STATUS_FIRST_WORDS = new Set(["đã", "đang", "chưa", "dừng"]);
/** "Chưa xác định" says nothing about progress, so it is vague rather than a status. */
const UNDECIDED = [["chua", "xac", "dinh"], ["chua", "ro"], ["chua", "co"]];
const DONE_WORDS = new Set(["hoan", "thanh", "xong", "da", "roi", "100"]);

const VAGUE_SEQUENCES = [
  ["som"],
  ["kip", "thoi"],
  ["khan"],
  ["gap"],
  ["lap", "tuc"],
  ["hoa", "toc"],
  ["truoc", "mat"],
  ["dung", "han"],
  ["dung", "tien", "do"],
  ["dam", "bao", "tien", "do"],
  ["tuy", "tinh", "hinh"],
  ["theo", "quy", "dinh"],
  ["theo", "ke", "hoach"],
  ["theo", "tien", "do"],
  ["theo", "lo", "trinh"],
  ["khong"],
  ...UNDECIDED,
];

/** Objects of "theo" that add no date ("theo quy định"), as opposed to ones that wait ("theo yêu cầu"). */
const VAGUE_AFTER_THEO = new Set(["quy", "ke", "tien", "lo"]);
/** A schedule that names its owner or document waits on it: "theo tiến độ của Bộ Y tế", "theo Kế hoạch số 12/KH-UBND". */
const SCHEDULES = new Set(["ke", "tien", "lo"]);
const OWNER_WORDS = new Set(["cua", "so"]);
/** An undertaking with its own schedule: "theo tiến độ dự án", "theo tiến độ thực hiện Đề án". */
const UNDERTAKINGS = [["du", "an"], ["de", "an"], ["chuong", "trinh"], ["cong", "trinh"], ["goi", "thau"]];

function theoKind(tokens: Token[], i: number): Marker["kind"] {
  const object = tokens[i + 1].text;
  if (!VAGUE_AFTER_THEO.has(object)) return "event";
  if (!SCHEDULES.has(object)) return "vague";
  for (let k = i + 2; k < tokens.length; k++) {
    if (tokens[k].kind !== "word") continue;
    if (OWNER_WORDS.has(tokens[k].text) || UNDERTAKINGS.some((seq) => startsWith(tokens, k, seq))) return "event";
  }
  return "vague";
}

const EVENT_MARKERS = [
  ["sau", "khi"],
  ["ngay", "sau"],
  ["ngay", "khi"],
  ["khi"],
  ["trong", "qua", "trinh"],
  ["dot", "xuat"],
  ["trong", "thoi", "gian", "thuc", "hien"],
  ["trong", "thoi", "gian", "trien", "khai"],
  ["qua", "trinh"],
  ["tuy", "theo"],
  ["tuy", "thuoc"],
  ["phu", "thuoc"],
  ["can", "cu"],
  ["neu"],
  ["truong", "hop"],
  ["cung", "voi"],
  ["dong", "thoi", "voi"],
  ["song", "song", "voi"],
];

/**
 * Occasions a task is owed before ("Trước kỳ họp HĐND tỉnh cuối năm 2026", "Trước Hội nghị tổng
 * kết"): the meeting's date is set later, so the year it names is not the deadline.
 */
const OCCASIONS = [["ky", "hop"], ["phien", "hop"], ["hoi", "nghi"], ["dai", "hoi"], ["hoi", "thao"]];

function startsWith(tokens: Token[], at: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const tok = tokens[at + k];
    if (!tok || tok.kind !== "word" || tok.text !== words[k]) return false;
  }
  return true;
}

const raw = (text: string, tok: Token | undefined) => (tok ? text.slice(tok.start, tok.end).toLowerCase() : "");

/** "Đã ...", "Đang ...", "Chưa thực hiện", "Tạm dừng": progress written where a deadline belongs. */
export function startsWithStatus(text: string, tokens: Token[]): boolean {
  const first = raw(text, tokens[0]);
  if (UNDECIDED.some((seq) => startsWith(tokens, 0, seq))) return false;
  return STATUS_FIRST_WORDS.has(first) || (first === "tạm" && raw(text, tokens[1]) === "dừng");
}

/** "Hoàn thành", "Xong": nothing but the word for done. */
export function isOnlyDone(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.kind !== "sep");
  return (
    words.length > 0 &&
    (startsWith(words, 0, ["hoan", "thanh"]) || startsWith(words, 0, ["xong"])) &&
    words.every((t) => DONE_WORDS.has(t.text))
  );
}

export function isVague(text: string, tokens: Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    // "ngay" without its tone mark is "at once"; "ngày" is a day.
    if (tokens[i].text === "ngay" && raw(text, tokens[i]) === "ngay") return true;
    if (VAGUE_SEQUENCES.some((seq) => startsWith(tokens, i, seq))) return true;
  }
  return false;
}

export interface Marker {
  /** Index of the token where the qualifier starts. */
  index: number;
  kind: "event" | "vague";
}

/** The first word that turns the rest of the phrase into a condition: "sau khi", "khi", "theo" ... */
export function findMarker(text: string, tokens: Token[]): Marker | null {
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.kind !== "word") continue;
    if (tok.text === "ngay" && raw(text, tok) !== "ngay") continue;
    if (EVENT_MARKERS.some((seq) => startsWith(tokens, i, seq))) return { index: i, kind: "event" };
    // "Trước Tết Nguyên đán 2027": Tết moves with the lunar calendar, so it is an occasion to wait
    // for, not the year it names ("Tết Dương lịch" is 1 January and reads as the year).
    if (tok.text === "tet" && raw(text, tok) === "tết" && tokens[i + 1]?.text !== "duong") {
      return { index: ["truoc", "sau", "dip", "trong"].includes(tokens[i - 1]?.text ?? "") ? i - 1 : i, kind: "event" };
    }
    if (tok.text === "truoc" && OCCASIONS.some((seq) => startsWith(tokens, i + 1, seq))) return { index: i, kind: "event" };
    const next = tokens[i + 1];
    if (tok.text === "theo" && !["tiep", "kem"].includes(tokens[i - 1]?.text ?? "") && next?.kind === "word") {
      return { index: i, kind: theoKind(tokens, i) };
    }
    // "Sau Hội nghị ..." waits on an event; "Sáu tháng" is six months, "sau 30 ngày" a time limit,
    // "các năm sau đó" the years that follow, and "Trước 31/12/2026, sau đó hằng năm" goes on
    // after the date.
    const afterYear = tokens[i - 1]?.text === "nam";
    const thereafter = next?.text === "do" && raw(text, next) === "đó";
    if (tok.text === "sau" && raw(text, tok) === "sau" && next?.kind === "word" && !afterYear && !thereafter) {
      return { index: i, kind: "event" };
    }
  }
  return null;
}
