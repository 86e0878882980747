// What the task pane and the ribbon can ask of the open workbook. The Office.js adapter
// implements it; the UI receives it as a prop so that tests can hand in the same adapter over a fake host.
import type { Renamed } from "../workbook/schema/append";
import type { Catalog, CellValue, ImportedTask, IsoDate, LocatedFinding, RawRow, State, Summary, TaskField } from "../core/types";
import type { Ledger } from "../core/roundtrip/ledger";
import type { MergeResult } from "../core/roundtrip/types";
import type { ExpandedTask, UnexpandableTask } from "../workbook/roundtrip/expandGroups";
import type { SettingsRead } from "../workbook/schema/settings";
import type { RatingsResult } from "./commands/pivots";
import type { FrozenFigures } from "./commands/snapshot";

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
  /** Vietnamese notes, e.g. a sheet of ours written under "(2)" because a user's sheet holds the name. */
  notes?: string[];
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
  /** Vietnamese notes, e.g. the summary written under "Tổng hợp (2)" because a user's sheet holds the name. */
  notes?: string[];
}

export type Progress = (fraction: number, label: string) => void;

/** The open tracker as the round trip (split, merge, reminders) needs it; plain data, no Excel objects. */
export interface RoundTripTracker {
  /** The workbook's file name as Office knows it ("" when it does not say, e.g. never saved). */
  fileName: string;
  sheet: string;
  /** 0-based sheet row of the table's header. */
  headerRow: number;
  /** 0-based sheet column of the table's first column. */
  firstColumn: number;
  headers: CellValue[];
  /** 0-based column of each field within the table. */
  columns: Partial<Record<TaskField, number>>;
  /** The rows a user filled in (blank table rows left out): what merging indexes. */
  rows: RawRow[];
  /** The table data row (0-based) of each of `rows`. */
  tableRows: number[];
  /** Values of the table's columns that are no task field, per row of `rows`, for the unit copies. */
  extraColumns: { header: string; column: number }[];
  extras: CellValue[][];
  settings: SettingsRead;
  catalog: Catalog;
  /** What earlier merges took in (the hidden "Đã nhận" sheet), the base of the next merge. */
  ledger: Ledger;
  /** True when this read gave the tracker its MaSoTheoDoi (ensureTrackerId on a tracker without one). */
  trackerIdAdded: boolean;
}

/** A merge to write: the result (the conflicts the user took from the unit already among the edits) and what it was computed from. */
export interface MergeToApply {
  result: MergeResult;
  /** The tracker the preview was computed against: rows that moved since are refused, never written into. */
  basis: Pick<RoundTripTracker, "rows" | "tableRows">;
  /** The ledger after this merge (mergeReturns' outcome), kept in the master's hidden "Đã nhận" sheet. */
  ledger?: Ledger;
}

export interface AppliedMerge {
  /** Cells written into the task table. */
  written: number;
  /** Edits whose column the table no longer has. */
  skipped: number;
  /** The report sheet written ("Đối chiếu", or "Đối chiếu (2)" when a sheet of the user's holds that name). */
  sheet: string;
  /** True when the report went to another name because the user has a sheet of their own named "Đối chiếu". */
  renamed: boolean;
  /** Where the findings after the merge were written ("Kiểm tra", or "Kiểm tra (2)"…); null when users' sheets hold every name. */
  checkSheet: string | null;
  /** Findings the merge brought to the master (listed on Đối chiếu). */
  newFindings: number;
  /** Findings on the merged tasks that were there before the merge (counted on Đối chiếu, listed on Kiểm tra). */
  earlierFindings: number;
}

/** Whether the host can open a new workbook from bytes (Excel.createWorkbook, ExcelApi 1.8); `reason` when not. */
export interface OpenWorkbookSupport {
  supported: boolean;
  reason: string | null;
}

/** What "Tách nhiệm vụ nhóm" did: member rows added now, and every group task with its member rows. */
export interface ExpandedGroups {
  /** Rows added to the task table by this run (0 when an earlier run added them all). */
  added: number;
  /** Group tasks expanded, each with all its member rows and the ones this run added. */
  expanded: (ExpandedTask & { addedMembers: { id: string; unit: string }[] })[];
  /** Group tasks left as they are: no definite members in the catalog, or no Mã NV. */
  unexpandable: UnexpandableTask[];
  /** Member rows whose Mã NV another task held: added under a new one. */
  renamed: Renamed[];
}

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
  runCheck(progress?: Progress, note?: (text: string) => void): Promise<LocatedFinding[]>;
  /** Writes the suggested fix of each finding into its cell; returns how many were applied. */
  applyFixes(findings: LocatedFinding[]): Promise<number>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readSettings(): Promise<TrackerSettings>;
  writeSettings(settings: TrackerSettings): Promise<void>;
  readTracking(): Promise<Tracking>;
  /** Rebuilds the Tổng hợp sheet (one row per lead unit) and its chart. */
  refreshSummary(progress?: Progress): Promise<RefreshResult>;
  /**
   * The tracker for splitting, merging and reminding. `ensureTrackerId`: a tracker without a
   * MaSoTheoDoi gets one written first, so that the unit copies split from it can find their way back.
   */
  readTrackerForRoundTrip(options?: { ensureTrackerId?: boolean }): Promise<RoundTripTracker>;
  /** Writes the merge's edits into the task table and the Đối chiếu sheet; refuses when the rows moved since the preview. */
  applyMerge(merge: MergeToApply, progress?: Progress): Promise<AppliedMerge>;
  /** Rebuilds Phân công and the rating PivotTables on Xếp loại (ExcelApi 1.8; without it, the table and the reason). */
  refreshRatings?(progress?: Progress): Promise<RatingsResult>;
  /** Chốt số liệu: freezes the per-unit figures at the report date on Lịch sử, with the trend chart. */
  freezeFigures?(progress?: Progress): Promise<FrozenFigures>;
  openWorkbookSupport(): OpenWorkbookSupport;
  /** Opens an .xlsx (bytes) as a new workbook window in Excel. */
  openWorkbook(bytes: Uint8Array): Promise<void>;
  /** Whether Office can hand the open workbook's bytes to the pane (Common API File + CompressedFile); `reason` when not. */
  workbookCopySupport?(): OpenWorkbookSupport;
  /** The open workbook as it is now, as .xlsx bytes, and its file name ("" when unknown): the backup the pane offers before it writes. */
  copyWorkbook?(progress?: Progress): Promise<{ bytes: Uint8Array; fileName: string }>;
  /** Adds one row per member unit under each task led by a group (7.1, 7.2, …); adds nothing the second time. */
  expandGroupTasks?(progress?: Progress): Promise<ExpandedGroups>;
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
