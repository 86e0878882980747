import type { Catalog, Leader, UnitMatch } from "../types";

/** Finds the catalog unit a text names (aliases, abbreviations, typos), with a confidence. */
export function matchUnit(catalog: Catalog, text: string): UnitMatch {
  void catalog;
  void text;
  throw new Error("not implemented");
}

/** Finds the Board member a text names. */
export function matchLeader(catalog: Catalog, text: string): { leader: Leader | null; confidence: number } {
  void catalog;
  void text;
  throw new Error("not implemented");
}

/** Splits a cell or phrase listing several units ("A; B", "A, B và C") into unit names. */
export function splitUnitList(text: string): string[] {
  void text;
  throw new Error("not implemented");
}
