// The unit catalog and the Board as users keep them on the tracker's "Danh mục" sheet: request 1 asks
// whether the tracker and the two names exist, request 2 reads the names' cells.
import type { Catalog } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { readCatalogCells } from "../../workbook/catalogCells";
import { TASK_TABLE } from "../../workbook/layout";
import { NAMES } from "../../workbook/names";
import { runExcel } from "../run";

/** DEFAULT_CATALOG itself without a tracker, or when the tracker's Danh mục names are gone. */
export function readCatalog(): Promise<Catalog> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(TASK_TABLE);
    const units = context.workbook.names.getItemOrNullObject(NAMES.unitCatalog);
    const leaders = context.workbook.names.getItemOrNullObject(NAMES.leaderCatalog);
    await context.sync();
    if (table.isNullObject || (units.isNullObject && leaders.isNullObject)) return DEFAULT_CATALOG;

    // OrNullObject: a name whose rows were deleted refers to #REF!, which reads as a missing block.
    const unitCells = units.isNullObject ? null : units.getRangeOrNullObject().load("values");
    const leaderCells = leaders.isNullObject ? null : leaders.getRangeOrNullObject().load("values");
    await context.sync();
    const values = (range: Excel.Range | null) => (range && !range.isNullObject ? range.values : undefined);
    return readCatalogCells(values(unitCells), values(leaderCells));
  });
}
