// Lookup tables over a catalog, built once per catalog object so matching many cells stays cheap.
import type { Catalog, Leader, Unit, UnitMatch } from "../types";
import { oneLine } from "../text";
import { abbreviations, compact, stripAffixes, tokenize, type Token } from "./unitKey";

/** Keys derived by rule (initials, dropped type words) that two entries share point to null: ambiguous. */
export class KeyTable<T> {
  private readonly primary = new Map<string, T>();
  private readonly derived = new Map<string, T | null>();

  addPrimary(key: string, value: T): void {
    if (key !== "" && !this.primary.has(key)) this.primary.set(key, value);
  }

  addDerived(key: string, value: T): void {
    if (key === "") return;
    const known = this.derived.get(key);
    if (known === undefined) this.derived.set(key, value);
    else if (known !== value) this.derived.set(key, null);
  }

  get(key: string): T | null {
    return this.primary.get(key) ?? this.derived.get(key) ?? null;
  }

  /** Primary keys long enough to compare by edit distance, with what they point to. */
  fuzzyCandidates(minLength: number): { key: string; value: T }[] {
    const out: { key: string; value: T }[] = [];
    for (const [key, value] of this.primary) if (key.length >= minLength) out.push({ key, value });
    for (const [key, value] of this.derived) {
      if (value !== null && key.length >= minLength && !this.primary.has(key)) out.push({ key, value });
    }
    return out;
  }
}

export interface CatalogIndex {
  units: KeyTable<Unit>;
  unitsByName: Map<string, Unit>;
  unitFuzzy: { key: string; value: Unit }[];
  /**
   * Keys reached only by dropping a type word ("Kiểm nghiệm" for "Trung tâm Kiểm nghiệm"): a text
   * that says "Phòng" names another body ("Phòng Y tế huyện" is not the district health centre).
   */
  typeDropped: Set<string>;
  /** Units whose own name opens with a type word: "Trung tâm ...", "Chi cục ...", "Bệnh viện ...". */
  typeNamed: Set<Unit>;
  unitMemo: Map<string, UnitMatch>;
  leaders: KeyTable<Leader>;
  leaderFuzzy: { key: string; value: Leader }[];
  leaderMemo: Map<string, { leader: Leader | null; confidence: number }>;
}

/** Shortest key compared by edit distance: short abbreviations differ by one letter from other units. */
export const FUZZY_MIN_LENGTH = 5;

/** Type words a directive often drops ("Kiểm nghiệm" for "Trung tâm Kiểm nghiệm"). */
const TYPE_WORDS = [["trung", "tam"], ["chi", "cuc"], ["benh", "vien"]];

/** Titles and honorifics written before a Board member's name. */
const LEADER_PREFIXES = [
  ["pho", "giam", "doc", "so"],
  ["pho", "giam", "doc"],
  ["giam", "doc", "so"],
  ["giam", "doc"],
  ["pgd"],
  ["gd"],
  ["dong", "chi"],
  ["d", "c"],
  ["dc"],
];

export function stripLeaderPrefix(tokens: Token[]): Token[] {
  let t = tokens;
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of LEADER_PREFIXES) {
      if (t.length > p.length && p.every((w, i) => t[i].text === w)) {
        t = t.slice(p.length);
        changed = true;
        break;
      }
    }
  }
  return t;
}

function opensWithTypeWord(tokens: Token[]): boolean {
  return TYPE_WORDS.some((type) => tokens.length > type.length && type.every((w, i) => tokens[i].text === w));
}

/** Indexes a unit's names; records keys reached by dropping a type word apart from the others. */
function indexUnit(table: KeyTable<Unit>, unit: Unit, typeKeys: Set<string>, otherKeys: Set<string>): void {
  for (const name of [unit.name, ...unit.aliases]) {
    const tokens = tokenize(name);
    const stripped = stripAffixes(tokens);
    const keys = [compact(stripped), compact(tokens), ...abbreviations(tokens), ...abbreviations(stripped)];
    table.addPrimary(keys[0], unit);
    for (const k of keys.slice(1)) table.addDerived(k, unit);
    for (const k of keys) otherKeys.add(k);
    for (const type of TYPE_WORDS) {
      if (stripped.length > type.length + 1 && type.every((w, i) => stripped[i].text === w)) {
        const key = compact(stripped.slice(type.length));
        table.addDerived(key, unit);
        typeKeys.add(key);
      }
    }
  }
}

function indexLeader(table: KeyTable<Leader>, leader: Leader): void {
  const nameTokens = tokenize(leader.name);
  const titleTokens = tokenize(leader.title);
  table.addPrimary(compact(nameTokens), leader);
  for (const alias of leader.aliases) table.addPrimary(compact(tokenize(alias)), leader);
  // A title held by one member alone ("Giám đốc") names that member; shared ones become ambiguous.
  table.addDerived(compact(titleTokens), leader);
  table.addDerived(compact(titleTokens) + "so", leader);
  if (nameTokens.length > 1) {
    table.addDerived(nameTokens[nameTokens.length - 1].text, leader);
    table.addDerived(compact(nameTokens.slice(-2)), leader);
  }
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/** The lookup tables of a catalog; built on first use and kept while the catalog object lives. */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const known = cache.get(catalog);
  if (known) return known;
  const units = new KeyTable<Unit>();
  const typeKeys = new Set<string>();
  const otherKeys = new Set<string>();
  for (const unit of catalog.units) indexUnit(units, unit, typeKeys, otherKeys);
  const typeDropped = new Set([...typeKeys].filter((k) => !otherKeys.has(k)));
  const leaders = new KeyTable<Leader>();
  for (const leader of catalog.leaders) indexLeader(leaders, leader);
  const index: CatalogIndex = {
    units,
    unitsByName: new Map(catalog.units.map((u) => [oneLine(u.name), u])),
    unitFuzzy: units.fuzzyCandidates(FUZZY_MIN_LENGTH),
    typeDropped,
    typeNamed: new Set(catalog.units.filter((u) => opensWithTypeWord(stripAffixes(tokenize(u.name))))),
    unitMemo: new Map(),
    leaders,
    leaderFuzzy: leaders.fuzzyCandidates(FUZZY_MIN_LENGTH),
    leaderMemo: new Map(),
  };
  cache.set(catalog, index);
  return index;
}
