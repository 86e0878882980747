// Ids and titles: present, unique, meaningful.
import { CHECK_MESSAGES } from "../strings/checks";
import { matchUnit } from "../units/match";
import { report, type RowContext } from "./rowContext";

/** A title of fewer than three words names no task ("Báo cáo"). */
const ENOUGH_WORDS = /\S\s+\S+\s+\S/;

/** Rows seen so far in one run, to spot repeats. */
export interface SeenRows {
  ids: Map<string, { title: string }>;
  /** The rows seen (their id, and the recurring obligation they are part of), by lead unit, then by title. */
  titles: Map<string, Map<string, { id: string; obligation: string | null }>>;
}

/** `obligation`: the recurring obligation the row is part of (checkObligations), or null. */
export function checkIdentity(ctx: RowContext, seen: SeenRows, obligation: string | null = null): void {
  const { task } = ctx;
  if (task.id === "") {
    report(ctx, "id-required", "id", CHECK_MESSAGES.idRequired());
  } else {
    // Excel's lookups ignore case, so NV01 and nv01 are the same id to every formula.
    const key = task.id.toLowerCase();
    const first = seen.ids.get(key);
    if (first) report(ctx, "id-duplicate", "id", CHECK_MESSAGES.idDuplicate(task.id, first.title));
    else seen.ids.set(key, { title: task.title });
  }

  if (task.title === "") {
    report(ctx, "title-required", "title", CHECK_MESSAGES.titleRequired());
    return;
  }
  if (!ENOUGH_WORDS.test(task.title)) {
    report(ctx, "title-too-short", "title", CHECK_MESSAGES.titleTooShort(task.title));
    return;
  }
  const lead = matchUnit(ctx.options.catalog, task.lead).unit?.code ?? task.lead.toLowerCase();
  // A pasted duplicate repeats the text exactly, give or take a final full stop.
  const title = task.title.endsWith(".") ? task.title.slice(0, -1) : task.title;
  let titles = seen.titles.get(lead);
  if (!titles) seen.titles.set(lead, (titles = new Map()));
  const first = titles.get(title);
  // The occurrences of one recurring obligation ("5.T01", "5.T02"…) share its title by design; its
  // one-row version beside them ("5") gets obligation-held-twice, which says what to do.
  const sibling = first !== undefined && obligation !== null && first.obligation === obligation;
  if (first !== undefined && !sibling) report(ctx, "title-duplicate", "title", CHECK_MESSAGES.titleDuplicate(first.id));
  else if (first === undefined) titles.set(title, { id: task.id, obligation });
}
