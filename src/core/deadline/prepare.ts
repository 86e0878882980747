// Cleans a phrase as it arrives from a cell or a document, and sets its bracketed asides apart.
import { foldVietnamese, oneLine } from "../text";

export interface Aside {
  start: number;
  text: string;
}

export interface Prepared {
  /** One line, NFC, without a leading label ("Thời gian hoàn thành:"), bullets or end punctuation. */
  text: string;
  /** `text` with every bracketed aside blanked to spaces, so offsets still match `text`. */
  head: string;
  asides: Aside[];
}

const BULLETS = /^[-+*•·–—>\s]+/;
const END_PUNCTUATION = /[\s.;,:!-]+$/;
const QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;
const MAX_LABEL = 60;

/** Words of a column or list label: "Thời gian hoàn thành", "Thời hạn", "Tiến độ", "Hạn", "Năm". */
const LABEL_WORDS = /\b(thoi gian|thoi han|han|tien do|hoan thanh|thuc hien|du kien|thoi diem|nam)\b/;

/** A colon after "Sau khi ..." or "theo ..." ends a condition, not a label. */
const CONDITION_WORDS = /\b(sau|khi|theo|neu|tuy)\b/;

/**
 * "Thời gian hoàn thành: Năm 2021" → "Năm 2021". Only a label is dropped: a colon after a date
 * ("Tháng 4/2021: ...") or after a condition ("Sau khi ...: ...") is kept.
 */
function dropLabel(text: string): string {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon > MAX_LABEL) return text;
  const label = text.slice(0, colon);
  const rest = text.slice(colon + 1).trim();
  if (/\d/.test(label) || rest === "") return text;
  const folded = foldVietnamese(label);
  return LABEL_WORDS.test(folded) && !CONDITION_WORDS.test(folded) ? rest : text;
}

/** Anything `oneLine` would change: odd or doubled spaces, line breaks, space at either end. */
const UNTIDY_SPACE = /[^\S ]|\u200b| {2}|^ | $/;
const COMBINING_MARK = /[\u0300-\u036f]/;
/** A line break, a bullet and a word: "- Quý II/2021" (but "\n- 2030" may be a wrapped "2026 - 2030"). */
const LINE_BULLET = /[ \t\u00a0]*\r?\n[ \t\u00a0]*[-+*•·–][ \t\u00a0]+(?=\p{L})/gu;

/** Full-width forms ("３０/６/２０２６", "Quý IV／2026") and the ideographic space, as some IMEs type them. */
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, "g");
const halfWidth = (ch: string): string => (ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

function tidy(text: string): string {
  // The tests before each step skip work most cells do not need; they change nothing in the result.
  let t = COMBINING_MARK.test(text) ? text.normalize("NFC") : text;
  // One UTF-16 unit for one, so offsets into the phrase stay where they were.
  if (FULL_WIDTH.test(t)) t = t.replace(FULL_WIDTH_ALL, halfWidth);
  // A bulleted line inside a cell is another item of a list, not the dash of a span.
  if (t.includes("\n")) t = t.replace(LINE_BULLET, "; ");
  if (UNTIDY_SPACE.test(t)) t = oneLine(t);
  t = t.replace(BULLETS, "");
  t = dropLabel(t).replace(BULLETS, "");
  return t.replace(QUOTES, "").replace(END_PUNCTUATION, "").trim();
}

const OPEN = new Set(["(", "["]);
const CLOSE = new Set([")", "]"]);

export function prepare(raw: string): Prepared {
  const text = tidy(raw);
  if (!/[()[\]]/.test(text)) return { text, head: text, asides: [] };
  const asides: Aside[] = [];
  let head = "";
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN.has(ch)) {
      if (depth === 0) start = i;
      depth++;
      head += " ";
    } else if (CLOSE.has(ch) && depth > 0) {
      depth--;
      head += " ";
      if (depth === 0) pushAside(asides, text, start, i);
    } else {
      head += depth > 0 || CLOSE.has(ch) ? " " : ch;
    }
  }
  // An unclosed bracket runs to the end of the phrase.
  if (depth > 0) pushAside(asides, text, start, text.length);
  return { text, head, asides };
}

function pushAside(asides: Aside[], text: string, open: number, close: number): void {
  const inner = text.slice(open + 1, close).replace(/[()[\]]/g, " ").replace(/\s+/g, " ").trim();
  // "Năm 2021 (*)": a footnote mark is not a condition.
  if (/[\p{L}\p{N}]/u.test(inner)) asides.push({ start: open, text: inner });
}

/** The phrase with its brackets dropped but their words kept, for a phrase that is all aside. */
export function withoutBrackets(prepared: Prepared): Prepared {
  const text = prepared.text.replace(/[()[\]]/g, " ");
  return { text, head: text, asides: [] };
}
