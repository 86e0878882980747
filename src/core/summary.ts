import { addDays } from "./dates";
import { DEFAULT_WINDOW_DAYS, judgeWithHorizon } from "./judge";
import { DEFAULT_SCORING, rate, scoredAs, scoreOf, unitScoreOf } from "./rating";
import { headlineText, NO_LEAD, NO_LEADER, NO_SECTION } from "./strings/summary";
import { compareVi } from "./text";
import type { Counts, GroupSummary, IsoDate, ScoredCounts, ScoringConfig, State, Summary, Task } from "./types";

export interface SummaryOptions {
  asOf: IsoDate;
  windowDays?: number;
  scoring?: ScoringConfig;
  /**
   * Rows that have check errors, when the caller checked them: the headline says how many, and
   * every rating is provisional ("tạm tính") while there are any.
   */
  errorRows?: number;
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
 * - Each group's score is the mean over its tasks due by the report date (see `scoredAs`). A unit's
 *   score also counts the tasks it partners on, weighed by `scoring.partnerWeight` (0 by default:
 *   not at all); with a weight above 0, a unit that only partners is listed too, with no task of its own.
 */
export function summarise(tasks: Task[], options: SummaryOptions): Summary {
  const { asOf } = options;
  const scoring = options.scoring ?? DEFAULT_SCORING;
  const horizon = addDays(asOf, options.windowDays ?? DEFAULT_WINDOW_DAYS);

  const all = emptyTally();
  const units = new Groups(NO_LEAD);
  const leaders = new Groups(NO_LEADER);
  const sections = new Groups(NO_SECTION);
  const months: (Tally | undefined)[] = new Array(13);
  const judged: Summary["tasks"] = new Array(tasks.length);
  const partnersCount = (scoring.partnerWeight ?? 0) > 0;

  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    const { state, daysLate } = judgeWithHorizon(task, asOf, horizon);
    judged[i] = { id: task.id, state, daysLate };
    const due = task.extendedDue || task.due;
    const scored = scoredAs(state, due, asOf);
    const month = due ? Number(due.slice(5, 7)) : 0;
    add(all, state, scored);
    add(units.get(task.lead), state, scored);
    add(leaders.get(task.leader), state, scored);
    add(sections.get(task.section), state, scored);
    add((months[month] ??= emptyTally()), state, scored);
    if (partnersCount) addPartners(units, task, scored);
  }

  const group = (tally: Tally): GroupSummary => finish(tally, scoring);
  const done = all.counts.doneOnTime + all.counts.doneLate;
  const errors = options.errorRows;
  return {
    asOf,
    headline: {
      total: all.counts.total,
      done,
      ...(errors !== undefined ? { errors } : {}),
      text: headlineText(done, all.counts.total, errors),
    },
    units: units.sorted(true).map(([unit, tally]) => ({ unit, ...group(tally) })),
    months: monthRows(months).map(([month, tally]) => ({ month, ...group(tally) })),
    leaders: leaders.sorted(true).map(([leader, tally]) => ({ leader, ...group(tally) })),
    sections: sections.sorted(false).map(([section, tally]) => ({ section, ...group(tally) })),
    tasks: judged,
    ...(errors !== undefined ? { provisional: errors > 0 } : {}),
  };
}

/** Each partner unit other than the lead, once per task, in the scored bucket of the task. */
function addPartners(units: Groups, task: Task, scored: keyof ScoredCounts | null): void {
  const lead = task.lead.trim().toLowerCase();
  const seen = new Set<Tally>();
  for (const partner of task.partners) {
    if (partner.trim().toLowerCase() === lead) continue;
    const tally = units.get(partner);
    if (seen.has(tally)) continue;
    seen.add(tally);
    tally.partnerTasks++;
    if (scored) tally.partner[scored]++;
  }
}

/**
 * The groups together (e.g. every unit: the whole department), counted and scored as one group.
 * Groups made by `summarise` carry what their score counts; others count nothing towards it.
 */
export function combineGroups(groups: GroupSummary[], scoring: ScoringConfig = DEFAULT_SCORING): GroupSummary {
  const sum = emptyTally();
  for (const g of groups) {
    for (const key of Object.keys(sum.counts) as (keyof Counts)[]) sum.counts[key] += g[key];
    for (const key of Object.keys(sum.scored) as (keyof ScoredCounts)[]) sum.scored[key] += g.scored?.[key] ?? 0;
  }
  return finish(sum, scoring);
}

interface Tally {
  counts: Counts;
  scored: ScoredCounts;
  /** Tasks partnered on (units only, when partners weigh), and those of them the score counts. */
  partnerTasks: number;
  partner: ScoredCounts;
}

function emptyTally(): Tally {
  return {
    counts: { total: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, dueSoon: 0, overdue: 0, ongoing: 0 },
    scored: { onTime: 0, late: 0, overdue: 0 },
    partnerTasks: 0,
    partner: { onTime: 0, late: 0, overdue: 0 },
  };
}

function add(tally: Tally, state: State, scored: keyof ScoredCounts | null): void {
  tally.counts.total++;
  tally.counts[state]++;
  if (scored) tally.scored[scored]++;
}

function finish({ counts, scored, partnerTasks, partner }: Tally, scoring: ScoringConfig): GroupSummary {
  const done = counts.doneOnTime + counts.doneLate;
  const score = partnerTasks > 0 ? unitScoreOf(scored, partner, scoring) : scoreOf(scored, scoring);
  return {
    ...counts,
    score,
    rating: rate(score, scoring.bands),
    completionRate: counts.total === 0 ? null : done / counts.total,
    onTimeRate: done === 0 ? null : counts.doneOnTime / done,
    scored: { ...scored },
    ...(partnerTasks > 0 ? { partnerScored: { ...partner } } : {}),
  };
}

/** Tallies per cell text, matched as COUNTIFS matches: case and surrounding spaces do not matter. */
class Groups {
  private readonly byText = new Map<string, Tally>();
  private readonly byKey = new Map<string, { name: string; tally: Tally }>();
  private blank: Tally | null = null;

  constructor(private readonly blankLabel: string) {}

  get(text: string): Tally {
    const hit = this.byText.get(text);
    if (hit) return hit;
    const name = text.trim();
    let tally: Tally;
    if (name === "") {
      tally = this.blank ??= emptyTally();
    } else {
      const key = name.toLowerCase();
      let entry = this.byKey.get(key);
      if (!entry) this.byKey.set(key, (entry = { name, tally: emptyTally() }));
      tally = entry.tally;
    }
    this.byText.set(text, tally);
    return tally;
  }

  /** Named groups in Vietnamese order (or first-seen order), then the blank group. */
  sorted(alphabetical: boolean): [string, Tally][] {
    const rows: [string, Tally][] = [...this.byKey.values()].map((e) => [e.name, e.tally]);
    if (alphabetical) rows.sort((a, b) => compareVi(a[0], b[0]));
    if (this.blank) rows.push([this.blankLabel, this.blank]);
    return rows;
  }
}

function monthRows(months: (Tally | undefined)[]): [number | null, Tally][] {
  const rows: [number | null, Tally][] = [];
  for (let m = 1; m <= 12; m++) {
    const tally = months[m];
    if (tally) rows.push([m, tally]);
  }
  if (months[0]) rows.push([null, months[0]]);
  return rows;
}
