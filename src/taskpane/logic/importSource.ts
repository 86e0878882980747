// The tasks a source would give, with the workbook's unit catalog and the plan year chosen in the pane.
import { importCells, importText } from "../../core/import/importDirective";
import type { Catalog, CellValue, ImportResult } from "../../core/types";

export type ImportSource = { kind: "sheet"; sheet: string; cells: CellValue[][] } | { kind: "text"; text: string };

export function importSource(source: ImportSource, planYear: number | undefined, catalog: Catalog): ImportResult {
  const options = { catalog, planYear };
  return source.kind === "sheet" ? importCells(source.cells, options) : importText(source.text, options);
}
