import type { Catalog, Finding, IsoDate, RawRow } from "../types";

export interface CheckOptions {
  catalog: Catalog;
  /** The day the check runs (for "completion date in the future"). */
  today: IsoDate;
  /** Plan year, when known: deadlines outside it are flagged. */
  planYear?: number;
}

/** Checks every row against the directive schema; one finding per problem, with a fix where one exists. */
export function checkTasks(rows: RawRow[], options: CheckOptions): Finding[] {
  void rows;
  void options;
  throw new Error("not implemented");
}
