import type { Finding, RawRow } from "../types";
import { checkCells } from "./checkCells";
import { checkDateColumns, checkDeadlinePhrase } from "./checkDates";
import { checkIdentity, type SeenRows } from "./checkIdentity";
import { checkHeldTwice, findObligations } from "./checkObligations";
import { checkCompletion, checkMonth } from "./checkProgress";
import { checkLead, checkLeader, checkPartners } from "./checkUnits";
import { readTask } from "./readTask";
import { CheckMemo, type CheckOptions, type RowContext } from "./rowContext";

export type { CheckOptions } from "./rowContext";

/** Checks every row against the directive schema; one finding per problem, with a fix where one exists. */
export function checkTasks(rows: RawRow[], options: CheckOptions): Finding[] {
  const memo = new CheckMemo(options);
  const seen: SeenRows = { ids: new Map(), titles: new Map() };
  const obligations = findObligations(rows, memo);
  const out: Finding[] = [];
  for (let index = 0; index < rows.length; index++) {
    const raw = rows[index] ?? {};
    const ctx: RowContext = { index, raw, task: readTask(raw), options, memo, findings: [] };
    checkCells(ctx);
    checkIdentity(ctx, seen, obligations.keyOf(index));
    checkHeldTwice(ctx, obligations);
    checkMonth(ctx);
    const lead = checkLead(ctx);
    checkPartners(ctx, lead);
    checkLeader(ctx);
    const deadline = checkDeadlinePhrase(ctx);
    const doneCell = checkDateColumns(ctx, deadline);
    checkCompletion(ctx, doneCell);
    for (const f of tidy(ctx.findings)) out.push(f);
  }
  return out;
}

/**
 * A cell showing an Excel error gets that one finding; other rules would only describe the error
 * text. A spaces fix is dropped where another fix rewrites the same cell, or applying both in turn
 * would undo the better one.
 */
function tidy(findings: Finding[]): Finding[] {
  if (findings.length < 2) return findings;
  const broken = new Set(findings.filter((f) => f.rule === "cell-error").map((f) => f.field));
  const rewritten = new Set(findings.filter((f) => f.fix && f.rule !== "spaces").map((f) => f.field));
  return findings.filter((f) => {
    if (broken.has(f.field)) return f.rule === "cell-error";
    return !(f.rule === "spaces" && rewritten.has(f.field));
  });
}
