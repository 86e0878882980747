// Where the units of a sentence end and its task begins: the first lower-case task verb ("Sở Y tế,
// Sở Tài chính xây dựng ..."). Shared by the prose, list and introducing-line readers.
import { foldWord } from "../text";

// Verbs that open the task after a unit list (folded). Unit names are capitalised, verbs are not.
const TASK_VERBS = [
  "tham muu", "xay dung", "trien khai", "to chuc", "theo doi", "tong hop", "bao cao", "ra soat",
  "huong dan", "kiem tra", "thuc hien", "tiep tuc", "nghien cuu", "de xuat", "hoan thanh", "ban hanh",
  "trinh", "danh gia", "tang cuong", "day manh", "chi dao", "don doc", "cap nhat", "gui", "lap",
  "soan thao", "tuyen truyen", "quan ly", "cung co", "nang cao", "dam bao", "kien toan", "thanh lap",
  "mua sam", "dau tu", "chuan bi", "giam sat", "phat trien", "phoi hop", "thong ke", "cong bo",
  "so ket", "tong ket", "dieu tra", "thuc thi", "van hanh", "ung dung", "sap xep", "dao tao", "boi duong",
  "kiem soat", "phong chong", "tiep nhan", "xu ly", "giai quyet", "sua doi", "bo sung", "hoan thien",
  "tham dinh", "phe duyet", "de nghi", "rut kinh nghiem", "cung cap", "chu dong", "khan truong",
  "chiu trach nhiem", "bo tri", "su dung", "co the", "co kha nang", "co trach nhiem", "thong bao", "quan triet",
  // "Các Sở GDĐT tập trung triển khai ...", "Y tế các Bộ, ngành nghiêm túc tổ chức ...": the manner
  // word opens the task as "Khẩn trương", "Chủ động" do; "phổ biến, hướng dẫn ..." is a task's verb.
  "tap trung", "nghiem tuc", "pho bien",
].map((v) => v.split(" "));

// "các tổ chức chính trị - xã hội", "các tổ chức, cá nhân": "tổ chức" is a body here, not the verb.
const ORGANISATION_AFTER = new Set(["chinh", "xa", "ca", "kinh", "ton", "phi", "quoc", "tin", "lien"]);

function isOrganisation(words: string[], folded: string[], i: number): boolean {
  if (folded[i] !== "to" || folded[i + 1] !== "chuc") return false;
  const next = folded[i + 2] ?? "";
  return ORGANISATION_AFTER.has(next) || (next === "doan" && folded[i + 3] === "the") || ["cac", "nhung"].includes(folded[i - 1]) || /,$/.test(words[i - 1] ?? "");
}

// "quá trình", "chương trình", "công trình", "lộ trình", "tờ trình", "quy trình": nouns, not "trình" (submit).
const TRINH_NOUNS = new Set(["qua", "chuong", "cong", "lo", "to", "quy", "tien", "hanh", "giao"]);

// The verbs by their first word: a word that opens none is passed over at once.
const VERBS_BY_FIRST = new Map<string, string[][]>();
for (const verb of TASK_VERBS) VERBS_BY_FIRST.set(verb[0], [...(VERBS_BY_FIRST.get(verb[0]) ?? []), verb]);

function isVerbAt(words: string[], folded: string[], i: number): boolean {
  const verbs = VERBS_BY_FIRST.get(folded[i]);
  if (verbs === undefined || !/^\p{Ll}/u.test(words[i])) return false;
  if (isOrganisation(words, folded, i)) return false;
  if (folded[i] === "trinh" && TRINH_NOUNS.has(folded[i - 1] ?? "")) return false;
  return verbs.some((verb) => verb.every((w, k) => folded[i + k] === w));
}

/**
 * "Thực hiện nghiêm ...", "Chủ động điều chỉnh ...": a sentence with no subject that opens with a task
 * verb, an order to whoever the sentence before addressed.
 */
export function opensWithTaskVerb(sentence: string): boolean {
  const words = sentence.trim().split(/\s+/, 4);
  if (!/^\p{Lu}/u.test(words[0] ?? "")) return false;
  words[0] = words[0].replace(/^\p{Lu}/u, (c) => c.toLowerCase());
  return isVerbAt(words, words.map(foldWord), 0);
}

/** Splits "<units> <task...>" at the first lower-case task verb after at least one word. */
export function splitUnitsFromTask(text: string): { units: string; task: string } {
  const words = text.trim().split(/\s+/);
  const folded = words.map(foldWord);
  for (let i = 1; i < words.length; i++) {
    if (isVerbAt(words, folded, i)) {
      return { units: words.slice(0, i).join(" ").replace(/[,;:]+$/, ""), task: words.slice(i).join(" ") };
    }
  }
  return { units: text.trim().replace(/[,;:]+$/, ""), task: "" };
}
