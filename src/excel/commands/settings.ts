// The report date and due-soon window, as the named cells NgayBaoCao and SoNgayCanhBao hold them.
import { isIsoDate, toExcelSerial } from "../../core/dates";
import { TRACKER_ERRORS } from "../../core/strings/excel";
import { NAMES } from "../../workbook/names";
import { AddinError, type TrackerSettings } from "../actions";
import { isOfficeError } from "../errors";
import { runExcel } from "../run";
import { localToday, queueSettingCells, readSettingsCells, settingCells } from "../settingsCells";

const NAMED = [NAMES.reportDate, NAMES.windowDays] as const;

/** A workbook without a tracker has the defaults (=TODAY(), 7 days). */
export function readSettings(): Promise<TrackerSettings> {
  return runExcel(async (context) => {
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const existing = new Set(names.items.map((n) => n.name.toLowerCase()));
    const ranges = queueSettingCells(context, existing, NAMED);
    await context.sync();
    const settings = readSettingsCells(settingCells(ranges), localToday());
    return { reportDate: settings.reportDate, windowDays: settings.windowDays };
  });
}

export function writeSettings(settings: TrackerSettings): Promise<void> {
  const { reportDate, windowDays } = settings;
  if (!Number.isInteger(windowDays) || windowDays < 0 || windowDays > 365) {
    return Promise.reject(new AddinError(TRACKER_ERRORS.badWindow, "BadWindow"));
  }
  if (reportDate !== null && !isIsoDate(reportDate)) return Promise.reject(new AddinError(TRACKER_ERRORS.badDate, "BadDate"));
  return runExcel(async (context) => {
    // The names are part of the tracker: a missing one is an error to explain, not a case to handle.
    const date = context.workbook.names.getItem(NAMES.reportDate).getRange();
    const window = context.workbook.names.getItem(NAMES.windowDays).getRange();
    if (reportDate === null) date.formulas = [["=TODAY()"]];
    else date.values = [[toExcelSerial(reportDate)]];
    window.values = [[windowDays]];
    try {
      await context.sync();
    } catch (error) {
      if (isOfficeError(error, "ItemNotFound")) throw new AddinError(TRACKER_ERRORS.noSettings, "NoSettings");
      throw error;
    }
  });
}
