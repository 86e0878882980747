// The parts of an administrative document that carry no task: the letterhead and preamble
// (Số, V/v, Kính gửi and its recipients, Căn cứ/Thực hiện, the title) and the closing (the
// "./." formula, Nơi nhận, the signature). They are recognised and ignored rather than reported as
// unplaced, so `unplaced` lists only text a planner may actually need to look at. An appendix after
// the signature (PHỤ LỤC ...) is read again: plans often list their tasks there.
import { foldVietnamese } from "../text";

const PREAMBLE = [
  /^so:? ?[\d/]/,
  /^so ?:/,
  /^v\/v\b/,
  /^kinh gui\b/,
  /^cong hoa xa hoi chu nghia/,
  /doc lap\s*[-–]\s*tu do/,
  /^(?:can cu|thuc hien|xet de nghi|theo de nghi|trien khai thuc hien)\b/,
  /, ngay\b.*\bthang\b.*\bnam\b/,
  /nhu sau:?$/,
  /\b(?:yeu cau|de nghi) (?:cac|thu truong).*:$/,
];

const CLOSING_START = [/^noi nhan\b/, /^(?:kt|tm|tl|q|ktl)\.\s*\S/];
/** First letters of the closing openers and signers above (folded). */
const CLOSING_INITIALS = new Set(["n", "k", "t", "q", "g", "p"]);
const SIGNER = /^(?:pho )?giam doc(?: so)?$/;

/** A letterhead or preamble line. Only consulted before the first task-bearing line. */
export function isPreamble(line: string): boolean {
  const folded = foldVietnamese(line).trim();
  if (PREAMBLE.some((p) => p.test(folded))) return true;
  // Letterhead and title lines are set in capitals: SỞ Y TẾ, KẾ HOẠCH, QUYẾT ĐỊNH.
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && line.length <= 160 && letters === letters.toUpperCase();
}

/** "Kính gửi:" is followed by a bullet list of recipients. */
export function opensRecipients(line: string): boolean {
  return /^kinh gui\b/.test(foldVietnamese(line.trimStart().slice(0, 16)));
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
