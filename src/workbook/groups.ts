// The groups of the summary blocks, found in the raw rows the way summarise (src/core/summary.ts)
// finds them: case and surrounding spaces ignored (as TRIM(..)=.. in the formulas), first spelling wins.
import { readLine } from "../core/tasks/cells";
import { compareVi } from "../core/text";
import type { CellValue } from "../core/types";

export interface Groups {
  /** Named groups, in Vietnamese order or first-seen order. */
  names: string[];
  /** Whether some row leaves the cell blank (that group is listed last). */
  hasBlank: boolean;
}

export function findGroups(values: CellValue[], alphabetical: boolean, extra: string[] = []): Groups {
  const byKey = new Map<string, string>();
  let hasBlank = false;
  const add = (value: CellValue, countsBlank: boolean) => {
    const name = readLine(value);
    if (name === "") {
      if (countsBlank) hasBlank = true;
      return;
    }
    const key = name.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, name);
  };
  values.forEach((v) => add(v, true));
  extra.forEach((v) => add(v, false));
  const names = [...byKey.values()];
  if (alphabetical) names.sort(compareVi);
  return { names, hasBlank };
}
