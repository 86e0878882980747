import type { IsoDate, ScoringConfig, Summary, Task } from "./types";

export interface SummaryOptions {
  asOf: IsoDate;
  windowDays?: number;
  scoring?: ScoringConfig;
}

/** Per unit, month, Board member and section, plus the headline. */
export function summarise(tasks: Task[], options: SummaryOptions): Summary {
  void tasks;
  void options;
  throw new Error("not implemented");
}
