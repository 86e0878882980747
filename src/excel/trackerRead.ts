// Reading the tracker: request 1 finds the table and the names; request 2 reads the whole table in one
// load with the settings and catalog. Only a table too big for one response (5 MB) is read in slices.
import { TRACKER_ERRORS } from "../core/strings/excel";
import type { Catalog, CellValue, RawRow } from "../core/types";
import { readCatalogCells } from "../workbook/catalogCells";
import { TASK_TABLE } from "../workbook/layout";
import { NAMES } from "../workbook/names";
import { AddinError } from "./actions";
import { parseRange, type Rect } from "./a1";
import { isOfficeError } from "./errors";
import { readInSlices } from "./readInSlices";
import { fieldColumns, type FieldColumns } from "../workbook/schema/headers";
import { rawRow } from "../workbook/schema/rows";
import { localToday, queueSettingCells, readSettingsCells, settingCells, type SettingsRead } from "./settingsCells";

export interface OpenedTracker<T> {
  table: Excel.Table | null;
  /** Defined names of the workbook, lower case. */
  names: Set<string>;
  extra: T;
}

/** Request 1. `also` queues whatever else the command needs to know up front (it runs before the sync). */
export async function openTracker<T = undefined>(context: Excel.RequestContext, also?: () => T): Promise<OpenedTracker<T>> {
  const table = context.workbook.tables.getItemOrNullObject(TASK_TABLE);
  const names = context.workbook.names.load("items/name");
  const extra = also ? also() : (undefined as T);
  await context.sync();
  return {
    table: table.isNullObject ? null : table,
    names: new Set(names.items.map((n) => n.name.toLowerCase())),
    extra,
  };
}

export function requireTable(table: Excel.Table | null): Excel.Table {
  if (!table) throw new AddinError(TRACKER_ERRORS.noTracker, "NoTracker");
  return table;
}

/** Queues a load of each existing named range (values and formulas, unless `properties` says less). */
export function queueNamedRanges(
  context: Excel.RequestContext,
  existing: Set<string>,
  wanted: readonly string[],
  properties = "values,formulas",
): Map<string, Excel.Range> {
  const ranges = new Map<string, Excel.Range>();
  for (const name of wanted) {
    if (!existing.has(name.toLowerCase())) continue;
    ranges.set(name, context.workbook.names.getItem(name).getRange().load(properties));
  }
  return ranges;
}

export interface TrackerRead<T> {
  sheet: string;
  /** The table with its header row, without its total row (if any). */
  rect: Rect;
  headers: CellValue[];
  columns: FieldColumns;
  /** One per data row of the table, blank rows included, so that an index is a table row. */
  rows: RawRow[];
  settings: SettingsRead;
  catalog: Catalog;
  extra: T;
}

/** The table's rectangle without its total row: header and data rows, what every command reads and writes by. */
function withoutTotals(rect: Rect, showTotals: boolean): Rect {
  return showTotals ? { ...rect, rowCount: rect.rowCount - 1 } : rect;
}

const CATALOG_NAMES = [NAMES.unitCatalog, NAMES.leaderCatalog] as const;

/** Request 2 (and more only past the response cap). `also` queues the command's other loads; it may run twice. */
export async function readTracker<T = undefined>(
  context: Excel.RequestContext,
  table: Excel.Table,
  names: Set<string>,
  also?: () => T,
): Promise<TrackerRead<T>> {
  const queue = (withValues: boolean) => ({
    range: table.getRange().load(withValues ? "address,values" : "address"),
    // A total row ("Total", SUBTOTAL) is no task: it is dropped from what the commands see.
    totals: table.load("showTotals"),
    sheet: table.worksheet.load("name"),
    settings: queueSettingCells(context, names),
    catalog: queueNamedRanges(context, names, CATALOG_NAMES, "values"),
    extra: also ? also() : (undefined as T),
  });
  let loads = queue(true);
  let values: CellValue[][];
  try {
    await context.sync();
    values = loads.range.values;
  } catch (error) {
    if (!isOfficeError(error, "ResponsePayloadSizeLimitExceeded")) throw error;
    loads = queue(false);
    await context.sync();
    values = await readInSlices(context, table.worksheet, withoutTotals(parseRange(loads.range.address)!, loads.totals.showTotals));
  }
  const whole = parseRange(loads.range.address);
  if (!whole) throw new Error(`unexpected table address ${loads.range.address}`);
  const rect = withoutTotals(whole, loads.totals.showTotals);
  if (values.length > rect.rowCount) values = values.slice(0, rect.rowCount);
  const headers = values[0] ?? [];
  const columns = fieldColumns(headers);
  return {
    sheet: loads.sheet.name,
    rect,
    headers,
    columns,
    rows: values.slice(1).map((row) => rawRow(row, columns)),
    settings: readSettingsCells(settingCells(loads.settings), localToday()),
    catalog: readCatalogCells(loads.catalog.get(NAMES.unitCatalog)?.values, loads.catalog.get(NAMES.leaderCatalog)?.values),
    extra: loads.extra,
  };
}
