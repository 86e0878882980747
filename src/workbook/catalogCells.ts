// The unit catalog and the Board read back from the cells of "Danh mục" (names DmDonVi, DmLanhDao),
// the inverse of buildCatalogSheet: shared by the Office.js adapter and the .xlsx reader.
import { oneLine } from "../core/text";
import type { Catalog, CellValue, Leader, Unit } from "../core/types";
import { DEFAULT_CATALOG } from "../core/units/preset";
import { readUnitKind } from "../core/units/unitKind";

/** Code, name, kind (units) or title (Board), aliases; units have a fifth column, E-mail, since the round trip. */
const BLOCK_WIDTH = 4;

function text(value: CellValue): string {
  return value === null || value === undefined || value instanceof Date ? "" : oneLine(String(value));
}

function aliases(value: CellValue): string[] {
  return text(value)
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** Rows with a name; none when the block is missing or narrower than the layout (the name was redefined). */
function namedRows(rows: CellValue[][] | undefined): CellValue[][] {
  if (!rows || rows.some((r) => r.length < BLOCK_WIDTH)) return [];
  return rows.filter((r) => text(r[1]) !== "");
}

/**
 * Which body took over a merged one is a fact of the 2025 reorganisation the preset knows; Danh mục
 * has no column for it, so a preset unit still listed under its code and name keeps it.
 */
const PRESET_SUCCESSORS = new Map(DEFAULT_CATALOG.units.filter((u) => u.successor).map((u) => [`${u.code}|${u.name}`, u.successor as string]));

/**
 * `units`, `leaders`: the cells of each block (undefined when its name is missing). A block without a
 * named row falls back to the preset's; with neither, the result is DEFAULT_CATALOG itself, so that
 * callers can tell a workbook's catalog from the preset.
 */
export function readCatalogCells(units: CellValue[][] | undefined, leaders: CellValue[][] | undefined): Catalog {
  const unitList = namedRows(units).map(
    (r): Unit => {
      const email = text(r[4]);
      const code = text(r[0]);
      const name = text(r[1]);
      const successor = PRESET_SUCCESSORS.get(`${code}|${name}`);
      return {
        code,
        name,
        kind: readUnitKind(text(r[2])) ?? "office",
        aliases: aliases(r[3]),
        ...(email ? { email } : {}),
        ...(successor ? { successor } : {}),
      };
    },
  );
  const leaderList = namedRows(leaders).map((r): Leader => ({ code: text(r[0]), name: text(r[1]), title: text(r[2]), aliases: aliases(r[3]) }));
  if (unitList.length === 0 && leaderList.length === 0) return DEFAULT_CATALOG;
  return {
    units: unitList.length > 0 ? unitList : DEFAULT_CATALOG.units,
    leaders: leaderList.length > 0 ? leaderList : DEFAULT_CATALOG.leaders,
  };
}
