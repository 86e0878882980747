import type { Task } from "../../../src/core/types";

/** A task row with every optional cell blank, unless given. */
export function task(fields: Partial<Task>): Task {
  return {
    id: "NV",
    source: "",
    section: "",
    month: null,
    title: "Nhiệm vụ",
    product: "",
    lead: "",
    partners: [],
    leader: "",
    deadlineText: "",
    due: null,
    extendedDue: null,
    status: "Chưa thực hiện",
    progress: null,
    doneDate: null,
    evidence: "",
    note: "",
    ...fields,
  };
}
