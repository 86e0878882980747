// The outline of one line: its bullet, its numbering (I., A., 1., 1.2., a), (1), Nhiệm vụ 3) and body.

export type NumberKind = "roman" | "upper" | "arabic" | "lower" | "paren" | "task";

export interface Numbering {
  kind: NumberKind;
  /** The number without punctuation: "II", "B", "1.2", "a", "3". */
  number: string;
  /** A single capital letter that could also be a Roman numeral (I, V, X, C, D, L, M). */
  ambiguous: boolean;
}

export interface LineShape {
  bullet: boolean;
  numbering: Numbering | null;
  /** The line without bullet and numbering. */
  body: string;
  /** The line without bullet (numbering kept), as a heading is shown. */
  text: string;
}

// Word list glyphs copied as text: Symbol/Wingdings private-use characters (U+F0xx) besides the usual ones.
const BULLETS = /^(?:[-+*•–—·▪●○►◦✓→➢❖♦◆■□❑\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF06E]\s*)+/u;

/**
 * "o<TAB>Sở Công Thương", "•<TAB>Cơ quan chủ trì<TAB>...": Word's list marker copied as text with a tab
 * after it. A bullet glyph keeps its place with a space for the tab (so a label after it is still read
 * as one). The second-level "o" of Courier New, and Wingdings' "§", "Ø", "ü", "v" or private-use glyphs
 * when the font is lost, become a plain bullet: only the tab tells the letter from a word.
 */
export function wordListMarker(raw: string): string {
  return raw
    .replace(/^[ \t]*(?:[o§Øüv]|[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF06E])\t+/u, "- ")
    .replace(/^([ \t]*[-+*•·▪●○►◦✓→➢❖♦◆■□❑–])\t+/u, "$1 ");
}
const ROMAN = /^(?:(?:PHẦN|Phần|PHẦN THỨ|MỤC|Mục)\s+)?([IVXLC]{1,7})\s*[.):\-–]\s*(?=\S)/;
const UPPER = /^([A-ZĐ])\s*[.)]\s+(?=\S)/;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)\s*(?:[.)]|\/(?=\s))(?:\s+|(?=\p{L}))(?=\S)/u;
const ARABIC_DEEP = /^(\d{1,3}(?:\.\d{1,3})+)\s+(?=\p{L})/u;
const LOWER = /^([a-zđ])\s*[).](?:\s+|(?=\p{Lu}))(?=\S)/u;
const PAREN = /^\((\d{1,3}|[a-zđ])\)\s*(?=\S)/;
const TASK = /^nhiệm vụ(?:\s+số)?\s+(\d{1,3})\s*[:.\-–]?\s*/iu;
// "Nhiệm vụ thứ hai": the task's number in words.
const TASK_ORDINAL = /^nhiệm vụ\s+thứ\s+(nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?=$|[\s:.\-–])\s*[:.\-–]?\s*/iu;
const ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];
const ROMAN_VALUE = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

function strip(text: string, match: RegExpExecArray): string {
  return text.slice(match[0].length).trim();
}

function readNumbering(text: string): { numbering: Numbering; body: string } | null {
  let m = TASK.exec(text);
  if (m) return { numbering: { kind: "task", number: m[1], ambiguous: false }, body: strip(text, m) };
  m = TASK_ORDINAL.exec(text);
  if (m) {
    const word = m[1].toLowerCase();
    const number = word === "bốn" ? 4 : ORDINALS.indexOf(word) + 1;
    return { numbering: { kind: "task", number: String(number), ambiguous: false }, body: strip(text, m) };
  }
  m = ROMAN.exec(text);
  if (m && ROMAN_VALUE.test(m[1])) {
    const ambiguous = m[1].length === 1;
    return { numbering: { kind: "roman", number: m[1], ambiguous }, body: strip(text, m) };
  }
  m = UPPER.exec(text);
  if (m) return { numbering: { kind: "upper", number: m[1], ambiguous: false }, body: strip(text, m) };
  m = ARABIC.exec(text) ?? ARABIC_DEEP.exec(text);
  if (m) return { numbering: { kind: "arabic", number: m[1], ambiguous: false }, body: strip(text, m) };
  m = LOWER.exec(text);
  if (m) return { numbering: { kind: "lower", number: m[1], ambiguous: false }, body: strip(text, m) };
  m = PAREN.exec(text);
  if (m) return { numbering: { kind: "paren", number: m[1], ambiguous: false }, body: strip(text, m) };
  return null;
}

// "1. Nhiệm vụ 1: Kiện toàn ...": the task's name in words after its number says nothing more.
const NAMED_AGAIN = /^nhiệm vụ\s+(?:(?:số\s+)?\d{1,3}|thứ\s+\p{L}{2,5})\s*:\s*(?=\S)/iu;

/** A line in capitals (a heading): at least `minLetters` letters, none of them lower case. */
export function isCapitals(text: string, minLetters: number): boolean {
  // Most lines have a lower-case letter early on: no need to gather their letters.
  if (/\p{Ll}/u.test(text)) return false;
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= minLetters && letters === letters.toUpperCase();
}

export function lineShape(line: string): LineShape {
  const bulletMatch = BULLETS.exec(line);
  const text = bulletMatch ? line.slice(bulletMatch[0].length).trim() : line.trim();
  const numbered = readNumbering(text);
  const body = numbered ? numbered.body : text;
  return {
    bullet: bulletMatch !== null,
    numbering: numbered?.numbering ?? null,
    body: numbered && numbered.numbering.kind !== "task" ? body.replace(NAMED_AGAIN, "") : body,
    text,
  };
}

/** Depth of an Arabic number ("1" → 1, "1.2" → 2), so 1.2 nests under 1. */
export function numberDepth(n: Numbering): number {
  return n.kind === "arabic" ? n.number.split(".").length : 1;
}

/** True when the line opens a new item (so a wrapped line must not be joined onto it). */
export function startsItem(line: string): boolean {
  const shape = lineShape(line);
  return shape.bullet || shape.numbering !== null;
}

// "a) Các cơ sở ... thực hiện: - Khám bệnh ... - Thực hiện ...": bullets run on after a heading's colon
// (a list flattened into one line). Later bullets are told only after a sentence's end, so a name with a
// dash ("Sở Văn hóa - Thể thao") is never cut.
const RUN_ON_HEAD = /^(\S.{0,200}?[:：])\s+[-–]\s+(?=\p{Lu})/u;
const RUN_ON_NEXT = /(?<=[.;!?…])\s+[-–]\s+(?=\p{Lu})/u;

/** The heading and its bullets, one a line, when two or more bullets run on after its colon; else null. */
export function runOnBullets(line: string): string[] | null {
  const head = RUN_ON_HEAD.exec(line);
  if (!head) return null;
  const items = line.slice(head[0].length).split(RUN_ON_NEXT);
  if (items.length < 2) return null;
  return [head[1], ...items.map((item) => `- ${item}`)];
}
