// Row fills of the six states, shared by the task sheet's conditional formats and the guide's legend.
import type { State } from "../core/types";

export const STATE_FILLS: Record<State, { fill: string; font: string }> = {
  doneOnTime: { fill: "#C6EFCE", font: "#006100" },
  doneLate: { fill: "#F8CBAD", font: "#833C0C" },
  overdue: { fill: "#FFC7CE", font: "#9C0006" },
  dueSoon: { fill: "#FFEB9C", font: "#7F6000" },
  inProgress: { fill: "#DDEBF7", font: "#1F3864" },
  ongoing: { fill: "#E7E6E6", font: "#3A3838" },
};

export const HEADER_FILL = "#1F4E78";
export const HEADER_FONT = "#FFFFFF";
export const TITLE_FONT = "#1F4E78";
