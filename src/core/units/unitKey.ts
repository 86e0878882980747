// How a unit name is reduced before lookup, so that spelling variants of one unit meet.
import { foldVietnamese, oneLine } from "../text";

export interface Token {
  /** Folded: lower case, no diacritics. */
  text: string;
  /** Written in capitals in the source (KHHGĐ, CDC): kept whole when forming initials. */
  acronym: boolean;
}

const BULLET = /^(?:[-+*•–—>]+|\d{1,2}[.)]|[a-zđ][.)])\s*/i;
const SEPARATORS = /[\s\-–—,.;:/\\()[\]{}"'“”‘’*+!?&_|]+/;

const LEADING_AFFIXES = [["phong"], ["p"], ["so", "y", "te"]];
/** "Phòng KH-TC chủ trì": the role written after the name in the lead cell. */
const ROLE_SUFFIX = ["chu", "tri"];
const TRAILING_AFFIXES = [
  ["truc", "thuoc", "so", "y", "te"],
  ["truc", "thuoc", "so"],
  ["thuoc", "so", "y", "te"],
  ["thuoc", "so"],
  ["cua", "so", "y", "te"],
  ["cua", "so"],
  ["so", "y", "te"],
  ["so"],
];

const WRAP_START = /[\s"'“‘]/;
const WRAP_END = /[\s"'”’.;:,]/;

/** For each bracket, the index of its other half; -1 for one without. */
function pairBrackets(text: string): Int32Array {
  const other = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") open.push(i);
    else if (text[i] === ")" && open.length > 0) {
      const o = open.pop() as number;
      other[o] = i;
      other[i] = o;
    }
  }
  return other;
}

/**
 * Bullets, numbering and wrapping punctuation removed; the name as a reader would quote it. A
 * bracket pair inside the name stays ("Sở Y tế (Trung tâm KSBT)"); one around the whole name, or a
 * bracket left without its other half, goes.
 */
export function stripListMarks(text: string): string {
  let t = oneLine(text).replace(/\*\*/g, "");
  while (BULLET.test(t)) t = t.replace(BULLET, "");
  const other = pairBrackets(t);
  // The name is t[lo, hi); each pass drops wrapping marks and at most one bracket from an end.
  let lo = 0;
  let hi = t.length;
  for (;;) {
    while (lo < hi && WRAP_START.test(t[lo])) lo++;
    while (hi > lo && WRAP_END.test(t[hi - 1])) hi--;
    if (lo >= hi) return "";
    const first = t[lo];
    const last = t[hi - 1];
    if (first === "(" && other[lo] === hi - 1) {
      lo++;
      hi--;
    } else if (last === ")" && other[hi - 1] < lo) hi--;
    else if (first === "(" && (other[lo] === -1 || other[lo] >= hi)) lo++;
    else return t.slice(lo, hi);
  }
}

export function tokenize(text: string): Token[] {
  // A remark in brackets ("Văn phòng Sở (đầu mối)") is not part of the name.
  return stripListMarks(text.replace(/\([^()]*\)/g, " "))
    .split(SEPARATORS)
    .filter((w) => w !== "")
    .map((w) => ({
      text: foldVietnamese(w),
      acronym: w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase(),
    }));
}

function startsWith(tokens: Token[], words: string[]): boolean {
  return words.every((w, i) => tokens[i]?.text === w);
}

function endsWith(tokens: Token[], words: string[]): boolean {
  const offset = tokens.length - words.length;
  return offset >= 0 && words.every((w, i) => tokens[offset + i].text === w);
}

/** Removes "Phòng", "Sở Y tế", "của Sở" and the like, which directives add or drop at will. */
export function stripAffixes(tokens: Token[]): Token[] {
  let t = tokens;
  for (const affix of LEADING_AFFIXES) {
    if (t.length > affix.length && startsWith(t, affix)) t = t.slice(affix.length);
  }
  if (t.length > ROLE_SUFFIX.length && endsWith(t, ROLE_SUFFIX)) t = t.slice(0, t.length - ROLE_SUFFIX.length);
  for (const affix of TRAILING_AFFIXES) {
    if (t.length > affix.length && endsWith(t, affix)) {
      t = t.slice(0, t.length - affix.length);
      break;
    }
  }
  return t;
}

export function compact(tokens: Token[]): string {
  return tokens.map((t) => t.text).join("");
}

/** The lookup key of a unit name: folded, affixes dropped, punctuation and spaces removed. */
export function unitKey(text: string): string {
  // "Sở Y tế, Sở Tài chính": the department followed by a comma is a unit of the list, not the owner
  // of the next name.
  if (OWNER_THEN_LIST.test(text)) return compact(tokenize(text));
  return compact(stripAffixes(tokenize(text)));
}

const OWNER_THEN_LIST = /^\s*(?:sở\s+y\s+tế|syt)\s*[,;]|[,;]\s*(?:sở\s+y\s+tế|syt)\s*$/iu;

/**
 * The key without a trailing "tỉnh" or "trong tỉnh" ("Chi cục ATVSTP tỉnh"): provincial agencies
 * are named with or without it. Empty when the name does not end so.
 */
export function provinceFreeKey(text: string): string {
  const tokens = stripAffixes(tokenize(text));
  // "UBND các xã, phường, thị trấn trong tỉnh": the groups of the province, said with "trong tỉnh".
  if (tokens.length > 3 && endsWith(tokens, ["trong", "tinh"])) return compact(tokens.slice(0, -2));
  return tokens.length > 1 && tokens[tokens.length - 1].text === "tinh" ? compact(tokens.slice(0, -1)) : "";
}

function initials(tokens: Token[]): string {
  return tokens.map((t) => (t.acronym ? t.text : t.text[0])).join("");
}

/**
 * Abbreviated forms of a name: all initials (KHTC), and mixed forms where the head or the tail is
 * written out (Sở KH-ĐT, TTYT Lam Thượng), each with and without the linking "và".
 */
export function abbreviations(tokens: Token[]): string[] {
  const out = new Set<string>();
  const variants = [tokens, tokens.filter((t) => t.text !== "va")];
  for (const words of variants) {
    if (words.length < 2) continue;
    out.add(initials(words));
    // The abbreviated part spans two words at least: one initial glued to a word is a typo's shape, not an abbreviation's.
    for (let k = 1; k + 2 <= words.length; k++) out.add(compact(words.slice(0, k)) + initials(words.slice(k)));
    for (let k = 2; k < words.length; k++) out.add(initials(words.slice(0, k)) + compact(words.slice(k)));
  }
  return [...out];
}
