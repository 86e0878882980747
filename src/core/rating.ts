// Score and rating of a group of tasks (domain.md, "Summary and rating").
import { RATING_LABELS } from "./strings/vi";
import type { Counts, ScoringConfig } from "./types";

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
 * Mean score of the tasks that count, or null when none does.
 *
 * The tasks that count are every completed task (on time or late, whether or not its deadline has
 * come, with or without a deadline) plus every overdue unfinished task. Due-soon, within-deadline and
 * ongoing unfinished tasks are not judged yet and do not count. This keeps the workbook formula to
 * counts of the Đánh giá column alone:
 *   (onTime·COUNTIFS(Đánh giá,"Hoàn thành đúng hạn") + late·COUNTIFS(…,"Hoàn thành quá hạn")
 *    + overdue·COUNTIFS(…,"Quá hạn")) / (sum of the same three counts)
 * computed in that order and never rounded, so band edges fall where Excel puts them.
 */
export function scoreOf(counts: Counts, scoring: ScoringConfig = DEFAULT_SCORING): number | null {
  const counted = counts.doneOnTime + counts.doneLate + counts.overdue;
  if (counted === 0) return null;
  const points = scoring.onTime * counts.doneOnTime + scoring.late * counts.doneLate + scoring.overdue * counts.overdue;
  return points / counted;
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
