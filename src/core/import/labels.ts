// Field labels of the list, block and labelled forms: "+ Phòng chủ trì tham mưu: X", "2. Cơ quan
// chủ trì: X", "a) Cơ quan phối hợp" (value on the lines below), "Phòng phối hợp với Sở KH-ĐT: X".
import { foldVietnamese, foldWord } from "../text";

export type LabelField = "title" | "lead" | "partners" | "leadAndPartners" | "product" | "deadline" | "other";

export interface Label {
  field: LabelField;
  value: string;
  /** A "Nội dung" label: the task's content, which a task line above it names. */
  content?: true;
  /** "Phòng phối hợp với <outside>: <lead>": the named office leads, the outside agency partners. */
  outsidePartner: string | null;
}

const UNIT_WORDS = "(?:phong|co quan|don vi|bo phan|cq|dv|cac co quan|cac don vi|co quan, don vi|don vi, co quan|co quan\\/don vi|don vi\\/co quan)";

const FIELD_PATTERNS: [LabelField, RegExp][] = [
  ["leadAndPartners", new RegExp(`^(?:${UNIT_WORDS} )?chu tri,? (?:va |, )?(?:${UNIT_WORDS} )?phoi hop(?: thuc hien)?$`)],
  ["leadAndPartners", /^phan cong thuc hien$/],
  ["lead", new RegExp(`^(?:${UNIT_WORDS} )?(?:chu tri|tham muu)(?: (?:tham muu|thuc hien|soan thao|xay dung|trien khai))?(?: chinh)?$`)],
  ["lead", new RegExp(`^${UNIT_WORDS} (?:thuc hien(?: chinh)?|dau moi|phu trach)$`)],
  ["partners", new RegExp(`^(?:${UNIT_WORDS} )?phoi hop(?: thuc hien| trien khai| soan thao| xay dung)?$`)],
  ["product", /^(?:du kien |yeu cau )?(?:ket qua|san pham|hinh thuc)(?:(?: ?[/,\-] ?| va | hoac )(?:ket qua|san pham|hinh thuc))?(?: (?:dau ra|du kien|can dat|chu yeu|van ban|san pham|the hien))?$/],
  ["deadline", /^(?:thoi gian|thoi han|thoi diem|tien do|han|moc thoi gian|lo trinh)(?: (?:hoan thanh|thuc hien|trinh|ban hanh|bao cao|du kien)(?: ?\/ ?(?:hoan thanh|thuc hien|trinh|ban hanh))?)*(?: trinh [a-z ]{2,40})?$/],
  ["title", /^(?:ten nhiem vu|noi dung(?: nhiem vu| cong viec| chu yeu| chinh| thuc hien| cong tac)?|nhiem vu(?: cu the| trong tam)?|ten (?:de an|chuong trinh|ke hoach|van ban|san pham|cong viec)|cong viec)$/],
  // Fields a task may carry that have no column: read, reported, never taken for a task line.
  [
    "other",
    /^(?:lanh dao(?: so| ban giam doc)? (?:phu trach|chi dao)|nguoi phu trach|ghi chu|(?:du kien |du toan )?kinh phi(?: thuc hien| du kien)?|nguon kinh phi|cap (?:trinh|ban hanh|phe duyet)|co quan (?:ban hanh|phe duyet|tham dinh)|muc tieu(?: cu the)?|yeu cau|chi tieu(?: can dat)?|pham vi|doi tuong|dia diem|van ban giao)$/,
  ],
];

// Elsewhere these head a part of the plan ("V. TRÁCH NHIỆM THỰC HIỆN", "3. Tổ chức thực hiện: Giao ...").
const ROLES_HEAD = /^(?:phan cong(?: nhiem vu| trach nhiem)?|trach nhiem thuc hien|to chuc thuc hien)$/;

/**
 * "2. Tổ chức thực hiện:" (roles on the lines below) or "Phân công: X chủ trì; Y phối hợp", read only
 * where a task waits for its units (the caller knows).
 */
export function unitGroupLabel(body: string): Label | null {
  const colon = body.search(/[:：]/);
  if (colon <= 0 || colon > 60) return null;
  const value = body.slice(colon + 1).trim();
  return ROLES_HEAD.test(foldHead(body.slice(0, colon))) ? { field: "leadAndPartners", value, outsidePartner: null } : null;
}

const OUTSIDE = /^(?:phong|don vi|bo phan|co quan)(?: chu tri)? phoi hop voi (.+)$/;

function fieldOf(folded: string): LabelField | null {
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(folded)) return field;
  return null;
}

function foldHead(head: string): string {
  return foldVietnamese(head)
    .replace(/[\s.;:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

function withContent(label: Label, folded: string): Label {
  return label.field === "title" && folded.startsWith("noi dung") ? { ...label, content: true } : label;
}

// The first word of every label head above, folded: a line opening with any other word is no label,
// which spares folding its head (matchLabel runs on every line, twice).
const FIRST_WORDS = new Set(
  "phong co don bo cq dv cac chu tham phoi phan du yeu ket san hinh thoi han tien moc lo ten noi nhiem cong lanh nguoi ghi kinh nguon cap muc chi pham doi dia van".split(" "),
);
const FIRST_WORD = /^[^\p{L}]*([\p{L}]{1,12})/u;

function mayBeLabel(body: string): boolean {
  const m = FIRST_WORD.exec(body);
  return m !== null && FIRST_WORDS.has(foldWord(m[1]));
}

/** Reads a label line (the body after bullets and numbering), or null when it is no label. */
export function matchLabel(body: string): Label | null {
  if (!mayBeLabel(body)) return null;
  const colon = body.search(/[:：]/);
  if (colon > 0 && colon <= 90) {
    const head = body.slice(0, colon);
    // "Cơ quan phối hợp:: X", a colon typed twice.
    const value = body.slice(colon + 1).replace(/^[\s:：]+/, "").trim();
    const folded = foldHead(head);
    if (folded.split(" ").length <= 12) {
      const outside = OUTSIDE.exec(folded);
      if (outside) {
        const prefixWords = folded.split(" ").length - outside[1].split(" ").length;
        const partner = head.trim().split(/\s+/).slice(prefixWords).join(" ");
        return { field: "lead", value, outsidePartner: partner };
      }
      const field = fieldOf(folded);
      if (field) return withContent({ field, value, outsidePartner: null }, folded);
    }
  }
  if (body.length <= 60) {
    const folded = foldHead(body);
    const field = fieldOf(folded);
    if (field) return withContent({ field, value: "", outsidePartner: null }, folded);
  }
  return dashLabel(body) ?? bareLabel(body);
}

const UNIT_HEAD = new RegExp(`^${UNIT_WORDS} `);

/**
 * "cơ quan chủ trì Trung tâm Kiểm soát bệnh tật", "thời gian hoàn thành Quý I/2027": a label whose
 * colon was left out, the value opening on a capital (a deadline also on a digit). Only labels a task
 * line cannot open with: units named by "cơ quan/đơn vị/phòng ...", "sản phẩm", "thời gian/thời hạn
 * ..." and "tên nhiệm vụ" ("Tham mưu UBND tỉnh ...", "Kết quả Hội thi ...", "Phối hợp Sở X ..." stay
 * task lines).
 */
function bareLabel(body: string): Label | null {
  const words = body.trim().split(/\s+/, 9);
  if (!BARE_FIRST.has(foldWord(words[0].replace(/[^\p{L}]/gu, "")))) return null;
  // Folded once; each head below is a prefix of these words.
  const foldedWords = foldVietnamese(words.join(" ")).split(" ");
  for (let n = Math.min(words.length - 1, 8); n >= 2; n--) {
    // Already folded: only the trailing marks go.
    const folded = foldedWords.slice(0, n).join(" ").replace(/[\s.;:]+$/, "");
    const field = fieldOf(folded);
    if (!field || !bareHead(field, folded)) continue;
    const value = body.trim().split(/\s+/).slice(n).join(" ");
    if (!(field === "deadline" ? /^[\p{Lu}\d]/u : /^\p{Lu}/u).test(value)) continue;
    return { field, value, outsidePartner: null };
  }
  return null;
}

// The first words of the heads bareHead allows (units, product, deadline, "tên nhiệm vụ").
const BARE_FIRST = new Set("phong co don bo cq dv cac du yeu ket san hinh thoi han tien ten".split(" "));

function bareHead(field: LabelField, folded: string): boolean {
  switch (field) {
    case "lead":
    case "partners":
    case "leadAndPartners":
      return UNIT_HEAD.test(folded);
    case "product":
      return /\bsan pham\b/.test(folded);
    case "deadline":
      return /^(?:thoi gian|thoi han|han hoan thanh|tien do thuc hien)\b/.test(folded);
    case "title":
      return folded === "ten nhiem vu";
    default:
      return false;
  }
}

const DASHED: LabelField[] = ["lead", "partners", "leadAndPartners", "product", "deadline"];

/**
 * "Cơ quan chủ trì – Văn phòng Sở": a dash set where the colon belongs. Only for units, product,
 * deadline and "Tên nhiệm vụ", whose values open with a capital or a digit ("Nhiệm vụ - giải pháp"
 * is a heading), and "Cơ quan chủ trì - phối hợp" is the two roles' label.
 */
function dashLabel(body: string): Label | null {
  const dash = /\s[-–—]\s/.exec(body);
  if (!dash || dash.index > 60) return null;
  // "III. THỜI GIAN - TIẾN ĐỘ" is a heading.
  const letters = body.replace(/[^\p{L}]/gu, "");
  if (letters === letters.toUpperCase()) return null;
  const value = body.slice(dash.index + dash[0].length).trim();
  const folded = foldHead(body.slice(0, dash.index));
  const field = fieldOf(folded);
  if (!field || !(DASHED.includes(field) || folded === "ten nhiem vu")) return null;
  if (/^[\p{Lu}\d]/u.test(value)) return { field, value, outsidePartner: null };
  const both = fieldOf(foldHead(`${body.slice(0, dash.index)}, ${value}`));
  return both === "leadAndPartners" ? { field: both, value: "", outsidePartner: null } : null;
}

// Where one label's value ends and the next label starts: ";", ". X", or ", thời gian: ..." / " - Thời
// gian: ..." (a comma or dash only before a label head, as unit lists hold commas and dashes).
const NEXT_HEAD = "(?:[Tt]hời\\s+(?:gian|hạn)|[Cc]ơ\\s+quan|[Đđ]ơn\\s+vị|[Ss]ản\\s+phẩm|[Kk]ết\\s+quả|[Cc]hủ\\s+trì|[Pp]hối\\s+hợp|[Tt]iến\\s+độ)[^:;,]{0,40}:";
const LABEL_BREAK = new RegExp(`\\s*;\\s*|\\.\\s+(?=\\p{Lu})|\\s*,\\s*(?=${NEXT_HEAD})|\\s+[-–]\\s+(?=${NEXT_HEAD})`, "u");

/**
 * Several labels on one line: "Cơ quan chủ trì: Sở Y tế; cơ quan phối hợp: Sở Tài chính; thời gian:
 * Quý II/2026". A piece that is no label continues the value before it ("phối hợp: A; B").
 * Null unless the line opens with a label and holds at least `min` of them.
 */
export function splitLabels(text: string, min = 2): Label[] | null {
  const labels: Label[] = [];
  for (const piece of text.split(LABEL_BREAK)) {
    if (piece.trim() === "") continue;
    const label = matchLabel(piece.trim());
    if (label && label.value !== "") labels.push(label);
    else if (labels.length > 0) labels[labels.length - 1].value += `; ${piece.trim()}`;
    else return null;
  }
  return labels.length >= min ? labels : null;
}
