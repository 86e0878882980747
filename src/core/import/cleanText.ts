// Text as copied from Word or PDF to logical lines: odd spaces, Markdown-style emphasis, PDF page
// furniture (CÔNG BÁO running heads, lone page numbers) removed, and lines broken mid-sentence joined
// back. A line that opens a new item (bullet, numbering, label) is never joined onto the one before.
import { cleanSpaces, foldVietnamese } from "../text";
import { startsAppendix, startsClosing } from "./boilerplate";
import { matchLabel } from "./labels";
import { isCapitals, lineShape, startsItem, wordListMarker } from "./lineShape";

const PAGE_FURNITURE = [
  /^(?:\d{1,4}\s+)?công báo\b/iu,
  /^\d{1,4}$/,
  /^[-–]\s*\d{1,4}\s*[-–]$/,
  /^trang\s+\d{1,4}(?:\s*(?:\/|trên)\s*\d{1,4})?$/iu,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

// Joining words: a line ending on one of these runs on into the next.
const RUN_ON = new Set(
  "và với của các cho về trong theo tại để đến từ những là có được hoặc hay như trên tới nhằm thuộc gồm bao số ngày tháng năm giai đoạn đoạn việc công tác sở phòng ban ủy uỷ quý".split(
    " ",
  ),
);

// "... cho Trung tâm" then "Kiểm nghiệm.": the first words of a unit's name never end a line's sense.
const UNIT_NAME_OPENING = /(?:^|\s)(?:trung tâm|chi cục|ủy ban|uỷ ban)$/iu;

/** Strips Markdown-like emphasis (**bold**, *italic*, ***both***) kept by some converters. */
export function stripEmphasis(line: string): string {
  return line
    .replace(/\*{1,3}(?=[^\s*])([^*]*?[^\s*])\*{1,3}/g, "$1")
    .replace(/(^|\s)\*{1,3}(?=[^\s*])/g, "$1")
    .replace(/([^\s*])\*{1,3}(?=\s|$)/g, "$1")
    .replace(/\\([-.+*()[\]_#])/g, "$1");
}

export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.some((p) => p.test(line));
}

/** Physical lines, cleaned, without page furniture or blanks. */
export function physicalLines(text: string): string[] {
  const out: string[] = [];
  // Lines met right before or after a page number: candidates for a running head.
  const byPageNumber = new Set<number>();
  let afterPageNumber = false;
  for (const raw of text.replace(/\r\n?/g, "\n").replace(/\u00ad/g, "").split("\n")) {
    const line = stripEmphasis(cleanSpaces(labelCell(wordListMarker(raw)))).trim();
    if (line === "") continue;
    if (isPageFurniture(line) && !endsSentence(out[out.length - 1], line)) {
      if (out.length > 0) byPageNumber.add(out.length - 1);
      afterPageNumber = true;
      continue;
    }
    if (afterPageNumber) byPageNumber.add(out.length);
    afterPageNumber = false;
    out.push(line);
  }
  return dropRunningHeads(out, byPageNumber);
}

/**
 * "Kế hoạch số 233/KH-SYT ngày 12/02/2026 của Sở Y tế" printed at the head of every page, beside its
 * number: the same line at two page breaks or more is page furniture, not part of the task it lands in.
 */
function dropRunningHeads(lines: string[], byPageNumber: Set<number>): string[] {
  const count = new Map<string, number>();
  for (const i of byPageNumber) count.set(lines[i], (count.get(lines[i]) ?? 0) + 1);
  const isHead = (i: number) => byPageNumber.has(i) && (count.get(lines[i]) ?? 0) >= 2 && !opensNewLine(lines[i]);
  return lines.filter((_, i) => !isHead(i));
}

/**
 * "Cơ quan chủ trì<TAB>Phòng Nghiệp vụ Y": a labelled form kept as a two-column table and copied as
 * text. The tab after a label stands for its colon.
 */
function labelCell(raw: string): string {
  if (!raw.includes("\t")) return raw;
  const cells = raw
    .split("\t")
    .map((c) => c.trim())
    .filter(Boolean);
  if (cells.length < 2) return raw;
  const label = matchLabel(lineShape(cells[0]).body);
  return label && label.value === "" ? `${cells[0].replace(/[\s:：]+$/, "")}: ${cells.slice(1).join(" ")}` : raw;
}

/** "... giai đoạn 2026 -" then "2030": a year wrapped onto a line of its own is no page number. */
function endsSentence(prev: string | undefined, line: string): boolean {
  if (prev === undefined || !/^(?:19|20)\d\d$/.test(line)) return false;
  return /[-–/,]$/.test(prev) || /(?:^|\s)(?:năm|đến|giai đoạn|từ|và)$/iu.test(prev);
}

function lastWord(line: string): string {
  const m = /(\S+)$/.exec(line);
  return m ? m[1].toLowerCase() : "";
}

function opensNewLine(line: string): boolean {
  return startsItem(line) || matchLabel(lineShape(line).body) !== null || startsClosing(line) || /^Giao\s/u.test(line);
}

/**
 * Typical full-line width of text extracted from a PDF, where a line that runs to the width goes on
 * in the next; Infinity for text copied from Word (one line per paragraph), where no line wraps.
 */
function lineWidth(lines: string[], opens: boolean[]): number {
  if (lines.length < 8) return Infinity;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)];
  let runOn = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i].length >= 0.8 * width && !/[.;!?:]$/.test(lines[i]) && !opens[i + 1]) runOn++;
  }
  return runOn >= 3 && runOn * 10 >= lines.length ? width : Infinity;
}

/** "I. ĐỀ ÁN NÂNG CAO NĂNG LỰC" then "KIỂM NGHIỆM THUỐC": a heading in capitals wrapped onto a line of its own. */
function headingGoesOn(prev: string, next: string): boolean {
  const shape = lineShape(prev);
  if (shape.numbering === null || shape.bullet || /[.;:!?]$/.test(prev)) return false;
  return isCapitals(shape.body, 2) && isCapitals(next, 2) && !startsClosing(next) && !startsAppendix(next) && matchLabel(next) === null;
}

/** A heading is short; a longer line is a paragraph, whose start need not be read again. */
const HEADING_MAX = 300;
/** The end of a line that its joining depends on (last word, closing mark). */
const TAIL = 80;

/** A logical line being built: its pieces (joined once, at the end), its length and its last letters. */
interface Growing {
  pieces: string[];
  length: number;
  tail: string;
}

function shouldJoin(cur: Growing, next: string, opensNew: boolean, width: number): boolean {
  // Only the end of a growing paragraph is looked at, so wrapped lines join in linear time.
  const prev = cur.tail;
  if (cur.length <= HEADING_MAX && !startsItem(next) && headingGoesOn(cur.pieces.join(""), next)) return true;
  if (opensNew) return false;
  // "...thuốc, mỹ phẩm, thực phẩm;" then "đầu tư ...": a line opening in lower case goes on after a semicolon.
  if (/;$/.test(prev) && /^\p{Ll}/u.test(next)) return true;
  if (/[.;!?:]$/.test(prev)) return false;
  if (/^[\p{Ll}(“"'’]/u.test(next)) return true;
  if (/[,\-–(/&]$/.test(prev)) return true;
  if (RUN_ON.has(lastWord(prev)) || UNIT_NAME_OPENING.test(prev)) return true;
  return cur.length >= 0.8 * width && width >= 50;
}

/** The piece joining `next` on: "KH-" + "ĐT" and "2020-" + "2021" without a space, "Tháng 9/" + "2026" too, else a space. */
function joiner(prev: string, next: string): string {
  const end = prev.slice(-2);
  if (/\p{L}-$/u.test(end)) return "";
  // "năm học 2020-" then "2021": a range of years broken at its hyphen.
  if (/\d-$/.test(end) && /^\d/.test(next)) return "";
  if (/[\p{L}\d]\/$/u.test(end) && /^[\p{L}\d]/u.test(next)) return "";
  return " ";
}

function grow(cur: Growing, piece: string): void {
  cur.pieces.push(piece);
  cur.length += piece.length;
  const tail = cur.tail + piece;
  cur.tail = tail.length > TAIL ? tail.slice(-TAIL) : tail;
}

/** Logical lines: each item, heading or paragraph on one line. */
export function logicalLines(lines: string[]): string[] {
  // Whether each line opens an item, read once: it is the costly question.
  const opens = lines.map(opensNewLine);
  const width = lineWidth(lines, opens);
  const out: string[] = [];
  let cur: Growing | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (cur !== null && shouldJoin(cur, line, opens[i], width)) {
      grow(cur, joiner(cur.tail, line));
      grow(cur, line);
      continue;
    }
    if (cur !== null) out.push(cur.pieces.join(""));
    cur = { pieces: [], length: 0, tail: "" };
    grow(cur, line);
  }
  if (cur !== null) out.push(cur.pieces.join(""));
  return out;
}

/** Folded text without punctuation, to compare a line with header words. */
export function foldWords(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9/ ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
