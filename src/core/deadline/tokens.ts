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
  "‒": "-",
  "―": "-",
  "−": "-",
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

function foldAligned(text: string): string {
  let out = "";
  let plain = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Runs of lower-case ASCII fold to themselves and are copied whole.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 32) continue;
    out += text.slice(plain, i) + foldChar(text[i]);
    plain = i + 1;
  }
  return out + text.slice(plain);
}

const LETTER = 1;
const DIGIT = 2;
function classOf(code: number): number {
  if (code >= 97 && code <= 122) return LETTER;
  if (code >= 48 && code <= 57) return DIGIT;
  return 0;
}

/**
 * "quyiv" (a quarter typed without a space) as two words; "QIII", "QIV" too, though only with a
 * Roman I/V after the bare Q ("QL" is a national road, not a quarter).
 */
const GLUED_QUARTER = /^(?:(quy|qui)(i{1,3}|iv|l{1,3}|lv)|(q)(i{1,3}|iv))$/;

export function tokenize(text: string): Token[] {
  const folded = foldAligned(text);
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const cls = classOf(folded.charCodeAt(i));
    if (cls !== 0) {
      let j = i + 1;
      while (j < n && classOf(folded.charCodeAt(j)) === cls) j++;
      const value = folded.slice(i, j);
      const glued = cls === LETTER && j - i > 1 && value.charCodeAt(0) === 113 ? GLUED_QUARTER.exec(value) : null;
      if (glued) {
        const word = glued[1] ?? glued[3];
        const numeral = glued[2] ?? glued[4];
        tokens.push({ kind: "word", text: word, start: i, end: i + word.length });
        tokens.push({ kind: "word", text: numeral, start: i + word.length, end: j });
      } else {
        tokens.push({ kind: cls === DIGIT ? "number" : "word", text: value, start: i, end: j });
      }
      i = j;
      continue;
    }
    const sep = SEPARATORS[folded[i]] ?? SEPARATORS[text[i]];
    if (sep) tokens.push({ kind: "sep", text: sep, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
