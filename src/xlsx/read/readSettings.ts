// The tracker's settings from a file: the named cells on "Danh mục", read by the shared schema.
import type ExcelJS from "exceljs";
import type { IsoDate } from "../../core/types";
import { BAND_NAMES } from "../../workbook/names";
import { readSettingsCells, SETTING_NAMES, type NamedCells, type SettingsRead } from "../../workbook/schema/settings";
import { readCell } from "./cellValue";
import { definedNameCell } from "./definedNameCell";

/** What a tracker file states; a missing name or a cell that is not a number keeps the default. */
export type TrackerSettings = SettingsRead;

export function readSettings(workbook: ExcelJS.Workbook, today: IsoDate): TrackerSettings {
  const cells: NamedCells = new Map();
  const bands = new Set<string>(BAND_NAMES);
  for (const name of SETTING_NAMES) {
    const cell = definedNameCell(workbook, name);
    if (!cell) continue;
    const raw = cell.value;
    const formula = raw && typeof raw === "object" && "formula" in raw ? `=${String(raw.formula)}` : undefined;
    const at = (rowOffset: number) => readCell(cell.worksheet.getCell(Number(cell.row) + rowOffset, Number(cell.col) - 1).value).value;
    cells.set(name, {
      value: readCell(raw).value,
      ...(formula ? { formula } : {}),
      ...(bands.has(name) && Number(cell.col) > 1 ? { label: at(0), below: at(1) } : {}),
    });
  }
  return readSettingsCells(cells, today);
}
