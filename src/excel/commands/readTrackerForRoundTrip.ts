// The tracker as the round trip needs it (rows, where they sit, settings with MaSoTheoDoi, catalog),
// and, before splitting, a MaSoTheoDoi for a tracker that has none: every unit copy carries the id
// back, and a copy without one could not be told from a copy of another tracker.
import { DEFAULT_WINDOW_DAYS } from "../../core/judge";
import { DEFAULT_SCORING } from "../../core/rating";
import { UI } from "../../core/strings/ui";
import { CATALOG_TEXT } from "../../core/strings/workbook";
import type { CellValue } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { CATALOG_SHEET, buildCatalogSheet } from "../../workbook/catalogSheet";
import { NAMES } from "../../workbook/names";
import { isBlankRow } from "../../workbook/schema/rows";
import { trackerIdOf } from "../../workbook/schema/trackerId";
import { AddinError, type RoundTripTracker } from "../actions";
import { parseRange, rectAddress } from "../a1";
import { runExcel } from "../run";
import { ledgerOf, queueLedgerCells, queueLedgerSheet } from "./roundTripSheets";
import type { Ledger } from "../../core/roundtrip/ledger";
import { openTracker, readTracker, requireTable, type TrackerRead } from "../trackerRead";

/** The plain-data view of a read; shared with applyMerge, which re-reads to check nothing moved. */
export function roundTripView(read: TrackerRead<unknown>, fileName: string, ledger: Ledger): RoundTripTracker {
  const rows: RoundTripTracker["rows"] = [];
  const tableRows: number[] = [];
  read.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    rows.push(row);
    tableRows.push(i);
  });
  return {
    fileName,
    sheet: read.sheet,
    headerRow: read.rect.row,
    firstColumn: read.rect.column,
    headers: read.headers,
    columns: read.columns,
    rows,
    tableRows,
    // The shared reader keeps only the task fields; columns a user added stay in the master alone.
    extraColumns: [],
    extras: [],
    settings: read.settings,
    catalog: read.catalog,
    ledger,
    trackerIdAdded: false,
  };
}

/** The file name Office reports for the document (Common API, no requirement set); "" when unsaved or unknown. */
export function documentFileName(): string {
  const url = typeof Office !== "undefined" ? (Office.context as { document?: { url?: string } } | undefined)?.document?.url : undefined;
  if (!url) return "";
  const last = decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
  return /\.xls[xm]$/i.test(last) ? last : "";
}

/**
 * Where a tracker built before MaSoTheoDoi existed gets it: the cell today's trackers name (the row
 * under the plan year on Danh mục), taken only while that row is empty.
 */
function trackerIdSlot(): { label: string; value: string } {
  const plan = buildCatalogSheet(DEFAULT_CATALOG, { reportDate: null, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING });
  const value = plan.names.find((n) => n.name === NAMES.trackerId)!.refersTo;
  const rect = parseRange(value)!;
  return { value: rectAddress(rect), label: rectAddress({ ...rect, column: rect.column - 1, columnCount: 2 }) };
}

const isBlank = (cell: CellValue) => cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");

export function readTrackerForRoundTrip(options: { ensureTrackerId?: boolean } = {}): Promise<RoundTripTracker> {
  return runExcel(async (context) => {
    const opened = await openTracker(context, () => ({
      catalog: context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET),
      ledger: queueLedgerSheet(context),
    }));
    const table = requireTable(opened.table);
    const hasIdName = opened.names.has(NAMES.trackerId.toLowerCase());
    const slot = trackerIdSlot();
    const catalogSheet = opened.extra.catalog;
    const wantsSlot = options.ensureTrackerId === true && !hasIdName && !catalogSheet.isNullObject;
    const read = await readTracker(context, table, opened.names, () => ({
      slot: wantsSlot ? catalogSheet.getRange(slot.label).load("values") : null,
      ledger: queueLedgerCells(opened.extra.ledger),
    }));
    const tracker = roundTripView(read, documentFileName(), ledgerOf(read.extra.ledger));
    if (options.ensureTrackerId !== true || tracker.settings.trackerId) return tracker;

    const id = trackerIdOf(tracker.rows);
    if (hasIdName) {
      context.workbook.names.getItem(NAMES.trackerId).getRange().values = [[id]];
    } else {
      const cells = read.extra.slot?.values[0];
      if (!cells || !cells.every(isBlank)) throw new AddinError(UI.roundTrip.receive.noIdCell, "NoTrackerIdCell");
      const sheet = catalogSheet;
      sheet.getRange(slot.label).values = [[CATALOG_TEXT.trackerId, id]];
      context.workbook.names.add(NAMES.trackerId, sheet.getRange(slot.value));
    }
    await context.sync();
    tracker.settings = { ...tracker.settings, trackerId: id };
    tracker.trackerIdAdded = true;
    return tracker;
  });
}
