// The unit catalog and the Board as users keep them on "Danh mục" (names DmDonVi, DmLanhDao).
import { oneLine } from "../core/text";
import type { Catalog, CellValue, Leader, Unit } from "../core/types";
import { DEFAULT_CATALOG } from "../core/units/preset";
import { readUnitKind } from "../core/units/unitKind";

function text(value: CellValue): string {
  return value === null || value === undefined || value instanceof Date ? "" : oneLine(String(value));
}

function aliases(value: CellValue): string[] {
  return text(value)
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** Four columns a row (code, name, kind or title, aliases); rows without a name are skipped; the preset fills what is missing. */
export function readCatalogCells(units: CellValue[][] | undefined, leaders: CellValue[][] | undefined): Catalog {
  const unitList = (units ?? [])
    .filter((r) => text(r[1]) !== "")
    .map((r): Unit => ({ code: text(r[0]), name: text(r[1]), kind: readUnitKind(text(r[2])) ?? "office", aliases: aliases(r[3]) }));
  const leaderList = (leaders ?? [])
    .filter((r) => text(r[1]) !== "")
    .map((r): Leader => ({ code: text(r[0]), name: text(r[1]), title: text(r[2]), aliases: aliases(r[3]) }));
  return {
    units: unitList.length > 0 ? unitList : DEFAULT_CATALOG.units,
    leaders: leaderList.length > 0 ? leaderList : DEFAULT_CATALOG.leaders,
  };
}
