import { UNIT_KIND_LABELS } from "../strings/units";
import { foldVietnamese, oneLine } from "../text";
import type { UnitKind } from "../types";

/** Reads the kind column of the Danh mục sheet: the Vietnamese label or the English key, any case. */
export function readUnitKind(text: string): UnitKind | null {
  const folded = foldVietnamese(oneLine(text));
  for (const [kind, label] of Object.entries(UNIT_KIND_LABELS) as [UnitKind, string][]) {
    if (folded === kind || folded === foldVietnamese(label)) return kind;
  }
  return null;
}
