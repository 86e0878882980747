// Which catalog units a group ("Các phòng, đơn vị trực thuộc Sở", "Các bệnh viện tuyến tỉnh") stands
// for, read from the group's name and the units' kinds and names, so a province's own catalog works
// without a member list. A group whose name says nothing definite ("… liên quan") has no members:
// nobody is guessed into a task.
import { foldVietnamese, oneLine } from "../text";
import type { Catalog, Unit } from "../types";

const folded = (text: string) => foldVietnamese(oneLine(text.normalize("NFC")));
const startsWith = (prefix: RegExp) => (unit: Unit) => prefix.test(folded(unit.name));

const isOffice = (unit: Unit) => unit.kind === "office";
const isAttached = (unit: Unit) => unit.kind === "attached";
const isHospital = (unit: Unit) => isAttached(unit) && startsWith(/^benh vien\b/)(unit);
const isHealthCentre = (unit: Unit) => isAttached(unit) && startsWith(/^trung tam y te\b/)(unit);

/** First rule whose pattern the folded group name matches decides; order matters ("các phòng, đơn vị" before "các phòng"). */
const RULES: { name: RegExp; member: (unit: Unit) => boolean }[] = [
  { name: /lien quan|co lien quan/, member: () => false },
  { name: /^cac phong(?: chuc nang| chuyen mon)?,? (?:ban, )?don vi\b/, member: (u) => isOffice(u) || isAttached(u) },
  { name: /^cac benh vien\b/, member: isHospital },
  { name: /^(?:cac )?(?:trung tam y te|ttyt)\b/, member: isHealthCentre },
  { name: /^cac phong\b/, member: isOffice },
  { name: /^cac don vi\b/, member: isAttached },
];

/** The group's member units in catalog order; [] when `group` is no group or its membership is not definite. */
export function groupMembers(catalog: Catalog, group: Unit): Unit[] {
  if (group.kind !== "group") return [];
  const rule = RULES.find((r) => r.name.test(folded(group.name)));
  if (!rule) return [];
  return catalog.units.filter((unit) => unit.kind !== "group" && rule.member(unit));
}
