// Prose assignments: "Giao Phòng Kế hoạch Tài chính chủ trì, phối hợp với các phòng chuyên môn
// theo dõi, đôn đốc ...", "Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xây dựng ... trước ngày
// 10/5/2026", "Giao Văn phòng Sở tổng hợp ...". The unit named first leads; the units after "phối
// hợp (với)" partner up to the first lower-case task verb; the rest is the task (or, when the line
// ends with ":", the bullets below are the tasks).
import { splitUnitsFromTask } from "./taskVerbs";
import { addressedBodies, isUnitList, withoutManner } from "./unitList";

export { opensWithTaskVerb, splitUnitsFromTask } from "./taskVerbs";

export interface ProseAssignment {
  lead: string;
  partners: string;
  /** The task, or "" when the tasks follow as bullets. */
  task: string;
  /** The line ends with ":": the bullets below are its tasks. */
  opensList: boolean;
  /** Sentences after the assigning one that are no part of its task: reported as unplaced. */
  rest?: string;
  /** An unnumbered line introducing "the following": its numbered or lettered items are the tasks. */
  introduces?: true;
}

const UNIT_START =
  /^(?:phòng|sở|bộ|văn phòng|thanh tra|chi cục|trung tâm|bệnh viện|ban|ubnd|ủy ban|uỷ ban|cục|vụ|viện|hội|công an|đài|báo|trường|cơ quan|đơn vị|các|tỉnh|huyện|đảng|mặt trận|liên đoàn|kho bạc|bảo hiểm|ngân hàng|cục|tổ|hội đồng)(?=\s|$)/iu;

const GIAO_CHU_TRI = /^(?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu|phân\s+công)\s+(.+?)\s+(?:là\s+(?:đơn vị|cơ quan)\s+)?chủ\s+trì(?=[\s,;:.]|$)[,;]?\s*(.*)$/iu;
const X_CHU_TRI = /^(.+?)\s+(?:là\s+(?:đơn vị|cơ quan)\s+)?chủ\s+trì(?=[\s,;:.]|$)[,;]?\s*(.*)$/iu;
const GIAO = /^(?:giao(?:\s+cho)?|yêu\s+cầu|đề\s+nghị)\s+(.+)$/iu;
// "UBND tỉnh giao Sở Y tế ...", "Giám đốc Sở yêu cầu các đơn vị ...", "Theo đó, Bộ Tài chính đề nghị
// UBND các tỉnh ...", "Bên cạnh đó, UBND tỉnh cũng giao ...", "Trong đó, Phú Thọ yêu cầu ...": who
// assigns is no part of the task. A province named alone (capitalised words) issues as its UBND does.
const ISSUER_NAME =
  "(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Chủ tịch UBND|Chủ tịch Ủy ban nhân dân)\\s+[Tt]ỉnh|Giám đốc Sở(?:\\s+Y\\s+tế)?|Sở Y tế(?:\\s+(?:tỉnh\\s+)?\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*)?)?|Thủ tướng(?:\\s+Chính\\s+phủ)?|Chính phủ|Bộ\\s+\\p{Lu}[^,;.:]{0,40}?|\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,3})";
const ISSUER_CONNECTIVE = "(?:(?:Theo\\s+đó|Đồng\\s+thời|Ngoài\\s+ra|Trong\\s+đó|Bên\\s+cạnh\\s+đó|Song\\s+song\\s+(?:với\\s+)?đó)\\s*,?\\s*)";
// "... đã có công văn khẩn đề nghị ...": the letter that carries the request, no part of the task.
const ISSUER_VERB =
  "(?:(?:cũng|đã|vừa|tiếp\\s+tục)\\s+)*(?:có\\s+(?:công\\s+văn|văn\\s+bản)(?:\\s+(?:khẩn|hỏa\\s+tốc|hoả\\s+tốc))?\\s+)?(?=(?:giao|yêu\\s+cầu|đề\\s+nghị)\\s)";
const ISSUER = new RegExp(`^${ISSUER_CONNECTIVE}?${ISSUER_NAME}\\s+${ISSUER_VERB}`, "u");
// The same issuer inside a paragraph, after a comma or a sentence: "Theo đó, thực hiện đề nghị của Bộ
// Y tế tại ..., Chủ tịch UBND tỉnh yêu cầu ...", "... đến hết ngày 16-2. Ngoài ra, UBND Tỉnh cũng giao ...".
const ISSUER_INSIDE = new RegExp(`[,.;]\\s+(?=${ISSUER_CONNECTIVE}?${ISSUER_NAME}\\s+${ISSUER_VERB})`, "gu");
// "phối hợp với X", "phối hợp X", "chủ động phối hợp chặt chẽ với X": the units X partner.
export const PARTNERS = /^(?:và\s+)?(?:chủ\s+động\s+)?phối\s+hợp(?:\s+chặt\s+chẽ)?(?:\s+với)?\s+(.*)$/iu;

// "... thực hiện các nội dung sau:", "... cụ thể:": the line only introduces the tasks below it.
const INTRODUCES = /(?:sau|như sau|cụ thể|gồm|bao gồm|các nội dung|các nhiệm vụ)$/iu;
// "... triển khai một số nhiệm vụ sau: Xây dựng .... Giao X ...": the tasks run on inline as sentences.
const INLINE_TASKS = /^([^:]{1,80}?)\s*:\s*(?=\p{Lu})(.+)$/su;

/** The tasks after an introducing colon on the same line, or the task as it stands. */
function inlineTasks(task: string): string {
  const m = INLINE_TASKS.exec(task.trim());
  return m && INTRODUCES.test(m[1].trim()) ? m[2] : task;
}

/** A line ending in ":" opens a list unless a task of its own comes before the colon. */
function opens(line: string, task: string): boolean {
  return /:$/.test(line) && (task === "" || INTRODUCES.test(task));
}

function finish(lead: string, after: string): ProseAssignment {
  const trimmed = after.trim();
  const body = trimmed.replace(/:$/, "").trim();
  const withPartners = PARTNERS.exec(body);
  const { units, task } = withPartners ? splitUnitsFromTask(withPartners[1]) : { units: "", task: body };
  const opensList = trimmed === "" || opens(trimmed, task);
  return { lead: addressed(lead), partners: addressed(units), task: opensList ? "" : capitalise(task), opensList };
}

/** The units a list addresses, without officials' titles or the manner phrase closing it. */
function addressed(units: string): string {
  return addressedBodies(withoutManner(units.trim())).trim();
}

/** A short phrase, or a long one every item of which is a unit. */
function listLength(units: string): boolean {
  return units.split(/\s+/).length <= MAX_UNIT_WORDS || isUnitList(units);
}

/** Longer phrases before the verb must show they are a list of units item by item. */
const MAX_UNIT_WORDS = 12;

function capitalise(text: string): string {
  return text.replace(/^[\s,;:]+/, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

// "Các đơn vị được giao chủ trì ..." speaks of whoever was given a task elsewhere: no unit is named.
const REFERS_BACK = /(?:^|\s)được\s+giao(?:\s|$)/iu;

// The units a "Giao ..." line names are capitalised ("Giao Phòng ...", "Giao các đơn vị ..."); "Giao nhiệm
// vụ ..." (a title) and a line going on in lower case ("... về\ngiao chỉ tiêu ...") name none.
const NAMES_UNIT = /^(?:\p{Lu}|các\s)/u;

// "Văn phòng Sở:" / "Các đơn vị trực thuộc căn cứ chức năng, nhiệm vụ:" heading the tasks of one
// unit, as the "Tổ chức thực hiện" part of most plans does; or "Phòng Nghiệp vụ Y: hướng dẫn ..." with
// the task after the colon. The head must read as a unit's name: an office word first, no verb.
const UNIT_HEAD =
  /^((?:Các\s+)?(?:[Pp]hòng|Văn phòng|Thanh tra|Chi cục|Trung tâm|[Bb]ệnh viện|Sở|Ban|UBND|Ủy ban|Uỷ ban|Bảo hiểm|BHXH|Công an|Cục|Viện|[Đđ]ơn vị|[Cc]ơ quan|TTYT|BVĐK|CDC)(?:\s[^:;.]*)?)\s*:\s*(.*)$/u;
// "Sở Y tế Bắc Giang: Công văn khẩn về việc ...": a headline naming who issued which document, no task.
const DOCUMENT_TITLE =
  /^(?:công\s+văn|công\s+điện|quyết\s+định|chỉ\s+thị|thông\s+báo|kế\s+hoạch|văn\s+bản)(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc|số\s+\S+))*\s+(?:về|v\/v)\s/iu;
const ROLE_QUALIFIER = /\s*(?:,\s*)?(?:căn cứ|theo|trong phạm vi)\s+chức\s+năng.*$/iu;

function unitHead(body: string): ProseAssignment | null {
  const m = UNIT_HEAD.exec(body);
  if (!m) return null;
  const unit = m[1].replace(ROLE_QUALIFIER, "").trim();
  if (unit.split(/\s+/).length > 10 || /\d/.test(unit) || splitUnitsFromTask(unit).task !== "") return null;
  const task = m[2].trim();
  if (task === "") return { lead: unit, partners: "", task: "", opensList: true };
  if (DOCUMENT_TITLE.test(task)) return null;
  return { lead: unit, partners: "", task: capitalise(task.replace(/:$/, "")), opensList: false };
}

const MAX_ISSUER_TRIES = 4;

export interface IssuedInside {
  /** Whole sentences before the one that assigns: text of its own, to be placed or reported. */
  before: string;
  assignment: ProseAssignment;
}

/**
 * A paragraph whose assignment comes after a lead-in: "<background>. Ngoài ra, UBND tỉnh cũng giao X
 * <task>", "Theo đó, thực hiện ..., Chủ tịch UBND tỉnh yêu cầu X <task>". The clause fronted to the
 * assigning sentence only frames it; sentences before it are returned to be reported.
 */
export function issuedInside(text: string): IssuedInside | null {
  let tries = 0;
  for (const m of text.matchAll(ISSUER_INSIDE)) {
    // Each try reads the rest of the paragraph: a few keep a hostile paragraph linear.
    if (++tries > MAX_ISSUER_TRIES) break;
    const at = (m.index as number) + m[0].length;
    const assignment = matchProse(text.slice(at));
    if (!assignment || assignment.opensList) continue;
    const head = text.slice(0, at);
    const sentenceEnd = Math.max(head.lastIndexOf(". "), head.lastIndexOf("; "));
    return { before: sentenceEnd < 0 ? "" : head.slice(0, sentenceEnd + 1).trim(), assignment };
  }
  return null;
}

// ", giao Sở X báo cáo ...", "; đề nghị Y ...": an assignment after a clause, the issuer said before.
const ASSIGNS_AFTER_CLAUSE = /[,;]\s+(?=(?:giao(?:\s+cho)?|đề\s+nghị|yêu\s+cầu)\s+\p{Lu})/gu;

/**
 * A later sentence of an assigning paragraph that assigns after a clause of its own ("Trong trường
 * hợp ..., người đứng đầu ... chịu trách nhiệm; đồng thời những vấn đề vượt thẩm quyền, giao Sở X
 * báo cáo ..."): the task from "giao", and the words before it to be reported.
 */
export function assignedInside(sentence: string): { before: string; assignment: { lead: string; partners: string; task: string } } | null {
  let tries = 0;
  for (const m of sentence.matchAll(ASSIGNS_AFTER_CLAUSE)) {
    if (++tries > MAX_ISSUER_TRIES) break;
    const at = (m.index as number) + m[0].length;
    const found = matchProse(capitalise(sentence.slice(at)));
    if (!found || found.opensList || found.task === "") continue;
    return { before: sentence.slice(0, (m.index as number) + 1).trim(), assignment: { lead: found.lead, partners: found.partners, task: found.task } };
  }
  return null;
}

// "Đối với các đơn vị ..., đề nghị chủ động ...": the units named first are asked, the task follows.
const ADDRESSED = /^Đối\s+với\s+([^,;.:]+?)\s*,\s*(?:đề\s+nghị|yêu\s+cầu)\s+(\p{Ll}.*)$/su;

function addressedRequest(text: string): ProseAssignment | null {
  const m = ADDRESSED.exec(text);
  if (!m || !UNIT_START.test(m[1]) || splitUnitsFromTask(m[1]).task !== "") return null;
  return { lead: addressed(m[1]), partners: "", task: capitalise(m[2].trim().replace(/[.;]+$/, "")), opensList: false };
}

/** Reads a prose assignment, or null when the line assigns nothing. */
export function matchProse(text: string): ProseAssignment | null {
  if (!/^\p{Lu}/u.test(text)) return null;
  const asked = addressedRequest(text);
  if (asked) return asked;
  const issued = text.replace(ISSUER, "");
  const body = issued === text ? text : capitalise(issued);
  const giao = GIAO_CHU_TRI.exec(body);
  if (giao && NAMES_UNIT.test(giao[1]) && !REFERS_BACK.test(giao[1])) return finish(giao[1], giao[2]);
  const named = X_CHU_TRI.exec(body);
  if (named && listLength(named[1]) && UNIT_START.test(named[1]) && !/[.;:]/.test(named[1]) && !REFERS_BACK.test(named[1])) {
    return finish(named[1], named[2]);
  }
  const head = unitHead(body);
  if (head) return head;
  const plain = GIAO.exec(body);
  if (plain && NAMES_UNIT.test(plain[1])) {
    const { units, task } = splitUnitsFromTask(plain[1]);
    const lead = withoutManner(units);
    if (task !== "" && listLength(lead)) {
      // "Giao X phối hợp Y hướng dẫn ...": Y partners, the task opens at the verb after it.
      const withPartners = PARTNERS.exec(task.trim());
      const split = withPartners ? splitUnitsFromTask(withPartners[1]) : null;
      const partnered = split !== null && split.task !== "" && !/[.;]/.test(split.units);
      const assignment = finish(lead, "");
      const rest = inlineTasks(partnered ? split.task : task);
      const bare = rest.trim().replace(/:$/, "");
      const opensList = opens(rest.trim(), bare);
      return { ...assignment, partners: partnered ? addressed(split.units) : "", task: opensList ? "" : capitalise(bare), opensList };
    }
  }
  return null;
}
