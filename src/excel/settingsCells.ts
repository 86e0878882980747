// Loading the tracker's named setting cells through Office.js; what they mean is read by the shared
// schema (src/workbook/schema/settings.ts), as the file reader does.
import { BAND_NAMES } from "../workbook/names";
import { SETTING_NAMES, type NamedCells } from "../workbook/schema/settings";

export { isTodayFormula, readSettingsCells, SETTING_NAMES, type NamedCells, type SettingsRead } from "../workbook/schema/settings";

export { localToday } from "../core/dates";

interface QueuedSetting {
  range: Excel.Range;
  /** For a band minimum: its label (the cell to the left) and the label under that. */
  label?: Excel.Range;
  below?: Excel.Range;
}

/** Queues a load of each setting name that exists (`wanted` defaults to all of them). */
export function queueSettingCells(
  context: Excel.RequestContext,
  existing: Set<string>,
  wanted: readonly string[] = SETTING_NAMES,
): Map<string, QueuedSetting> {
  const queued = new Map<string, QueuedSetting>();
  const bands = new Set<string>(BAND_NAMES);
  for (const name of wanted) {
    if (!existing.has(name.toLowerCase())) continue;
    const range = context.workbook.names.getItem(name).getRange();
    range.load("values,formulas");
    // getOffsetRange is ExcelApi 1.1; getResizedRange would need 1.7.
    const labels = bands.has(name) ? { label: range.getOffsetRange(0, -1).load("values"), below: range.getOffsetRange(1, -1).load("values") } : {};
    queued.set(name, { range, ...labels });
  }
  return queued;
}

export function settingCells(queued: Map<string, QueuedSetting>): NamedCells {
  const cells: NamedCells = new Map();
  for (const [name, { range, label, below }] of queued) {
    cells.set(name, {
      value: range.values[0][0],
      formula: range.formulas[0][0],
      ...(label && below ? { label: label.values[0][0], below: below.values[0][0] } : {}),
    });
  }
  return cells;
}
