// Which unit catalog the preview matched units against: the workbook's Danh mục, or the preset.
import { UI } from "../../core/strings/ui";
import type { Catalog } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";

/** The adapter hands back DEFAULT_CATALOG itself when the workbook has no catalog of its own. */
export function catalogNote(catalog: Catalog): string {
  return catalog === DEFAULT_CATALOG ? UI.import.catalogDefault : UI.import.catalogFromWorkbook;
}
