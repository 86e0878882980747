import type { Catalog, CellValue, ImportResult } from "../types";

export interface ImportOptions {
  catalog: Catalog;
  planYear?: number;
}

/** A directive's text (copied from Word or PDF) to task rows. */
export function importText(text: string, options: ImportOptions): ImportResult {
  void text;
  void options;
  throw new Error("not implemented");
}

/**
 * A block of cells from a sheet: a pasted table, or a pasted document one paragraph per row in
 * column A (then read as text).
 */
export function importCells(cells: CellValue[][], options: ImportOptions): ImportResult {
  void cells;
  void options;
  throw new Error("not implemented");
}
