// Turns the dated parts of a phrase into due / from, once every part has a year.
import { addDays } from "../dates";
import type { Deadline } from "../types";
import { isValidPeriod, periodEnd, periodStart, type Period } from "./periods";
import type { Scan, Segment } from "./scan";

/**
 * A part without a year takes the year of the next dated part ("Tháng 11, 12/2013"), else of the
 * one before ("Quý I/2021 và Quý I/hàng năm"), else the plan year. Returns whether the plan year
 * was used, or null when some part is left without a year.
 */
function fillYears(segments: Segment[], planYear: number | undefined): boolean | null {
  // Nearest stated year after and before each part, found in two passes so long lists stay linear.
  const later: (number | null)[] = new Array(segments.length).fill(null);
  for (let s = segments.length - 2; s >= 0; s--) later[s] = segments[s + 1].first.year ?? later[s + 1];
  let earlier: number | null = null;
  let usedPlanYear = false;
  for (let s = 0; s < segments.length; s++) {
    for (const period of [segments[s].first, segments[s].last]) {
      if (period.year !== null) continue;
      const year = later[s] ?? earlier ?? planYear ?? null;
      if (year === null) return null;
      if (later[s] === null && earlier === null) usedPlanYear = true;
      period.year = period.following ? year + 1 : year;
    }
    earlier = segments[s].last.year;
  }
  return usedPlanYear;
}

const yearOf = (p: Period) => p.year as number;

/** The dated reading of a phrase; `condition` is whatever qualified it. */
export function resolveDated(scan: Scan, planYear: number | undefined, condition: string | null): Deadline {
  const { segments } = scan;
  const repeats = scan.yearly || scan.ongoing;
  // "X và hằng năm": the first dated part (up to its stated year) is the deadline; a list that
  // repeats as a whole ("Tháng 6 và tháng 12 hằng năm") or a plain list ends with its last part.
  const firstStated = segments.findIndex((seg) => seg.first.year !== null || seg.last.year !== null);
  // Parts with their own year, so a list written out of order ("trước 15/12/2026 (báo cáo năm);
  // trước 15/6/2026 (báo cáo 6 tháng)") can end at its latest part rather than its last one.
  const stated = segments.map((seg) => seg.last.year !== null);
  let chosen = repeats && firstStated >= 0 ? segments[firstStated] : segments[segments.length - 1];
  const recurring = repeats || chosen.openFrom;
  const valid = () => segments.every((seg) => isValidPeriod(seg.first) && isValidPeriod(seg.last));
  // Checked before and after years are filled: "Tháng 13" is wrong in any year, 29/2 only in some.
  if (!valid()) return { due: null, from: null, recurring: false, kind: "unknown", condition: null };
  const usedPlanYear = fillYears(segments, planYear);
  if (usedPlanYear === null) {
    // Understood but not placed in a year; a yearly task is still known to be yearly.
    return scan.yearly
      ? { due: null, from: null, recurring: true, kind: "yearly", condition }
      : { due: null, from: null, recurring, kind: "needsYear", condition };
  }
  if (!valid()) return { due: null, from: null, recurring: false, kind: "unknown", condition: null };
  // "Năm 2026, hoàn thành trước ngày 30/11/2026": a day inside a period of the same phrase says
  // when in that period, as an aside does ("Năm 2026 (trước 30/11/2026)").
  const days = statedDays(segments);
  const due = (seg: Segment) => narrowedDue(seg, days) ?? segmentDue(seg);
  if (!repeats && !chosen.openFrom) {
    // A task listed for several dates is done when the last of them is: the latest stated part.
    let chosenDue = due(chosen);
    segments.forEach((seg, s) => {
      if (!stated[s] || seg.openFrom) return;
      const d = due(seg);
      if (d > chosenDue) {
        chosen = seg;
        chosenDue = d;
      }
    });
  }
  const { first, last } = chosen;
  if (chosen.openFrom) {
    return { due: null, from: periodStart(first, yearOf(first)), recurring: true, kind: "from", condition };
  }
  if (chosen.range) {
    // "Giai đoạn 1: 2026-2027; Giai đoạn 2: 2028-2030": a list of spans starts with its first part.
    const opening = repeats ? first : segments[0].first;
    const from = periodStart(opening, yearOf(opening));
    const due = periodEnd(last, yearOf(last));
    // "Năm 2025-2021" ends before it starts: a slip no date can be read from.
    if (due < from) return { due: null, from: null, recurring: false, kind: "unknown", condition: null };
    return { due, from, recurring, kind: "range", condition };
  }
  const narrowed = narrowedDue(chosen, days);
  const kind = usedPlanYear && scan.yearly ? "yearly" : first.unit === "day" || narrowed !== null ? "date" : "period";
  return { due: narrowed ?? segmentDue(chosen), from: null, recurring, kind, condition };
}

/** The single days the phrase states, in order: what may narrow a period of the same phrase. */
function statedDays(segments: Segment[]): string[] {
  const days: string[] = [];
  for (const other of segments) {
    if (other.first.unit !== "day" || other.range || other.openFrom) continue;
    days.push(periodEnd(other.first, yearOf(other.first)));
  }
  return days.sort();
}

/**
 * The latest stated day of the phrase that falls inside `seg`, a single month, quarter, half or
 * year ("Quý IV/2026, trước ngày 15/12/2026" → 15/12); null when none does. `days` sorted, so a
 * long list of parts costs a search per part, not a pass.
 */
function narrowedDue(seg: Segment, days: string[]): string | null {
  if (days.length === 0 || seg.first.unit === "day" || seg.range || seg.openFrom || seg.before) return null;
  const start = periodStart(seg.first, yearOf(seg.first));
  const end = periodEnd(seg.last, yearOf(seg.last));
  // The last day not after `end`.
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= end) lo = mid + 1;
    else hi = mid;
  }
  const latest = lo > 0 ? days[lo - 1] : null;
  return latest !== null && latest >= start ? latest : null;
}

/** The last day of a part whose years are filled in: "Trước tháng 6/2026" ends on 31/5. */
function segmentDue({ first, last, before }: Segment): string {
  return before && first.unit !== "day" ? addDays(periodStart(first, yearOf(first)), -1) : periodEnd(last, yearOf(last));
}

/**
 * The first day of the dated part that ends on `due`, once `resolveDated` has filled in the years;
 * null when no single part does. Lets an aside narrow only a day inside the period it names.
 */
export function startOfPartDueOn(segments: Segment[], due: string): string | null {
  for (const seg of segments) {
    if (seg.range || seg.openFrom || seg.first.year === null || seg.last.year === null) continue;
    if (segmentDue(seg) === due) return periodStart(seg.first, yearOf(seg.first));
  }
  return null;
}
