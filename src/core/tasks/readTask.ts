import type { RawRow, Task } from "../types";

/** Interprets a raw sheet row (serial dates, text dates, numbers as text, stray spaces). */
export function readTask(raw: RawRow): Task {
  void raw;
  throw new Error("not implemented");
}
