// A draft to an imported task: units to catalog names, the deadline phrase to dates, warnings.
import { parseDeadline } from "../deadline/parseDeadline";
import { IMPORT_WARNINGS as W } from "../strings/import";
import { foldVietnamese, oneLine } from "../text";
import type { Deadline, ImportedTask } from "../types";
import type { Draft } from "./draft";
import { joinItems, tidy } from "./draft";
import type { UnitName, UnitResolver } from "./resolveUnits";

export interface TaskParts {
  id: string;
  section: string;
  title: string;
  draft: Draft;
  /** Lead items already chosen (several-lead split); otherwise read from the draft. */
  leads?: string[];
  extraPartners?: string[];
}

const SPLIT_LEAD = /\s+(?:chủ trì,?\s+)?phối\s+hợp(?:\s+với)?\s+/iu;
// "Phòng Nghiệp vụ Dược chủ trì; Trung tâm Kiểm nghiệm, Thanh tra Sở phối hợp": roles after the names.
const ROLES_AFTER = /^(.+?)\s+chủ\s+trì\s*[,;.]\s*(?!phối\s+hợp)(.+?)\s+(?:cùng\s+)?phối\s+hợp(?:\s+thực\s+hiện)?[.;]?$/iu;

// "Văn phòng Sở (chủ trì); Phòng KH-TC, Công an tỉnh (phối hợp)", "Phòng NVY (chủ trì), Phòng KHTC":
// the note names the lead; the units after it partner, whether or not they carry "(phối hợp)".
const LEAD_NOTE = /^(.+?)\s*\((?:đơn vị |cơ quan )?chủ\s+trì\)\s*[,;.]?\s*(.*)$/isu;

/** Deadline phrases repeat ("Năm 2026", "Thường xuyên"): each is read once per import. */
export class DeadlineReader {
  private cache = new Map<string, Deadline>();

  read(text: string, planYear: number | undefined): Deadline {
    let d = this.cache.get(text);
    if (!d) {
      d = parseDeadline(text, planYear);
      this.cache.set(text, d);
    }
    return d;
  }
}

export function finishTask(
  parts: TaskParts,
  units: UnitResolver,
  deadlines: DeadlineReader,
  planYear: number | undefined,
): ImportedTask {
  const { draft } = parts;
  const warnings = [...draft.warnings];
  const title = tidy(parts.title);
  if (title === "") warnings.push(W.noTitle);

  // Lead: "X phối hợp Y" in a lead cell means X leads with Y; several units mean co-leads.
  const leadNames: UnitName[] = [];
  const partnerTexts: string[] = [...(parts.extraPartners ?? [])];
  for (const item of parts.leads ?? draft.lead) {
    const noted = LEAD_NOTE.exec(item.trim());
    if (noted && !/\(\s*(?:đơn vị |cơ quan )?chủ\s+trì\s*\)/iu.test(noted[2])) {
      leadNames.push(...units.list(noted[1]));
      if (noted[2] !== "") partnerTexts.push(noted[2]);
      continue;
    }
    const roles = ROLES_AFTER.exec(item.trim());
    if (roles) {
      leadNames.push(...units.list(roles[1]));
      partnerTexts.push(roles[2]);
      continue;
    }
    const [head, ...rest] = item.split(SPLIT_LEAD);
    partnerTexts.push(...rest);
    leadNames.push(...units.list(head));
  }
  const leadUnits = withoutOwner(dedupe(leadNames));
  let lead = "";
  if (leadUnits.length === 0) warnings.push(W.noLead);
  else {
    lead = leadUnits[0].name;
    if (leadUnits.length > 1) warnings.push(W.severalLeads(leadUnits.map((u) => u.name)));
    if (!leadUnits[0].known) warnings.push(W.unknownLead(lead));
  }

  const partnerUnits = [
    ...leadUnits.slice(1),
    ...[...partnerTexts, ...draft.outsidePartners, ...draft.partners].flatMap((t) => units.list(t)),
  ];
  const partners: string[] = [];
  const seen = new Set([fold(lead)]);
  for (const u of partnerUnits) {
    if (seen.has(fold(u.name))) continue;
    seen.add(fold(u.name));
    partners.push(u.name);
    if (!u.known) warnings.push(W.unknownPartner(u.name));
  }

  const deadlineText = tidy(oneLine(draft.deadline.join(" ")));
  let due: string | null = null;
  let from: string | null = null;
  let recurring = false;
  if (deadlineText === "") warnings.push(W.noDeadline);
  else {
    const d = deadlines.read(deadlineText, planYear);
    due = d.due;
    from = d.from;
    recurring = d.recurring;
    if (d.kind === "unknown" || d.kind === "empty") warnings.push(W.deadlineNotUnderstood(deadlineText));
    else if (d.kind === "vague") warnings.push(W.deadlineVague(deadlineText));
    else if (d.kind === "needsYear") warnings.push(W.deadlineNeedsYear(deadlineText));
  }

  return {
    id: parts.id,
    section: parts.section,
    title,
    product: tidy(joinItems(draft.product)),
    lead,
    partners,
    deadlineText,
    due,
    from,
    recurring,
    warnings,
  };
}

function fold(name: string): string {
  return foldVietnamese(name).replace(/\s+/g, " ").trim();
}

function dedupe<T extends { name: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = fold(i.name);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// The department itself ("Sở Y tế", "Sở Y tế tỉnh Hưng Lâm"), which owns the catalog's units.
const OWNER = /^(?:sở y tế|syt)(?:\s+tỉnh\s+[\p{Lu}][\p{L}\s]*)?$/iu;

/**
 * "Cơ quan chủ trì: Sở Y tế" beside "Đơn vị tham mưu: Phòng Tổ chức cán bộ": the department leads
 * through its office, so the office is the lead, and the department is no co-lead or partner of it.
 * Beside another body ("Sở Y tế, UBND các huyện ...") it is a co-lead like any other.
 */
// A name the catalog does not know that still reads as one of the department's own offices or units.
const OWN_UNIT_NAME = /^(?:phòng|văn phòng|thanh tra|chi cục|trung tâm|bệnh viện|ban|khoa|tổ)\s/iu;

function withoutOwner(leads: UnitName[]): UnitName[] {
  const offices = leads.filter((u) => !OWNER.test(u.name.trim()));
  const ownUnits = offices.every((u) => (u.known ? u.kind === "office" || u.kind === "attached" : OWN_UNIT_NAME.test(u.name)));
  return offices.length > 0 && offices.length < leads.length && ownUnits ? offices : leads;
}
