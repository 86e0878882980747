// Lead unit, coordinating units and the responsible Board member, against the catalog.
import { CHECK_MESSAGES, FIX_LABELS } from "../strings/checks";
import type { Unit } from "../types";
import { matchLeader, matchUnit } from "../units/match";
import { readMultiline } from "./cells";
import { report, type RowContext } from "./rowContext";

/** Checks the lead cell; returns the unit it names, for the partner checks. */
export function checkLead(ctx: RowContext): Unit | null {
  const { lead } = ctx.task;
  if (lead === "") {
    report(ctx, "lead-required", "lead", CHECK_MESSAGES.leadRequired());
    return null;
  }
  let names = ctx.memo.unitList(lead);
  const match = matchUnit(ctx.options.catalog, lead);
  if (names.length === 1 && !match.unit) {
    // "Phòng KH-TC⏎Văn phòng Sở": two units on two lines of the cell (a name merely wrapped over
    // two lines reads as one unit above and never gets here).
    const lines = ctx.memo.unitList(readMultiline(ctx.raw.lead));
    if (lines.length > 1) names = lines;
  }
  if (names.length > 1) {
    report(ctx, "lead-multiple", "lead", CHECK_MESSAGES.leadMultiple(names));
    return null;
  }
  const unit = match.unit;
  if (!unit) {
    report(ctx, "lead-unknown", "lead", CHECK_MESSAGES.leadUnknown(lead));
    return null;
  }
  const fix = { value: unit.name, label: FIX_LABELS.replaceWith(unit.name) };
  if (unit.kind === "group") report(ctx, "lead-is-group", "lead", CHECK_MESSAGES.leadIsGroup(lead));
  else if (match.confidence < 1) report(ctx, "lead-near-miss", "lead", CHECK_MESSAGES.leadNearMiss(lead, unit.name), fix);
  else if (!match.exact) report(ctx, "lead-not-canonical", "lead", CHECK_MESSAGES.leadNotCanonical(lead, unit.name), fix);
  const next = successorOf(ctx, unit);
  if (next) report(ctx, "lead-merged", "lead", CHECK_MESSAGES.leadMerged(lead, next.name), { value: next.name, label: FIX_LABELS.replaceWith(next.name) });
  return unit;
}

/** The unit that took this one over in a merger, when the catalog names one. */
function successorOf(ctx: RowContext, unit: Unit): Unit | null {
  if (!unit.successor) return null;
  return ctx.options.catalog.units.find((u) => u.code === unit.successor && u !== unit) ?? null;
}

/**
 * One finding per kind of problem in the partners cell. Every fix is the same corrected list
 * (catalog names, "; " between them, the lead and repeats removed), so applying any one of them
 * leaves the cell right for all.
 */
export function checkPartners(ctx: RowContext, lead: Unit | null): void {
  const text = readMultiline(ctx.raw.partners);
  if (text === "") return;
  const names = ctx.memo.unitList(text);
  const unknown: string[] = [];
  const nearMiss: [string, string][] = [];
  const renamed: [string, string][] = [];
  const repeated: string[] = [];
  const merged: [string, string][] = [];
  const seen = new Set<Unit>();
  const fixed: string[] = [];
  let hasLead = false;
  for (const name of names) {
    const { unit, confidence, exact } = matchUnit(ctx.options.catalog, name);
    if (!unit) {
      unknown.push(name);
      fixed.push(name);
      continue;
    }
    // The lead written another way ("Phòng KH-TC" beside the lead "Phòng Kế hoạch - Tài chính") is
    // reported as the lead, not also as a spelling to correct: the fix removes it.
    if (unit !== lead && confidence < 1) nearMiss.push([name, unit.name]);
    else if (unit !== lead && !exact) renamed.push([name, unit.name]);
    const next = successorOf(ctx, unit);
    if (next) merged.push([unit.name, next.name]);
    if (unit === lead) hasLead = true;
    else if (seen.has(unit)) repeated.push(unit.name);
    else fixed.push(unit.name);
    seen.add(unit);
  }
  const list = fixed.join("; ");
  const fix = list === text ? null : { value: list, label: FIX_LABELS.partners(list) };
  const bySemicolon = text.split(";").filter((p) => p.trim() !== "").length;

  if (unknown.length > 0) report(ctx, "partner-unknown", "partners", CHECK_MESSAGES.partnerUnknown(unknown));
  if (nearMiss.length > 0) report(ctx, "partner-near-miss", "partners", CHECK_MESSAGES.partnerNearMiss(nearMiss), fix);
  if (renamed.length > 0) report(ctx, "partner-not-canonical", "partners", CHECK_MESSAGES.partnerNotCanonical(renamed), fix);
  if (hasLead && lead) report(ctx, "partner-is-lead", "partners", CHECK_MESSAGES.partnerIsLead(lead.name), fix);
  if (repeated.length > 0) report(ctx, "partner-duplicate", "partners", CHECK_MESSAGES.partnerDuplicate(repeated), fix);
  if (names.length > bySemicolon) report(ctx, "partners-separator", "partners", CHECK_MESSAGES.partnersSeparator(), fix);
  if (merged.length > 0) {
    // The successor replaces the old name in place, the rest of the list as the other fixes leave it.
    const renamed = fixed.map((name) => merged.find(([from]) => from === name)?.[1] ?? name).join("; ");
    report(ctx, "partner-merged", "partners", CHECK_MESSAGES.partnerMerged(merged), { value: renamed, label: FIX_LABELS.partners(renamed) });
  }
}

export function checkLeader(ctx: RowContext): void {
  const { leader: text } = ctx.task;
  if (text === "") return;
  const { leader, confidence } = matchLeader(ctx.options.catalog, text);
  if (!leader) {
    report(ctx, "leader-unknown", "leader", CHECK_MESSAGES.leaderUnknown(text));
    return;
  }
  const fix = { value: leader.name, label: FIX_LABELS.replaceWith(leader.name) };
  if (confidence < 1) report(ctx, "leader-near-miss", "leader", CHECK_MESSAGES.leaderNearMiss(text, leader.name), fix);
  else if (text !== leader.name) report(ctx, "leader-not-canonical", "leader", CHECK_MESSAGES.leaderNotCanonical(text, leader.name), fix);
}
