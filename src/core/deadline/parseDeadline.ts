import { foldVietnamese } from "../text";
import { completionInYear } from "./completionPart";
import { withCycle } from "./cycle";
import type { Deadline } from "../types";
import { prepare, withoutBrackets, type Aside, type Prepared } from "./prepare";
import { resolveDated, startOfPartDueOn } from "./resolve";
import { hasUsOrderDate, scanTokens } from "./scan";
import { tokenize } from "./tokens";
import { findMarker, isOnlyDone, isVague, startsWithStatus } from "./words";

const MIN_PLAN_YEAR = 1900;
const MAX_PLAN_YEAR = 2199;
/** Longest phrase read; real ones, conditions and asides included, stay well under it. */
const MAX_PHRASE = 2000;

const result = (kind: Deadline["kind"], extra: Partial<Deadline> = {}): Deadline => ({
  due: null,
  from: null,
  recurring: false,
  kind,
  condition: null,
  ...extra,
});

/**
 * Reads a deadline phrase as written in a directive (the table in domain.md, "Deadline phrases").
 * Never throws: anything unreadable is kind "unknown".
 *
 * Choices the table leaves open:
 * - `planYear` fills in phrases with no year ("Tháng 9", "trước ngày 31 tháng 12", "Hằng năm").
 *   Without it they come back with due null and kind "needsYear", except yearly ones, which stay
 *   kind "yearly" (recurring, due null) because that much is certain.
 * - A list of periods ends at its latest part with a stated year (usually its last); with a recurring tail ("và hằng năm", "thường xuyên",
 *   "các năm tiếp theo") the first dated part (up to its stated year) is the deadline, and it keeps
 *   that part's kind; a list with no year that repeats as a whole ("Tháng 6 và tháng 12 hằng năm")
 *   ends at its last part, like any list.
 * - Cycles shorter than a year but of a month or more (hằng tháng, hàng quý, định kỳ 6 tháng,
 *   "ngày 20 tháng cuối quý", "2 lần/năm") are owed within the plan year like "Hằng năm": kind "yearly", due on
 *   their last occurrence in the plan year. Daily and weekly work is ongoing, like "Thường xuyên".
 * - An event with an expected date ("Sau khi ..., dự kiến Quý III/2026", "Sau khi ... (Quý II/2026)")
 *   is that date with the event as its condition, as "Năm 2026 (sau khi ...)" is; an aside that
 *   states a day inside the period ("Năm 2026 (trước 30/11/2026)") is the deadline, and so is a bare
 *   shorter period inside it ("Năm 2026 (Quý II)" → 30/6/2026).
 * - "Năm học 2026-2027" runs from 1/9/2026 to 31/5/2027; Tết moves with the lunar calendar, so
 *   "Trước Tết Nguyên đán 2027" is an event, not a date guessed from the year.
 * - "Trước" a month, quarter or year means by the day before it starts ("Trước năm 2025" →
 *   2024-12-31); "trước ngày d/m/y" is that day, as directives mean it.
 * - A date that reads only month-first ("6/30/2026", "12/15/2026": an en-US export) makes the phrase
 *   unknown rather than guessed; "6/7/2026" is read day-first, as Vietnamese dates are.
 * - Two-digit years are 20yy ("Quý I/21" → 2021), read only where they cannot be a month or day.
 * - condition: the bracketed asides and the qualifier that starts at "sau khi", "khi", "theo" ...
 *   For an event it is the qualifier; for a relative time limit, the whole phrase (its trigger).
 */
export function parseDeadline(text: string, planYear?: number): Deadline {
  const year =
    typeof planYear === "number" && Number.isInteger(planYear) && planYear >= MIN_PLAN_YEAR && planYear <= MAX_PLAN_YEAR
      ? planYear
      : undefined;
  // Cells reach here from untyped sheets, so a number or null is read as text rather than trusted.
  const phrase = typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
  // A cell this long is a paragraph, not a deadline phrase: left unread rather than scanned at a
  // cost that grows faster than its length (a hostile "2026 2026 ..." took seconds).
  if (phrase.length > MAX_PHRASE) return result("unknown");
  const framed = completionInYear(phrase);
  if (framed) {
    const inner = parseDeadline(framed.completion, year ?? framed.year);
    if (inner.due !== null && inner.due.startsWith(String(framed.year))) return inner;
  }
  return withCycle(parsePrepared(prepare(phrase), year, true), phrase, year);
}

const DATED_KINDS = new Set<Deadline["kind"]>(["date", "period", "range", "from", "needsYear"]);

/**
 * The expected date after an event that starts at `from`: "..., dự kiến Quý III/2026", or a dated
 * aside "(Quý II/2026)"; with the words of the event before it.
 */
function expectedDeadline(prepared: Prepared, from: number, planYear: number | undefined): { dated: Deadline; condition: string } | null {
  const { text } = prepared;
  const tokens = tokenize(text);
  const said = tokens.findIndex((t, i) => t.start >= from && t.text === "du" && tokens[i + 1]?.text === "kien");
  const start = said >= 0 ? tokens[said].start : prepared.asides.find((a) => a.start >= from)?.start;
  if (start === undefined) return null;
  const dated = parsePrepared(withoutBrackets(prepare(text.slice(start))), planYear, false);
  if (!DATED_KINDS.has(dated.kind)) return null;
  return { dated, condition: text.slice(from, start).replace(/[\s(\[,;:-]+$/, "") };
}

/** Words that open an aside stating the deadline itself: "(trước 30/11)", "(chậm nhất ngày 15/12/2026)". */
const DEADLINE_LEADS = /^(truoc|cham nhat|muon nhat|hoan thanh|han|khong qua)\b/;

/**
 * A dated aside with a deadline word whose day falls in the period the phrase names (from `start`):
 * "Quý IV/2026 (trước 15/6/2026)" names a day outside it, which does not narrow it.
 */
function narrowingAside(
  asides: AsideReading[],
  dated: Deadline,
  start: string | null,
): { text: string; due: string; kind: "date" | "period" } | null {
  const due = dated.due as string;
  const year = Number(due.slice(0, 4));
  for (const aside of asides) {
    if (!aside.dated) continue;
    const inner = parsePrepared(prepare(aside.text), year, false);
    const day = inner.due;
    // "Năm 2026 (Quý II)", "Năm 2026 (tháng 9)": a bare shorter period inside a period says when in it.
    const period = dated.kind === "period" && inner.kind === "period" && inner.condition === null;
    if (!period && (inner.kind !== "date" || !DEADLINE_LEADS.test(foldVietnamese(aside.text)))) continue;
    if (day === null || day > due) continue;
    if (start === null ? day.startsWith(due.slice(0, 4)) : day >= start) return { text: aside.text, due: day, kind: period ? "period" : "date" };
  }
  return null;
}

interface AsideReading {
  text: string;
  start: number;
  dated: boolean;
  /** Only says how the task repeats: "(và các năm tiếp theo)", "(thường xuyên)". */
  yearly: boolean;
  ongoing: boolean;
}

function readAside(aside: Aside): AsideReading {
  const tokens = tokenize(aside.text);
  const scan = scanTokens(tokens, aside.text);
  const dated = scan.segments.length > 0;
  const repeatsOnly = !dated && findMarker(aside.text, tokens) === null;
  return { ...aside, dated, yearly: repeatsOnly && scan.yearly, ongoing: repeatsOnly && scan.ongoing };
}

function parsePrepared(prepared: Prepared, planYear: number | undefined, mayOpenBrackets: boolean): Deadline {
  const { text, head } = prepared;
  const asides = prepared.asides.map(readAside);
  const tokens = tokenize(head);
  const wordless = tokens.every((t) => t.kind === "sep");
  if (wordless && !/[\p{L}\p{N}]/u.test(text)) return result("empty");
  // "x", as "-" is: a mark left in a cell that has no deadline, not a phrase to read.
  if (/^\s*[xX×]\s*$/u.test(text)) return result("empty");
  // "Hoàn thành (Quý IV/2021)", "Hoàn thành (hằng năm)": a deadline in brackets, not a status.
  const bracketDeadline = asides.some((a) => a.dated || a.yearly || a.ongoing);
  if (startsWithStatus(text, tokens) || (isOnlyDone(tokens) && !bracketDeadline)) {
    // "Đang thực hiện, dự kiến Quý IV/2021": the expected date still counts as the deadline.
    const expected = tokens.findIndex((t, i) => t.text === "du" && tokens[i + 1]?.text === "kien");
    if (expected >= 0 && mayOpenBrackets) {
      const dated = parsePrepared(prepare(head.slice(tokens[expected].start)), planYear, false);
      if (dated.due !== null || dated.from !== null) return dated;
    }
    return result("status");
  }

  // "6/30/2026", as an en-US Excel writes 30 June: not guessed, so the check flags the phrase, as it
  // flags a US-order date typed into a date column.
  if (hasUsOrderDate(tokenize(text))) return result("unknown");

  const marker = findMarker(text, tokens);
  const markerStart = marker ? tokens[marker.index].start : text.length;
  const qualifier = marker ? text.slice(markerStart).trim() : null;
  const repeatAsides = asides.filter((a) => a.yearly || a.ongoing);
  const conditions = asides.filter((a) => a.start < markerStart && !repeatAsides.includes(a)).map((a) => a.text);
  if (qualifier) conditions.push(qualifier);
  const condition = conditions.length > 0 ? conditions.join("; ") : null;

  const scan = scanTokens(marker ? tokens.slice(0, marker.index) : tokens, text);
  scan.yearly ||= repeatAsides.some((a) => a.yearly);
  scan.ongoing ||= repeatAsides.some((a) => a.ongoing);
  // "Hằng tháng (trước ngày 25)": a bare day in an aside is dated by the cycle outside it.
  const cycleDay = scan.monthly && asides.some((a) => /\bngay \d/.test(foldVietnamese(a.text)));
  if (scan.segments.length === 0 && !marker && mayOpenBrackets && (cycleDay || asides.some((a) => a.dated))) {
    // "Hằng năm (trước 15/12)": the only date is in the aside, so the aside is part of the deadline.
    return parsePrepared(withoutBrackets(prepared), planYear, false);
  }
  if (scan.segments.length === 0 && marker?.kind === "event" && mayOpenBrackets) {
    // "Sau khi UBND tỉnh phê duyệt (dự kiến Quý IV/2021)": the event qualifies the expected date,
    // as in "Quý IV/2021 (sau khi ...)".
    const expected = expectedDeadline(prepared, markerStart, planYear);
    if (expected) {
      const others = conditions.filter((c) => c !== qualifier);
      return { ...expected.dated, condition: [...others, expected.condition].join("; ") };
    }
  }
  const repeats = scan.yearly || scan.ongoing;
  // "Trong vòng 15 ngày kể từ ngày 01/7/2021" counts from a date; "Báo cáo 6 tháng trước 15/6" does not.
  if (scan.relative && !repeats && (scan.segments.length === 0 || scan.counted)) {
    return result("relative", { condition: text });
  }
  if (scan.segments.length > 0) {
    const dated = resolveDated(scan, planYear, condition);
    // "Quý IV hằng năm (trước 15/12)": a yearly period is narrowed the same way and stays yearly.
    const narrows = dated.kind === "period" || (dated.kind === "yearly" && dated.due !== null);
    const narrowed = mayOpenBrackets && narrows ? narrowingAside(asides, dated, startOfPartDueOn(scan.segments, dated.due as string)) : null;
    if (!narrowed) return dated;
    // "Năm 2026 (hoàn thành trước 30/11/2026)": the aside names the day inside the period.
    const rest = conditions.filter((c) => c !== narrowed.text);
    const kind = dated.kind === "yearly" ? "yearly" : narrowed.kind;
    return { ...dated, due: narrowed.due, kind, condition: rest.length > 0 ? rest.join("; ") : null };
  }
  if (scan.ongoing) return result("ongoing", { recurring: true, condition });
  if (scan.yearly) {
    const due = planYear === undefined ? null : `${planYear}-12-31`;
    return result("yearly", { due, recurring: true, condition });
  }
  if (marker && qualifier) {
    return marker.kind === "vague" ? result("vague") : result("event", { condition: qualifier });
  }
  if (isVague(text, tokens)) return result("vague");
  return result("unknown");
}
