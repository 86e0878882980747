// The summary for a terminal: the headline, then one aligned row per lead unit and a total.
import { SUMMARY_TEXT } from "../../core/strings/cli";
import { provisionalRating, RATING_LABELS } from "../../core/strings/vi";
import type { GroupSummary, Summary } from "../../core/types";
import { renderTable, type TextColumn } from "./table";

const COUNT_KEYS = ["total", "doneOnTime", "doneLate", "inProgress", "dueSoon", "overdue", "ongoing"] as const;
const OVERDUE_SHOWN = 10;

function score(value: number | null): string {
  return value === null ? SUMMARY_TEXT.noRating : value.toFixed(1).replace(".", ",");
}

/** The rating as printed: "Chưa đánh giá" when nothing is due, "(tạm tính)" while rows have errors. */
export function ratingText(rating: string | null, provisional: boolean | undefined): string {
  if (rating === null) return RATING_LABELS.unrated;
  return provisional ? provisionalRating(rating) : rating;
}

function cells(label: string, group: GroupSummary, provisional: boolean | undefined): string[] {
  return [label, ...COUNT_KEYS.map((k) => String(group[k])), score(group.score), ratingText(group.rating, provisional)];
}

export function renderSummary(summary: Summary, total: GroupSummary): string {
  const { columns } = SUMMARY_TEXT;
  const header: TextColumn[] = [
    { header: columns.unit, align: "left" },
    ...COUNT_KEYS.map((k): TextColumn => ({ header: columns[k], align: "right" })),
    { header: columns.score, align: "right" },
    { header: columns.rating, align: "left" },
  ];
  const lines = [
    SUMMARY_TEXT.asOf(summary.asOf),
    summary.headline.text,
    "",
    renderTable(
      header,
      summary.units.map((u) => cells(u.unit, u, summary.provisional)),
      [cells(SUMMARY_TEXT.total, total, summary.provisional)],
    ),
  ];
  const overdue = summary.tasks.filter((t) => t.state === "overdue").sort((a, b) => b.daysLate - a.daysLate);
  if (overdue.length > 0) {
    lines.push("", SUMMARY_TEXT.overdueList);
    for (const t of overdue.slice(0, OVERDUE_SHOWN)) lines.push(SUMMARY_TEXT.overdueItem(t.id, t.daysLate));
    if (overdue.length > OVERDUE_SHOWN) lines.push(SUMMARY_TEXT.moreOverdue(overdue.length - OVERDUE_SHOWN));
  }
  return lines.join("\n");
}
