// How often a recurring obligation falls due, and its occurrences in the plan year (domain.md,
// "Recurring obligations"). The phrase has been read already; this only names its cycle.
import { isoDate, lastDayOfMonth } from "../dates";
import { foldVietnamese } from "../text";
import type { Deadline, DeadlineCycle, IsoDate } from "../types";

/** Shortest cycle first: "Hằng tháng, quý, năm" is owed every month. */
const EVERY = "(\\/ ?(1 |mot )?|mot |1 )(lan|dot)\\b";
const CYCLE_PATTERNS: [DeadlineCycle, RegExp][] = [
  ["monthly", new RegExp(`\\b(hang|moi) thang\\b|\\b(01|1|mot) thang ?${EVERY}`)],
  ["quarterly", new RegExp(`\\b(hang|moi) quy\\b|\\bthang cuoi (cua )?(moi |hang )?quy\\b|\\b(03|3|ba) thang ?${EVERY}|\\bdinh ky quy\\b`)],
  ["halfYearly", /\b(06|6) thang\b|\b(2|hai) lan ?\/ ?nam\b|\bnua nam\b/],
];

/** Kinds a cycle can come with: a recurring deadline that has (or will have, given a year) a date. */
const CYCLED_KINDS = new Set<Deadline["kind"]>(["yearly", "date", "period"]);

/** A dated part that goes on every year: "và hằng năm", "các năm tiếp theo", "1 năm/lần" (not "và thường xuyên"). */
const YEARLY_WORDS = /\b(hang|moi|cac|nhung) nam\b|\bnam (tiep theo|sau)\b|\bdinh ky\b|\bnam ?\/ ?(1 )?lan\b|\blan ?\/ ?nam\b/;

/**
 * The cycle of a recurring deadline, from the words of its phrase; null when the deadline does not
 * repeat within a year or more (ongoing work, "Tháng 12/2013 và thường xuyên", "Từ quý II/2027",
 * spans, one-off tasks). "6 tháng" counts only in a recurring phrase ("Định kỳ 6 tháng, năm"),
 * never in "6 tháng đầu năm 2026".
 */
export function deadlineCycle(deadline: Deadline, text: string): DeadlineCycle | null {
  if (!deadline.recurring || !CYCLED_KINDS.has(deadline.kind)) return null;
  const folded = foldVietnamese(text).replace(/\s+/g, " ");
  for (const [cycle, pattern] of CYCLE_PATTERNS) {
    if (pattern.test(folded)) return cycle;
  }
  return deadline.kind === "yearly" || YEARLY_WORDS.test(folded) ? "yearly" : null;
}

/**
 * The deadline with its cycle, and "X và hằng năm" rolled to the plan year: "Năm 2021 và hằng năm"
 * in a 2026 plan is owed on 31/12/2026 (the same day and month of the plan year), not 1,642 days ago.
 */
export function withCycle(deadline: Deadline, text: string, planYear: number | undefined): Deadline {
  const cycle = deadlineCycle(deadline, text);
  if (cycle === null) return deadline;
  const due = deadline.due;
  if (planYear !== undefined && due !== null && Number(due.slice(0, 4)) < planYear) {
    const month = Number(due.slice(5, 7));
    const day = Math.min(Number(due.slice(8, 10)), Number(lastDayOfMonth(planYear, month).slice(8, 10)));
    return { ...deadline, due: isoDate(planYear, month, day), cycle };
  }
  return { ...deadline, cycle };
}

/** One occurrence of an obligation: its suffix of the task id ("T01", "Q2", "H1") and its due date. */
export interface Occurrence {
  suffix: string;
  /** 1–12 / 1–4 / 1–2: the month, quarter or half the occurrence closes. */
  index: number;
  due: IsoDate;
}

/** The months each cycle's occurrences fall in. */
const CYCLE_MONTHS: Record<Exclude<DeadlineCycle, "yearly">, number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  halfYearly: [6, 12],
};

const SUFFIX: Record<Exclude<DeadlineCycle, "yearly">, (i: number) => string> = {
  monthly: (i) => `T${String(i).padStart(2, "0")}`,
  quarterly: (i) => `Q${i}`,
  halfYearly: (i) => `H${i}`,
};

/**
 * The occurrences of a monthly, quarterly or 6-monthly deadline in the plan year, or null when it is
 * owed once (yearly, one-off) or its year is unknown. The stated day is that of the last occurrence
 * (the parser's due, in December): "trước ngày 15 hằng tháng" is the 15th of every month, a cycle
 * with no day ends each month, quarter or half, and a day the month lacks is its last day (30 → 28/2).
 */
export function occurrencesOf(deadline: Deadline, planYear: number | undefined): Occurrence[] | null {
  const cycle = deadline.cycle;
  if (!cycle || cycle === "yearly" || planYear === undefined || deadline.due === null) return null;
  if (Number(deadline.due.slice(0, 4)) !== planYear) return null;
  const stated = Number(deadline.due.slice(8, 10));
  return CYCLE_MONTHS[cycle].map((month, i) => {
    const last = Number(lastDayOfMonth(planYear, month).slice(8, 10));
    return { suffix: SUFFIX[cycle](i + 1), index: i + 1, due: isoDate(planYear, month, Math.min(stated, last)) };
  });
}

/** Ids of occurrences: "5.T01"…"5.T12", "5.Q1"…"5.Q4", "5.H1"/"5.H2". */
const OCCURRENCE_ID = /^(.+)\.(T(0[1-9]|1[0-2])|Q[1-4]|H[12])$/i;

/** The obligation an occurrence id belongs to ("5.T03" → "5"), or null for any other id. */
export function occurrenceBase(id: string): string | null {
  return OCCURRENCE_ID.exec(id.trim())?.[1] ?? null;
}
