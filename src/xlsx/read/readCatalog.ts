// The unit catalog and the Board as the workbook holds them on "Danh mục" (users edit both there),
// through the names DmDonVi and DmLanhDao; the preset stands in for whatever is missing.
import type ExcelJS from "exceljs";
import type { Catalog, CellValue } from "../../core/types";
import { readCatalogCells } from "../../workbook/catalogCells";
import { NAMES } from "../../workbook/names";
import { readCell } from "./cellValue";
import { definedNameRange } from "./definedNameCell";

export function readCatalog(workbook: ExcelJS.Workbook): Catalog {
  return readCatalogCells(namedValues(workbook, NAMES.unitCatalog), namedValues(workbook, NAMES.leaderCatalog));
}

/** The cell values of a defined name's range, as Excel last showed them; undefined when the name is missing. */
function namedValues(workbook: ExcelJS.Workbook, name: string): CellValue[][] | undefined {
  const range = definedNameRange(workbook, name);
  if (!range) return undefined;
  const rows: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = range.worksheet.getRow(r);
    const values: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) values.push(readCell(row.getCell(c).value).value);
    rows.push(values);
  }
  return rows;
}
