import { addDays } from "./dates";
import { DEFAULT_WINDOW_DAYS, judgeWithHorizon } from "./judge";
import { DEFAULT_SCORING, rate, scoreOf } from "./rating";
import { headlineText, NO_LEAD, NO_LEADER, NO_SECTION } from "./strings/summary";
import { compareVi } from "./text";
import type { Counts, GroupSummary, IsoDate, ScoringConfig, State, Summary, Task } from "./types";

export interface SummaryOptions {
  asOf: IsoDate;
  windowDays?: number;
  scoring?: ScoringConfig;
}

/**
 * Per unit, month, Board member and section, plus the headline, in one pass over the tasks.
 *
 * - Units are the lead units as written (in the catalog or not), grouped the way Excel's COUNTIFS
 *   matches cells: ignoring case and surrounding spaces; the first spelling met names the group.
 *   Units and Board members are in Vietnamese order, sections in the order they first appear
 *   (the directive's own order); the group of blank cells comes last.
 * - Months are the calendar month (1–12) of the effective deadline (Hạn điều chỉnh, else Hạn hoàn
 *   thành), not the Tháng column: the summary answers "what falls due when". Tasks without a
 *   deadline form the month `null`, listed last. Only months that have tasks are listed.
 */
export function summarise(tasks: Task[], options: SummaryOptions): Summary {
  const { asOf } = options;
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const horizon = addDays(asOf, options.windowDays ?? DEFAULT_WINDOW_DAYS);

  const all = emptyCounts();
  const units = new Groups(NO_LEAD);
  const leaders = new Groups(NO_LEADER);
  const sections = new Groups(NO_SECTION);
  const months: (Counts | undefined)[] = new Array(13);
  const judged: Summary["tasks"] = new Array(tasks.length);

  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const { state, daysLate } = judgeWithHorizon(task, asOf, horizon);
    judged[i] = { id: task.id, state, daysLate };
    count(all, state);
    count(units.get(task.lead), state);
    count(leaders.get(task.leader), state);
    count(sections.get(task.section), state);
    const due = task.extendedDue || task.due;
    const month = due ? Number(due.slice(5, 7)) : 0;
    count((months[month] ??= emptyCounts()), state);
  }

  const group = (counts: Counts): GroupSummary => finish(counts, scoring);
  const done = all.doneOnTime + all.doneLate;
  return {
    asOf,
    headline: { total: all.total, done, text: headlineText(done, all.total) },
    units: units.sorted(true).map(([unit, counts]) => ({ unit, ...group(counts) })),
    months: monthRows(months).map(([month, counts]) => ({ month, ...group(counts) })),
    leaders: leaders.sorted(true).map(([leader, counts]) => ({ leader, ...group(counts) })),
    sections: sections.sorted(false).map(([section, counts]) => ({ section, ...group(counts) })),
    tasks: judged,
  };
}

function emptyCounts(): Counts {
  return { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, dueSoon: 0, overdue: 0, ongoing: 0 };
}

function count(counts: Counts, state: State): void {
  counts.total++;
  counts[state]++;
}

function finish(counts: Counts, scoring: ScoringConfig): GroupSummary {
  const done = counts.doneOnTime + counts.doneLate;
  const score = scoreOf(counts, scoring);
  return {
    ...counts,
    score,
    rating: rate(score, scoring.bands),
    completionRate: counts.total === 0 ? null : done / counts.total,
    onTimeRate: done === 0 ? null : counts.doneOnTime / done,
  };
}

/** Counts per cell text, matched as COUNTIFS matches: case and surrounding spaces do not matter. */
class Groups {
  private readonly byText = new Map<string, Counts>();
  private readonly byKey = new Map<string, { name: string; counts: Counts }>();
  private blank: Counts | null = null;

  constructor(private readonly blankLabel: string) {}

  get(text: string): Counts {
    const hit = this.byText.get(text);
    if (hit) return hit;
    const name = text.trim();
    let counts: Counts;
    if (name === "") {
      counts = this.blank ??= emptyCounts();
    } else {
      const key = name.toLowerCase();
      let entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { name, counts: emptyCounts() }));
      counts = entry.counts;
    }
    this.byText.set(text, counts);
    return counts;
  }

  /** Named groups in Vietnamese order (or first-seen order), then the blank group. */
  sorted(alphabetical: boolean): [string, Counts][] {
    const rows: [string, Counts][] = [...this.byKey.values()].map((e) => [e.name, e.counts]);
    if (alphabetical) rows.sort((a, b) => compareVi(a[0], b[0]));
    if (this.blank) rows.push([this.blankLabel, this.blank]);
    return rows;
  }
}

function monthRows(months: (Counts | undefined)[]): [number | null, Counts][] {
  const rows: [number | null, Counts][] = [];
  for (let m = 1; m <= 12; m++) {
    const counts = months[m];
    if (counts) rows.push([m, counts]);
  }
  if (months[0]) rows.push([null, months[0]]);
  return rows;
}
