// The parts of an administrative document that carry no task: the letterhead and preamble
// (Số, V/v, Kính gửi and its recipients, Căn cứ/Thực hiện, the title) and the closing (the
// "./." formula, Nơi nhận, the signature). They are recognised and ignored rather than reported as
// unplaced, so `unplaced` lists only text a planner may actually need to look at. An appendix after
// the signature (PHỤ LỤC ...) is read again: plans often list their tasks there.
import { foldVietnamese } from "../text";

// Read at the line's start: its first words, folded, are enough.
const PREAMBLE_HEAD = [
  /^so:? ?[\d/]/,
  /^so ?:/,
  /^v\/v\b/,
  /^kinh gui\b/,
  /^cong hoa xa hoi chu nghia/,
  /^(?:can cu|thuc hien|xet de nghi|theo de nghi|trien khai thuc hien)\b/,
];
/** Letters enough for every pattern above. */
const HEAD_LENGTH = 40;
// Read anywhere in the line, each after a cue that the raw text must hold for it to match (composed
// or decomposed accents alike), so most lines are never folded whole.
const PREAMBLE_ANYWHERE: [RegExp, RegExp][] = [
  [/[-–]/, /doc lap\s*[-–]\s*tu do/],
  [/ng\S{0,3}y/iu, /, ngay\b.*\bthang\b.*\bnam\b/],
  [/sau:?$/iu, /nhu sau:?$/],
  [/:$/, /\b(?:yeu cau|de nghi) (?:cac|thu truong).*:$/],
];

const CLOSING_START = [/^noi nhan\b/, /^(?:kt|tm|tl|q|ktl)\.\s*\S/];
/** First letters of the closing openers and signers above (folded). */
const CLOSING_INITIALS = new Set(["n", "k", "t", "q", "g", "p"]);
const SIGNER = /^(?:pho )?giam doc(?: so)?$/;

/** A letterhead or preamble line. Only consulted before the first task-bearing line. */
export function isPreamble(line: string): boolean {
  const trimmed = line.trim();
  const head = foldVietnamese(trimmed.slice(0, HEAD_LENGTH));
  if (PREAMBLE_HEAD.some((p) => p.test(head))) return true;
  let folded: string | null = null;
  for (const [cue, pattern] of PREAMBLE_ANYWHERE) {
    if (!cue.test(trimmed)) continue;
    folded ??= foldVietnamese(trimmed);
    if (pattern.test(folded)) return true;
  }
  // Letterhead and title lines are set in capitals: SỞ Y TẾ, KẾ HOẠCH, QUYẾT ĐỊNH.
  if (line.length > 160 || /\p{Ll}/u.test(line)) return false;
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/** "Kính gửi:" is followed by a bullet list of recipients. */
export function opensRecipients(line: string): boolean {
  return /^\s*k/iu.test(line) && /^kinh gui\b/.test(foldVietnamese(line.trimStart().slice(0, 16)));
}

/** The closing formula "... triển khai thực hiện./." ends the body of the document. */
export function isClosingFormula(line: string): boolean {
  return /\.\/\.\s*\S{0,6}$/.test(line.trim());
}

/** Nơi nhận or a signature block (GIÁM ĐỐC in capitals): the closing starts. */
export function startsClosing(line: string): boolean {
  const bare = line.replace(/[*_]/g, "").trim();
  // Every closing opener and a signer's title fit in the first words: fold no more than those.
  if (!CLOSING_INITIALS.has(foldVietnamese(bare.charAt(0)))) return false;
  const folded = foldVietnamese(bare.length > 40 ? bare.slice(0, 40) : bare);
  if (bare.length > 40) return CLOSING_START.some((p) => p.test(folded));
  if (SIGNER.test(folded)) return bare === bare.toUpperCase();
  return CLOSING_START.some((p) => p.test(folded));
}

/** An appendix after the signature (PHỤ LỤC, DANH MỤC NHIỆM VỤ): the body goes on. */
export function startsAppendix(line: string): boolean {
  const bare = line.replace(/[*_]/g, "").trim();
  const head = bare.slice(0, 8);
  return /^(?:phu luc|danh muc)\b/.test(foldVietnamese(bare)) && head === head.toUpperCase();
}
