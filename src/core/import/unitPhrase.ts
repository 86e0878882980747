// Units named as the head of their tasks rather than through "giao ... chủ trì": a heading that is
// only a unit ("1. Sở Y tế", "2. Bộ Kế hoạch và Đầu tư:", "6. Đề nghị Ủy ban Mặt trận Tổ quốc ...",
// "5. Các đoàn thể, tổ chức xã hội:") over the items it must do, and a sentence whose subject is the
// unit ("Sở Thông tin và Truyền thông đôn đốc, hướng dẫn ..."). Both are read by the shape of the
// words (a unit's opening word, capitalised, no verb before the task), never by a catalog lookup, so
// bodies the catalog does not know (a Bộ, a Mặt trận) lead as written.
import { foldVietnamese } from "../text";
import { matchLabel } from "./labels";
import type { ProseAssignment } from "./proseForm";
import { PARTNERS, splitUnitsFromTask } from "./proseForm";
import { isUnitList } from "./unitList";
import { opensLikeUnit } from "./unitOpening";

export { opensLikeUnit };

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

const CARRIES_OUT = /\s+(?:(?:có|chịu)\s+trách\s+nhiệm(?:\s+thực\s+hiện)?|(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện)$/iu;
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
  let text = body.replace(/[:：]\s*$/, "").replace(ASKED, "").replace(ROLE_REMARK, "").trim();
  // "a) Các cơ sở khám bệnh, chữa bệnh thực hiện:": the unit, then the words that it carries out what follows.
  if (colon) text = text.replace(CARRIES_OUT, "");
  // "Lãnh đạo phụ trách:", "Đơn vị thực hiện:": a field's label, not a unit.
  if (!isUnitPhrase(text, 20) || matchLabel(`${text}:`) !== null) return null;
  return { lead: text, partners: "", task: "", opensList: true };
}

// "Theo đó", "Đồng thời", "Ngoài ra" before a sentence that names its unit.
const CONNECTIVE = /^(?:theo\s+đó|đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|song\s+song\s+(?:với\s+)?đó)\s*,?\s*/iu;

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
  if (task === "" || !(isUnitPhrase(units, 14) || (isUnitList(units) && !CLAUSE.test(units)))) return null;
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
  /(?:^|\s)(?:đã|đang|sẽ|vừa|vẫn|cũng|từng|không|chưa|phải|cần|thì|là|cho\s+biết|nhấn\s+mạnh|khẳng\s+định|cho\s+rằng|nói|nêu)(?=\s|$)/iu;

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

// "Đồng thời, ...", "Song song đó, ...": the sentence goes on from the one before it.
const FRONTED_CONNECTIVE = /^(?:theo\s+đó|đồng\s+thời|ngoài\s+ra|bên\s+cạnh\s+đó|song\s+song\s+(?:với\s+)?đó)\s*,\s*/iu;
// "Để bảo đảm ..., Sở X chỉ đạo ...": a purpose clause before the subject.
const PURPOSE = /^(?:Để|Nhằm)\s/u;
// "Căn cứ tình hình ..., các Sở X chủ động ...": grounds before the subject, read only in an item that
// is a task by its place (a preamble's "Căn cứ ..., Sở Y tế ban hành ..." is none).
const GROUNDS = /^(?:Căn\s+cứ|Trên\s+cơ\s+sở)\s/u;
// Where the subject after a purpose clause may open: a comma, then a capital.
const CLAUSE_END = /,\s+(?=\p{Lu})/gu;
/** Commas tried for the end of a purpose clause: a few keep a hostile sentence linear. */
const MAX_CLAUSE_TRIES = 4;
const FIRST_SENTENCE = /^(.+?[.!?])\s+(?=\p{Lu})/su;

/**
 * "Đồng thời, Sở X chủ động phối hợp với Y tiếp tục ...", "Song song đó, A, B tổ chức ...", "Để ...,
 * Sở X chỉ đạo ...": a subject-first sentence fronted by a connective or a purpose clause. Only read
 * in a text that assigns (the caller's test), and never as a story told ("Sở X đã ...", "cho biết").
 * The task is the first sentence; the sentences after it come back in `rest`, to be reported.
 */
export function frontedSubject(paragraph: string, grounds = false): ProseAssignment | null {
  const text = paragraph.trim();
  const first = FIRST_SENTENCE.exec(text);
  const sentence = first ? first[1] : text;
  const rest = first ? text.slice(first[0].length).trim() : "";
  let found: ProseAssignment | null = null;
  if (FRONTED_CONNECTIVE.test(sentence)) found = subjectFirst(sentence);
  else if (PURPOSE.test(sentence) || (grounds && GROUNDS.test(sentence))) {
    let tries = 0;
    for (const m of sentence.matchAll(CLAUSE_END)) {
      if (++tries > MAX_CLAUSE_TRIES) break;
      const after = sentence.slice((m.index as number) + m[0].length);
      if (!opensLikeUnit(after)) continue;
      found = subjectFirst(after);
      break;
    }
    if (grounds && !found) found = lowerSubject(sentence);
  }
  if (!found || NARRATED.test(found.lead)) return null;
  return rest === "" ? found : { ...found, rest };
}

/** "Căn cứ ..., các Sở X chủ động ...": a subject written in lower case after the clause, kept as written. */
function lowerSubject(sentence: string): ProseAssignment | null {
  let tries = 0;
  for (const m of sentence.matchAll(LOWER_AFTER_CLAUSE)) {
    if (++tries > MAX_CLAUSE_TRIES) break;
    const after = sentence.slice((m.index as number) + m[0].length);
    const found = opensLikeUnit(after.replace(/^\p{Ll}/u, (c) => c.toUpperCase())) ? subjectFirst(after) : null;
    if (found) return { ...found, lead: found.lead.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) };
  }
  return null;
}

// Where a subject in lower case may open after a clause: a comma, then "các" / "những".
const LOWER_AFTER_CLAUSE = /,\s+(?=(?:các|những)\s)/gu;

/** Assigning parts of a plan: "Tổ chức thực hiện", "Phân công nhiệm vụ", "Trách nhiệm thực hiện". */
export function assignsTasks(heading: string): boolean {
  if (heading.length > 80) return false;
  const folded = foldVietnamese(heading).replace(/[.:;]+$/, "").trim();
  return /^(?:to chuc thuc hien|phan cong(?: nhiem vu| trach nhiem| thuc hien)?|trach nhiem(?: thuc hien| cua)?|nhiem vu cua cac)\b/.test(folded);
}
