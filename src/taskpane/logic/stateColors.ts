// The state colours of domain.md as Fluent badge colours.
import type { State } from "../../core/types";

export type BadgeColor = "success" | "severe" | "brand" | "warning" | "danger" | "informative";

export const STATE_BADGE: Record<State, BadgeColor> = {
  doneOnTime: "success", // green
  doneLate: "severe", // orange
  inProgress: "brand", // blue
  dueSoon: "warning", // amber
  overdue: "danger", // red
  ongoing: "informative", // grey
};
