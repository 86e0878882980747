// The unit catalog and the Board as the workbook holds them on "Danh mục" (users edit both there),
// through the names DmDonVi and DmLanhDao; the preset stands in for whatever is missing.
import type ExcelJS from "exceljs";
import { oneLine } from "../../core/text";
import type { Catalog, Leader, Unit } from "../../core/types";
import { readUnitKind } from "../../core/units/unitKind";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { NAMES } from "../../workbook/names";
import { readCell } from "./cellValue";
import { definedNameRange } from "./definedNameCell";

export function readCatalog(workbook: ExcelJS.Workbook): Catalog {
  const units = readBlock(workbook, NAMES.unitCatalog).map(
    ([code, name, kind, aliases]): Unit => ({ code, name, kind: readUnitKind(kind) ?? "office", aliases: splitAliases(aliases) }),
  );
  const leaders = readBlock(workbook, NAMES.leaderCatalog).map(
    ([code, name, title, aliases]): Leader => ({ code, name, title, aliases: splitAliases(aliases) }),
  );
  return {
    units: units.length > 0 ? units : DEFAULT_CATALOG.units,
    leaders: leaders.length > 0 ? leaders : DEFAULT_CATALOG.leaders,
  };
}

/** Four text columns per row (code, name, third column, aliases); rows without a name are skipped. */
function readBlock(workbook: ExcelJS.Workbook, name: string): [string, string, string, string][] {
  const range = definedNameRange(workbook, name);
  if (!range || range.right - range.left < 3) return [];
  const rows: [string, string, string, string][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row = range.worksheet.getRow(r);
    const text = (offset: number) => {
      const { value } = readCell(row.getCell(range.left + offset).value);
      return value === null || value === undefined || value instanceof Date ? "" : oneLine(String(value));
    };
    if (text(1) === "") continue;
    rows.push([text(0), text(1), text(2), text(3)]);
  }
  return rows;
}

function splitAliases(text: string): string[] {
  return text
    .split(";")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}
