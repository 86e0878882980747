// The "Danh mục" sheet: units, Board, statuses and the settings every formula reads, as named cells.
import { UNIT_KIND_LABELS } from "../core/strings/units";
import { CATALOG_TEXT, SHEET_NAMES } from "../core/strings/workbook";
import { STATUSES, type Catalog, type IsoDate, type ScoringConfig } from "../core/types";
import { absoluteRef, rangeA1 } from "./a1";
import { block } from "./blocks";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "./colours";
import { BAND_NAMES, NAMES } from "./names";
import type { NamePlan, PlanCell, SheetPlan, StylePlan } from "./plan";
import { DATE_FORMAT } from "./taskSheet";

export const CATALOG_SHEET = SHEET_NAMES.catalog;

export interface TrackerSettings {
  /** null: the report date is =TODAY(). */
  reportDate: IsoDate | null;
  windowDays: number;
  scoring: ScoringConfig;
  /** MaSoTheoDoi; blank in trackers built before the round trip (a rebuild gives them one). */
  trackerId?: string;
}

/** Column (0-based) and first data row of each block; row 1 titles, row 2 headers, data from row 3. */
export const CATALOG_LAYOUT = {
  firstDataRow: 3,
  units: { column: 0 }, // A:E code, name, kind, aliases, e-mail
  settings: { column: 5 }, // F:G label, value
  leaders: { column: 8 }, // I:L code, name, title, aliases
  statuses: { column: 13 }, // N
} as const;

const SETTINGS_ROW = CATALOG_LAYOUT.firstDataRow;
/** Bands sit below the seven settings and a blank row: a title row, a header row, then one row per band. */
const BANDS_TITLE_ROW = SETTINGS_ROW + 8;

/** The partner weight sits beside the bands it feeds: a blank row under the last band. */
export function partnerWeightRow(bandCount: number): number {
  return BANDS_TITLE_ROW + 2 + bandCount + 1;
}

export interface CatalogSheet {
  sheet: SheetPlan;
  names: NamePlan[];
  /** References of the band labels and minimums (a defined name where there is one), highest band first. */
  bands: { label: string; min: string }[];
}

/** `planYear`: the year the directive plans for, when known; its cell is left blank otherwise. */
export function buildCatalogSheet(catalog: Catalog, settings: TrackerSettings, planYear?: number): CatalogSheet {
  const first = CATALOG_LAYOUT.firstDataRow;
  const ref = (column: number, row: number, toColumn?: number, toRow?: number) =>
    absoluteRef(CATALOG_SHEET, column, row, toColumn, toRow);
  const lastOf = (count: number) => first + Math.max(count, 1) - 1;

  const unitRows: PlanCell[][] = catalog.units.map((u) => [u.code, u.name, UNIT_KIND_LABELS[u.kind], u.aliases.join("; "), u.email ?? null]);
  const leaderRows: PlanCell[][] = catalog.leaders.map((l) => [l.code, l.name, l.title, l.aliases.join("; ")]);
  const u = CATALOG_LAYOUT.units.column;
  const s = CATALOG_LAYOUT.settings.column;
  const l = CATALOG_LAYOUT.leaders.column;
  const t = CATALOG_LAYOUT.statuses.column;
  const bands = settings.scoring.bands;

  const settingRows: [string, PlanCell, string][] = [
    [CATALOG_TEXT.reportDate, settings.reportDate ? { date: settings.reportDate } : { formula: "=TODAY()" }, NAMES.reportDate],
    [CATALOG_TEXT.windowDays, settings.windowDays, NAMES.windowDays],
    [CATALOG_TEXT.onTime, settings.scoring.onTime, NAMES.onTime],
    [CATALOG_TEXT.late, settings.scoring.late, NAMES.late],
    [CATALOG_TEXT.overdue, settings.scoring.overdue, NAMES.overdue],
    [CATALOG_TEXT.planYear, planYear ?? null, NAMES.planYear],
    [CATALOG_TEXT.trackerId, settings.trackerId ?? null, NAMES.trackerId],
  ];

  const names: NamePlan[] = [
    ...settingRows.map(([, , name], i) => ({ name, refersTo: ref(s + 1, SETTINGS_ROW + i) })),
    ...bands.slice(0, BAND_NAMES.length).map((_, i) => ({ name: BAND_NAMES[i], refersTo: ref(s + 1, BANDS_TITLE_ROW + 2 + i) })),
    { name: NAMES.partnerWeight, refersTo: ref(s + 1, partnerWeightRow(bands.length)) },
    { name: NAMES.unitList, refersTo: ref(u + 1, first, u + 1, lastOf(unitRows.length)) },
    { name: NAMES.leaderList, refersTo: ref(l + 1, first, l + 1, lastOf(leaderRows.length)) },
    { name: NAMES.statusList, refersTo: ref(t, first, t, lastOf(STATUSES.length)) },
    { name: NAMES.unitCatalog, refersTo: ref(u, first, u + 4, lastOf(unitRows.length)) },
    { name: NAMES.leaderCatalog, refersTo: ref(l, first, l + 3, lastOf(leaderRows.length)) },
  ];

  const header = (column: number, row: number, width: number): StylePlan => ({
    range: rangeA1(column, row, column + width - 1, row),
    bold: true,
    fill: HEADER_FILL,
    fontColor: HEADER_FONT,
    wrap: true,
  });
  const title = (column: number, row: number): StylePlan => ({
    range: rangeA1(column, row),
    bold: true,
    fontSize: 13,
    fontColor: TITLE_FONT,
  });

  const sheet: SheetPlan = {
    name: CATALOG_SHEET,
    blocks: [
      block(u, 1, [[CATALOG_TEXT.unitsTitle], CATALOG_TEXT.unitHeaders.slice(), ...unitRows]),
      block(s, 1, [[CATALOG_TEXT.settingsTitle], CATALOG_TEXT.settingHeaders.slice(), ...settingRows.map(([label, value]) => [label, value])]),
      block(s, BANDS_TITLE_ROW, [
        [CATALOG_TEXT.bandsTitle],
        CATALOG_TEXT.bandHeaders.slice(),
        ...bands.map((b): PlanCell[] => [b.label, b.min]),
      ]),
      block(s, partnerWeightRow(bands.length), [[CATALOG_TEXT.partnerWeight, settings.scoring.partnerWeight ?? 0]]),
      block(l, 1, [[CATALOG_TEXT.leadersTitle], CATALOG_TEXT.leaderHeaders.slice(), ...leaderRows]),
      block(t, 1, [[CATALOG_TEXT.statusTitle], [CATALOG_TEXT.statusHeader], ...STATUSES.map((x) => [x])]),
    ],
    columns: [
      { index: u, width: 10 },
      { index: u + 1, width: 40, wrap: true },
      { index: u + 2, width: 18 },
      { index: u + 3, width: 40, wrap: true },
      { index: u + 4, width: 26 },
      { index: s, width: 46, wrap: true },
      { index: s + 1, width: 14 },
      { index: l - 1, width: 3 },
      { index: l, width: 10 },
      { index: l + 1, width: 28 },
      { index: l + 2, width: 20 },
      { index: l + 3, width: 30, wrap: true },
      { index: t - 1, width: 3 },
      { index: t, width: 20 },
    ],
    styles: [
      title(u, 1),
      title(s, 1),
      title(s, BANDS_TITLE_ROW),
      title(l, 1),
      title(t, 1),
      header(u, 2, 5),
      header(s, 2, 2),
      header(s, BANDS_TITLE_ROW + 1, 2),
      header(l, 2, 4),
      header(t, 2, 1),
      { range: rangeA1(s + 1, SETTINGS_ROW, s + 1, SETTINGS_ROW), numberFormat: DATE_FORMAT, bold: true, horizontal: "center" },
      { range: rangeA1(s + 1, SETTINGS_ROW + 1, s + 1, partnerWeightRow(bands.length)), horizontal: "center" },
      { range: rangeA1(s, partnerWeightRow(bands.length)), bold: true },
    ],
    freeze: { rows: 2, columns: 0 },
    validations: [],
    conditionalFormats: [],
    tabColor: "#7F7F7F",
  };

  return {
    sheet,
    names,
    bands: bands.map((_, i) => ({ label: ref(s, BANDS_TITLE_ROW + 2 + i), min: BAND_NAMES[i] ?? ref(s + 1, BANDS_TITLE_ROW + 2 + i) })),
  };
}
