// The kind of office a unit's name opens with: a near miss of one kind is never a unit of another
// ("TTYT các huyện, thị xã, thành phố" is not "UBND các huyện, thị xã, thành phố", one letter-group apart).
import type { Unit } from "../types";
import { foldVietnamese } from "../text";

const KINDS: [string, RegExp][] = [
  ["centre", /^(?:ttyt|tt|trung tam)\b/],
  ["hospital", /^(?:bv|bvdk|benh vien)\b/],
  ["committee", /^(?:ubnd|uy ban)\b/],
  ["office", /^(?:van phong|vp)\b/],
  ["department", /^(?:phong|p)\b/],
  ["branch", /^(?:chi cuc|cc)\b/],
  ["inspectorate", /^thanh tra\b/],
  ["agency", /^so\b/],
];

export function officeKind(text: string): string | null {
  const folded = foldVietnamese(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  for (const [kind, pattern] of KINDS) if (pattern.test(folded)) return kind;
  return null;
}

/** The written name opens with an office word the unit's name and aliases never open with. */
export function otherKind(written: string, unit: Unit): boolean {
  const kind = officeKind(written);
  if (kind === null) return false;
  const kinds = [unit.name, ...unit.aliases].map(officeKind).filter((k) => k !== null);
  return kinds.length > 0 && !kinds.includes(kind);
}
