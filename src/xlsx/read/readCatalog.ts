// The unit catalog and the Board as the workbook holds them on "Danh mục" (users edit both there),
// through the names DmDonVi and DmLanhDao; the preset stands in for whatever is missing.
import type ExcelJS from "exceljs";
import type { Catalog, CellValue } from "../../core/types";
import { readCatalogCells } from "../../workbook/catalogCells";
import { NAMES } from "../../workbook/names";
import { readCell } from "./cellValue";
import { definedNameRange } from "./definedNameCell";
import { storedRows, storedValue } from "./sparse";

/** Columns read of a catalog block (it has five). */
const MAX_WIDTH = 64;

export function readCatalog(workbook: ExcelJS.Workbook): Catalog {
  return readCatalogCells(namedValues(workbook, NAMES.unitCatalog), namedValues(workbook, NAMES.leaderCatalog));
}

/** The cell values of a defined name's range, as Excel last showed them; undefined when the name is missing. */
function namedValues(workbook: ExcelJS.Workbook, name: string): CellValue[][] | undefined {
  const range = definedNameRange(workbook, name);
  if (!range) return undefined;
  const rows: CellValue[][] = [];
  // Only the rows stored (a row without a name is dropped by the reader anyway), and a catalog's width
  // at most: a name redefined over A1:XFD1048576 would otherwise be 17 billion cells.
  const right = Math.min(range.right, range.left + MAX_WIDTH - 1);
  for (const row of storedRows(range.worksheet, range.top, range.bottom)) {
    const values: CellValue[] = [];
    for (let c = range.left; c <= right; c++) values.push(readCell(storedValue(row, c)).value);
    rows.push(values);
  }
  return rows;
}
