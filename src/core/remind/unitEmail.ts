// The address of a lead unit. Only an exact name or alias counts: a reminder sent to the unit a fuzzy
// match guessed would go to the wrong people, which is worse than a draft with an empty To.
import { oneLine } from "../text";
import type { Catalog } from "../types";

function key(text: string): string {
  return oneLine(text.normalize("NFC")).toLowerCase();
}

/** lead text → e-mail, for every name and alias of the catalog; a name two units share gives "". */
export function emailLookup(catalog: Catalog): (lead: string) => string {
  const byName = new Map<string, string | null>();
  for (const unit of catalog.units) {
    const email = unit.email?.trim() ?? "";
    for (const name of new Set([unit.name, ...unit.aliases].map(key))) {
      if (name === "") continue;
      const known = byName.get(name);
      byName.set(name, known === undefined || known === email ? email : null);
    }
  }
  return (lead) => byName.get(key(lead)) ?? "";
}
