// The tasks a source would give, with the default unit catalog and the plan year chosen in the pane.
import { importCells, importText } from "../../core/import/importDirective";
import type { CellValue, ImportResult } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";

export type ImportSource = { kind: "sheet"; sheet: string; cells: CellValue[][] } | { kind: "text"; text: string };

export function importSource(source: ImportSource, planYear: number | undefined): ImportResult {
  const options = { catalog: DEFAULT_CATALOG, planYear };
  return source.kind === "sheet" ? importCells(source.cells, options) : importText(source.text, options);
}
