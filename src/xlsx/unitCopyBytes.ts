// One unit's copy of a tracker as .xlsx bytes, without Node: the CLI writes it to a file, reminders
// attach it to an e-mail, the task pane offers it as a download.
import ExcelJS from "exceljs";
import type { IsoDate } from "../core/types";
import { buildUnitCopyPlan } from "../workbook/roundtrip/unitCopy";
import { trackerIdOf } from "../workbook/schema/trackerId";
import type { TrackerFile } from "./read/trackerWorkbook";
import { renderPlan } from "./write/renderPlan";

/**
 * A master built before MaSoTheoDoi existed gets the id a rebuild of the same file would give it
 * (src/xlsx/rebuildTracker.ts); splitTracker writes that id into the master before sending.
 */
export async function unitCopyBytes(master: TrackerFile, masterName: string, unit: string, options: { sentAt: IsoDate }): Promise<Uint8Array> {
  const { settings } = master;
  const plan = buildUnitCopyPlan({
    rows: master.rows,
    unit,
    catalog: master.catalog,
    settings: {
      reportDate: settings.reportDate,
      windowDays: settings.windowDays,
      scoring: settings.scoring,
      trackerId: settings.trackerId ?? trackerIdOf(master.rows),
    },
    planYear: settings.planYear,
    sentAt: options.sentAt,
    masterName,
  });
  const workbook = new ExcelJS.Workbook();
  renderPlan(workbook, plan);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
