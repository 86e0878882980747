// Units named as the head of their tasks rather than through "giao ... chủ trì": a heading that is
// only a unit ("1. Sở Y tế", "2. Bộ Kế hoạch và Đầu tư:", "6. Đề nghị Ủy ban Mặt trận Tổ quốc ...",
// "5. Các đoàn thể, tổ chức xã hội:") over the items it must do, and a sentence whose subject is the
// unit ("Sở Thông tin và Truyền thông đôn đốc, hướng dẫn ..."). Both are read by the shape of the
// words (a unit's opening word, capitalised, no verb before the task), never by a catalog lookup, so
// bodies the catalog does not know (a Bộ, a Mặt trận) lead as written.
import { foldVietnamese } from "../text";
import { matchLabel } from "./labels";
import type { ProseAssignment } from "./proseForm";
import { splitUnitsFromTask } from "./proseForm";

// Words a unit's name opens with, as written (lower case): "Bố trí" is no "Bộ", "Bảo đảm" no "Bảo hiểm".
const OPENERS = [
  "sở", "bộ", "phòng", "văn phòng", "thanh tra", "chi cục", "cục", "vụ", "viện", "trung tâm", "bệnh viện",
  "ubnd", "ủy ban", "uỷ ban", "hđnd", "hội đồng", "ban", "bảo hiểm", "bhxh", "công an", "bộ chỉ huy",
  "bộ đội", "mặt trận", "liên đoàn", "hội", "đoàn", "đài", "báo", "trường", "kho bạc", "ngân hàng",
  "tỉnh ủy", "tỉnh uỷ", "thành ủy", "huyện ủy", "đảng ủy", "ttyt", "bvđk", "cdc", "tòa án", "toà án",
  "viện kiểm sát", "chính phủ", "thủ trưởng", "lãnh đạo", "giám đốc", "chủ tịch", "tổng cục",
].map((s) => s.split(" "));

// After "Các" / "Những": a word for a kind of body ("Các sở", "Các Trung tâm Y tế", "các cơ quan").
const GROUP_NOUNS = new Set([
  "sở", "bộ", "ban", "ngành", "cơ", "đơn", "phòng", "trung", "bệnh", "đoàn", "tổ", "hội", "địa", "trường",
  "tỉnh", "huyện", "xã", "doanh", "chi", "cục", "viện", "ttyt", "ủy", "uỷ", "ubnd", "thủ", "lãnh", "tập",
  "báo", "đài", "khoa", "chủ", "cấp", "cơ", "bvđk",
]);

// These name a body only before a capitalised name ("Ban Quản lý ...", "Hội Chữ thập đỏ", "Báo Hưng
// Lâm"); "Ban hành", "Hội nghị", "Đoàn kiểm tra", "Vụ việc" open no unit.
const NAMED_AFTER = new Set(["phòng", "ban", "hội", "đoàn", "đài", "báo", "vụ", "viện", "trường", "cục", "sở"]);

/** The first few words, lower case: all that a unit's opening needs. */
function words(text: string): string[] {
  return text
    .trim()
    .normalize("NFC")
    .split(/\s+/, 4)
    .map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""));
}

/** The text opens like a unit's name: "Sở ...", "Bộ ...", "Các Trung tâm Y tế ...", "UBND cấp xã". */
export function opensLikeUnit(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Lu}/u.test(t)) return false;
  const raw = t.split(/\s+/, 4);
  const w = words(t);
  if (w[0] === "các" || w[0] === "những") return GROUP_NOUNS.has(w[1] ?? "");
  // "Phòng, chống dịch": a comma after the first word makes it a verb.
  if (raw[0].endsWith(",")) return false;
  if (NAMED_AFTER.has(w[0]) && !/^\p{Lu}/u.test(raw[1] ?? "")) return false;
  return OPENERS.some((o) => o.every((x, k) => w[k] === x));
}

// "Các đơn vị được giao ...", "Các phòng, đơn vị căn cứ kế hoạch này ...", "X là đầu mối": whoever
// a clause describes, not a unit the text names.
const CLAUSE = /(?:^|\s)(?:được\s+giao|căn\s+cứ|là|theo|trong\s+phạm\s+vi|trong\s+quá\s+trình|nếu|khi|có\s+liên\s+quan\s+đến)(?:\s|$)/iu;

/**
 * The text is a unit phrase and nothing else: a unit's opening, a few words, no digit, no sentence
 * punctuation and no task verb ("Sở Tài chính", "Các đoàn thể, tổ chức chính trị - xã hội").
 */
export function isUnitPhrase(text: string, maxWords = 16): boolean {
  const t = text.trim();
  if (t === "" || !opensLikeUnit(t) || /\d|[.;:!?()]/.test(t) || CLAUSE.test(t)) return false;
  if (t.split(/\s+/).length > maxWords) return false;
  return splitUnitsFromTask(t).task === "";
}

// "Đề nghị", "Giao", "Yêu cầu" before the unit: who is asked, not part of the name.
const ASKED = /^(?:đề\s+nghị|giao(?:\s+cho)?|yêu\s+cầu|phân\s+công)\s+(?=\p{Lu})/iu;
// "Các đơn vị trực thuộc, căn cứ chức năng, nhiệm vụ": a remark after the unit.
const ROLE_REMARK = /\s*(?:,\s*)?(?:căn cứ|theo|trong phạm vi)\s+chức\s+năng.*$/iu;

/**
 * "1. Sở Y tế", "Bộ Tài chính:", "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh": the unit whose
 * tasks follow below, or null. Without a colon only a numbered heading counts (`numbered`).
 */
export function unitHeading(body: string, numbered: boolean): ProseAssignment | null {
  const colon = /[:：]\s*$/.test(body);
  if (!colon && !numbered) return null;
  const text = body.replace(/[:：]\s*$/, "").replace(ASKED, "").replace(ROLE_REMARK, "").trim();
  // "Lãnh đạo phụ trách:", "Đơn vị thực hiện:": a field's label, not a unit.
  if (!isUnitPhrase(text, 20) || matchLabel(`${text}:`) !== null) return null;
  return { lead: text, partners: "", task: "", opensList: true };
}

// "Theo đó", "Đồng thời", "Ngoài ra" before a sentence that names its unit.
const CONNECTIVE = /^(?:theo\s+đó|đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó)\s*,?\s*/iu;
const PARTNERS = /^(?:và\s+)?phối\s+hợp(?:\s+với)?\s+(.*)$/iu;

/**
 * "Sở Thông tin và Truyền thông đôn đốc, hướng dẫn ...", "Các Trung tâm Y tế giám sát ...", "Bộ Y tế
 * phối hợp với các bộ, ngành liên quan tổ chức ...": the unit before its first verb leads; units
 * after "phối hợp với" up to the next verb partner. Null when the subject is no unit phrase.
 */
export function subjectFirst(sentence: string): ProseAssignment | null {
  const text = sentence.trim().replace(CONNECTIVE, "");
  const capital = text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  if (!opensLikeUnit(capital)) return null;
  const { units, task } = splitUnitsFromTask(capital);
  if (task === "" || !isUnitPhrase(units, 14)) return null;
  let lead = units;
  let rest = task.replace(/[.;]+$/, "").trim();
  let partners = "";
  const withPartners = PARTNERS.exec(rest);
  if (withPartners) {
    const split = splitUnitsFromTask(withPartners[1]);
    if (split.task !== "" && !/[.;]/.test(split.units)) {
      partners = split.units;
      rest = split.task;
    }
  }
  lead = lead.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { lead, partners, task: rest.replace(/^\p{Ll}/u, (c) => c.toUpperCase()), opensList: false };
}

// "chịu trách nhiệm", "có trách nhiệm" straight after the unit: the words themselves assign.
const DUTY = /^(?:chịu|có)\s+trách\s+nhiệm(?=\s|$)/iu;
// "... chịu trách nhiệm thi hành Quyết định này", "... có trách nhiệm thực hiện Kế hoạch này": the
// closing that names who carries out the whole text, no task of its own.
const WHOLE_TEXT =
  /^(?:chịu|có)\s+trách\s+nhiệm\s+(?:(?:tổ\s+chức|triển\s+khai)\s+)?(?:thi\s+hành|thực\s+hiện|triển\s+khai)\s+(?:(?:các\s+)?nội\s+dung\s+(?:của\s+)?)?(?:Quyết\s+định|Chỉ\s+thị|Kế\s+hoạch|Thông\s+tư|Nghị\s+quyết|Công\s+văn|Văn\s+bản)\s+này\s*[./;]*$/iu;

// "Bộ Y tế đã chịu trách nhiệm ...", "Bộ Y tế cho biết các đơn vị có trách nhiệm ...": a subject
// holding a tense, modal or reporting word is a story told, not a unit's name.
const NARRATED =
  /(?:^|\s)(?:đã|đang|sẽ|vẫn|cũng|từng|không|chưa|phải|cần|thì|là|cho\s+biết|nhấn\s+mạnh|khẳng\s+định|cho\s+rằng|nói|nêu)(?=\s|$)/iu;

/**
 * "Bộ Y tế chịu trách nhiệm toàn diện về ...", "Các Trung tâm Y tế có trách nhiệm báo cáo ...": a
 * sentence that assigns by its own words, so it is a task wherever it stands (a paragraph under no
 * heading, a news item), not only under "Tổ chức thực hiện". Null for any other sentence, and for
 * the closing that makes officials answer for carrying out the text itself.
 */
export function dutySentence(sentence: string): ProseAssignment | null {
  const found = subjectFirst(sentence);
  if (!found || !DUTY.test(found.task) || WHOLE_TEXT.test(found.task) || NARRATED.test(found.lead)) return null;
  return found;
}

/** Assigning parts of a plan: "Tổ chức thực hiện", "Phân công nhiệm vụ", "Trách nhiệm thực hiện". */
export function assignsTasks(heading: string): boolean {
  if (heading.length > 80) return false;
  const folded = foldVietnamese(heading).replace(/[.:;]+$/, "").trim();
  return /^(?:to chuc thuc hien|phan cong(?: nhiem vu| trach nhiem| thuc hien)?|trach nhiem(?: thuc hien| cua)?|nhiem vu cua cac)\b/.test(folded);
}
