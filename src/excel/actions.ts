// What the task pane and the ribbon can ask of the open workbook. The Office.js adapter
// implements it; the UI receives it as a prop so that tests can hand in the same adapter over a fake host.
import type { Renamed } from "../workbook/schema/append";
import type { Catalog, CellValue, ImportedTask, IsoDate, LocatedFinding, State, Summary } from "../core/types";

export interface Capabilities {
  /** ExcelApi 1.6 */
  conditionalFormats: boolean;
  /** ExcelApi 1.7 */
  freezePanes: boolean;
  /** ExcelApi 1.8 */
  dataValidation: boolean;
  /** ExcelApi 1.9 */
  suspendScreenUpdating: boolean;
}

export interface TrackerSettings {
  /** null means the report date follows =TODAY(). */
  reportDate: IsoDate | null;
  windowDays: number;
}

export interface CreateResult {
  /** True when the tracker sheets were created; false when tasks were added to an existing tracker. */
  created: boolean;
  added: number;
  /** Tasks the tracker already held (same Mã NV, title and lead): left as the users filled them in. */
  skipped: number;
  /** Tasks whose Mã NV another task of the tracker holds: added under a new Mã NV. */
  renamed: Renamed[];
}

export interface TrackedRow {
  id: string;
  title: string;
  lead: string;
  due: IsoDate | null;
  state: State;
  daysLate: number;
  sheet: string;
  /** A1 address of the row's id cell, to select it. */
  cell: string;
}

export interface Tracking {
  settings: TrackerSettings;
  summary: Summary;
  rows: TrackedRow[];
}

export interface RefreshResult {
  summary: Summary;
  /** False when the host cannot draw charts; the summary sheet is still rebuilt. */
  chart: boolean;
}

export type Progress = (fraction: number, label: string) => void;

export interface TrackerActions {
  capabilities(): Capabilities;
  /** The used range of the active sheet: a pasted table, or a pasted document one paragraph per row. */
  readActiveSheet(): Promise<{ sheet: string; cells: CellValue[][] }>;
  /**
   * The unit catalog and the Board as edited on the tracker's Danh mục sheet; DEFAULT_CATALOG itself
   * (the same object, so callers can tell) when the workbook has no tracker or no catalog on it.
   */
  readCatalog(): Promise<Catalog>;
  createOrExtendTracker(tasks: ImportedTask[], planYear: number | undefined, progress?: Progress): Promise<CreateResult>;
  /** Checks every row, writes the Kiểm tra sheet, returns the findings. */
  runCheck(progress?: Progress): Promise<LocatedFinding[]>;
  /** Writes the suggested fix of each finding into its cell; returns how many were applied. */
  applyFixes(findings: LocatedFinding[]): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readSettings(): Promise<TrackerSettings>;
  writeSettings(settings: TrackerSettings): Promise<void>;
  readTracking(): Promise<Tracking>;
  /** Rebuilds the Tổng hợp sheet (one row per lead unit) and its chart. */
  refreshSummary(progress?: Progress): Promise<RefreshResult>;
}

/** A failure explained for the user: `message` is Vietnamese and says what to do next. */
export class AddinError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "AddinError";
  }
}
