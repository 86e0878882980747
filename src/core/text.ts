// Text normalisation shared by the grammar, unit matching, checks and import.

const SPACE_LIKE = /[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\t]/g;

/** Non-breaking and odd spaces to plain spaces, runs collapsed, ends trimmed. */
export function cleanSpaces(text: string): string {
  return text.replace(SPACE_LIKE, " ").replace(/[ ]+/g, " ").replace(/ *\r?\n */g, "\n").trim();
}

/** One line: every kind of white space, line breaks included, becomes one space. */
export function oneLine(text: string): string {
  return cleanSpaces(text).replace(/\s+/g, " ");
}

/**
 * Lower case without diacritics (đ → d), for matching that must not care how a word was typed
 * (old/new tone placement such as "Uỷ"/"Ủy" folds to the same letters).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase();
}

// Vietnamese writes a few thousand distinct syllables: the import folds each once, not once per line.
const FOLDED_WORDS = new Map<string, string>();
const FOLDED_WORDS_LIMIT = 50_000;

/** One word folded to its bare letters and digits ("Sở," → "so"), remembered. */
export function foldWord(word: string): string {
  let folded = FOLDED_WORDS.get(word);
  if (folded === undefined) {
    if (FOLDED_WORDS.size >= FOLDED_WORDS_LIMIT) FOLDED_WORDS.clear();
    folded = foldVietnamese(word).replace(/[^a-z0-9]/g, "");
    FOLDED_WORDS.set(word, folded);
  }
  return folded;
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese collation order, for every sorted list a user sees. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}
