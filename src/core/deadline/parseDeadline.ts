import type { Deadline } from "../types";

/** Reads a deadline phrase as written in a directive. `planYear` fills in phrases with no year. */
export function parseDeadline(text: string, planYear?: number): Deadline {
  void text;
  void planYear;
  throw new Error("not implemented");
}
