import type { JudgedFields } from "../../../src/core/judge";

/** The judged fields of a row: not started, no deadline, unless given. */
export function row(fields: Partial<JudgedFields>): JudgedFields {
  return { status: "Chưa thực hiện", due: null, extendedDue: null, doneDate: null, ...fields };
}
