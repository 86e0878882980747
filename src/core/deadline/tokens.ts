// Splits a prepared phrase into words, numbers and separators, keeping where each came from.
import { foldVietnamese } from "../text";

export interface Token {
  kind: "word" | "number" | "sep";
  /** Folded text: lower case, no diacritics; separators normalised ("–" → "-", "\" → "/"). */
  text: string;
  /** Offsets into the prepared phrase, so conditions can be cut from the original wording. */
  start: number;
  end: number;
}

const SEPARATORS: Record<string, string> = {
  "/": "/",
  "\\": "/",
  ".": ".",
  "-": "-",
  "–": "-",
  "—": "-",
  "‐": "-",
  "‑": "-",
  "~": "-",
  ",": ",",
  ";": ";",
  ":": ":",
  "+": "+",
  "&": "&",
};

const foldCache = new Map<string, string>();

/** One folded character per UTF-16 unit, so offsets in the folded text match the original. */
function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded = foldVietnamese(ch);
  if (folded.length !== 1) folded = " ";
  // Only the Latin, Vietnamese and punctuation blocks are cached, which bounds the cache.
  if (ch.charCodeAt(0) < 0x2100) foldCache.set(ch, folded);
  return folded;
}

const isLetter = (c: string) => c >= "a" && c <= "z";
const isDigit = (c: string) => c >= "0" && c <= "9";

/** "quyiv" (a quarter typed without a space) as two words. */
const GLUED_QUARTER = /^(quy|qui)(i{1,3}|iv|l{1,3}|lv)$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = foldChar(text[i]);
    if (isLetter(c) || isDigit(c)) {
      const digit = isDigit(c);
      let j = i + 1;
      let value = c;
      while (j < n) {
        const d = foldChar(text[j]);
        if (digit ? !isDigit(d) : !isLetter(d)) break;
        value += d;
        j++;
      }
      const glued = digit ? null : GLUED_QUARTER.exec(value);
      if (glued) {
        tokens.push({ kind: "word", text: glued[1], start: i, end: i + 3 });
        tokens.push({ kind: "word", text: glued[2], start: i + 3, end: j });
      } else {
        tokens.push({ kind: digit ? "number" : "word", text: value, start: i, end: j });
      }
      i = j;
      continue;
    }
    const sep = SEPARATORS[c] ?? SEPARATORS[text[i]];
    if (sep) tokens.push({ kind: "sep", text: sep, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
