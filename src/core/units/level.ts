// The administrative level a unit's name opens with (Bộ, Sở, UBND tỉnh / huyện / xã / các cấp,
// Phòng, Chi cục, Trung tâm, Bệnh viện, ...). Two names at different levels are different bodies
// however alike the rest of their words: "Bộ Tài chính" is never "Sở Tài chính", "UBND các cấp"
// never "UBND các xã".
import { foldVietnamese, oneLine } from "../text";
import type { Unit } from "../types";

const LEVELS: [string, RegExp][] = [
  ["van phong", /^(?:van phong|vp)\b/],
  ["thanh tra", /^(?:thanh tra|ttra)\b/],
  ["chi cuc", /^(?:chi cuc|cc)\b/],
  ["cuc", /^cuc\b/],
  ["trung tam", /^(?:trung tam|ttyt|tt)\b/],
  ["benh vien", /^(?:benh vien|bvdk|bv)\b/],
  ["phong", /^(?:phong|p)\b/],
  ["so", /^so\b/],
  ["bo", /^bo\b(?! phan)/],
  ["vien", /^vien\b/],
  ["vu", /^vu\b/],
  ["truong", /^truong\b/],
  ["hoi", /^hoi\b(?! dong)/],
  ["hoi dong", /^hoi dong\b/],
];

const COMMITTEE = /^(?:uy ban nhan dan|ubnd|uy ban)\b\s*(.*)$/;

function committeeLevel(rest: string): string {
  const r = rest.replace(/^(?:cac|cap)\s+/, "");
  if (/^cap\b/.test(r) || /^cac cap\b/.test(rest)) return "ubnd cac cap";
  if (/^tinh\b/.test(r)) return "ubnd tinh";
  if (/^(?:huyen|quan|thi xa)\b/.test(r)) return "ubnd huyen";
  if (/^(?:xa|phuong|thi tran|dac khu)\b/.test(r)) return "ubnd xa";
  return "ubnd";
}

/** The level word a name opens with ("các" set aside), folded; null when it opens with none. */
export function adminLevel(text: string): string | null {
  const folded = foldVietnamese(oneLine(text))
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^cac\s+/, "");
  const committee = COMMITTEE.exec(folded);
  if (committee) return committeeLevel(committee[1]);
  for (const [level, pattern] of LEVELS) if (pattern.test(folded)) return level;
  return null;
}

/**
 * A written name may be read as the unit only if it opens with a level word one of the unit's names
 * opens with, or with none at all ("KH-TC", "Kế hoạch tài chính").
 */
export function levelAgrees(written: string, unit: Unit): boolean {
  const level = adminLevel(written);
  if (level === null) return true;
  return [unit.name, ...unit.aliases].some((name) => adminLevel(name) === level);
}
