// File names of unit copies: the unit's name folded to ASCII (mail servers and old Windows mangle
// accents in attachment names), distinct even when two names fold alike.
import { foldVietnamese } from "../../core/text";

const MAX_LENGTH = 60;

export function unitFileStem(unit: string): string {
  const stem = foldVietnamese(unit.normalize("NFC"))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_LENGTH)
    .replace(/-+$/, "");
  return stem === "" ? "don-vi" : stem;
}

/** One .xlsx name per unit, in order; a repeated stem gets "-2", "-3", … */
export function unitFileNames(units: readonly string[]): string[] {
  const taken = new Set<string>();
  return units.map((unit) => {
    const stem = unitFileStem(unit);
    let name = `${stem}.xlsx`;
    for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.xlsx`;
    taken.add(name);
    return name;
  });
}
