// Score and rating of a group of tasks (domain.md, "Summary and rating").
import { RATING_LABELS } from "./strings/vi";
import type { IsoDate, ScoredCounts, ScoringConfig, State } from "./types";

/** Nghị định 335/2025/NĐ-CP: a late item keeps 75% of its points; the 100-point bands of the same decree. */
export const DEFAULT_SCORING: ScoringConfig = {
  onTime: 100,
  late: 75,
  overdue: 0,
  bands: [
    { min: 90, label: RATING_LABELS.excellent },
    { min: 70, label: RATING_LABELS.good },
    { min: 50, label: RATING_LABELS.done },
    { min: 0, label: RATING_LABELS.notDone },
  ],
};

/**
 * The bucket of the score a judged task falls in, or null when the score leaves it out.
 *
 * The score counts the tasks due by the report date: an effective deadline D (Hạn điều chỉnh, else
 * Hạn hoàn thành) that is set and on or before `asOf`, and done on time, done late or overdue
 * (an overdue task always has D before `asOf`). A task done before its deadline has come, a done
 * task without a deadline, and unfinished tasks not yet overdue (D today or later) are not counted.
 */
export function scoredAs(state: State, due: IsoDate | null, asOf: IsoDate): keyof ScoredCounts | null {
  if (state === "overdue") return "overdue";
  if (due === null || due > asOf) return null;
  if (state === "doneOnTime") return "onTime";
  if (state === "doneLate") return "late";
  return null;
}

/**
 * Mean score of the tasks that count (see `scoredAs`), or null when none does. Computed in the order
 * of the workbook's Điểm formula, (onTime·a + late·b + overdue·c) / (a + b + c), and never rounded,
 * so band edges fall where Excel puts them.
 */
export function scoreOf(scored: ScoredCounts, scoring: ScoringConfig = DEFAULT_SCORING): number | null {
  const counted = scored.onTime + scored.late + scored.overdue;
  if (counted === 0) return null;
  const points = scoring.onTime * scored.onTime + scoring.late * scored.late + scoring.overdue * scored.overdue;
  return points / counted;
}

/**
 * A unit's score with the tasks it partners on weighed by `scoring.partnerWeight` against 1 for
 * those it leads: (lead points + w·partner points) / (lead count + w·partner count). With w = 0
 * (the default) it is `scoreOf` of the lead tasks exactly, the order of operations included.
 */
export function unitScoreOf(lead: ScoredCounts, partner: ScoredCounts | undefined, scoring: ScoringConfig = DEFAULT_SCORING): number | null {
  const w = scoring.partnerWeight ?? 0;
  if (!partner || !(w > 0)) return scoreOf(lead, scoring);
  const points = (s: ScoredCounts) => scoring.onTime * s.onTime + scoring.late * s.late + scoring.overdue * s.overdue;
  const count = (s: ScoredCounts) => s.onTime + s.late + s.overdue;
  const counted = count(lead) + w * count(partner);
  if (counted === 0) return null;
  return (points(lead) + w * points(partner)) / counted;
}

/**
 * The label of the first band (bands are highest first) whose `min` the score reaches; a score below
 * every band gets the last band's label, as the nested IF of the workbook's rating formula does.
 */
export function rate(score: number | null, bands: ScoringConfig["bands"] = DEFAULT_SCORING.bands): string | null {
  if (score === null || bands.length === 0) return null;
  for (const band of bands) {
    if (score >= band.min) return band.label;
  }
  return bands[bands.length - 1].label;
}
