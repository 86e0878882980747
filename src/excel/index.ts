// The Office.js adapter: TrackerActions over the open workbook.
import type { TrackerActions } from "./actions";
import { capabilities } from "./capabilities";
import { applyFixes } from "./commands/applyFixes";
import { applyMerge } from "./commands/applyMerge";
import { openWorkbook, openWorkbookSupport } from "./commands/openWorkbook";
import { readTrackerForRoundTrip } from "./commands/readTrackerForRoundTrip";
import { createOrExtendTracker } from "./commands/createOrExtendTracker";
import { readActiveSheet } from "./commands/readActiveSheet";
import { readCatalog } from "./commands/readCatalog";
import { readTracking } from "./commands/readTracking";
import { refreshSummary } from "./commands/refreshSummary";
import { runCheck } from "./commands/runCheck";
import { refreshRatings } from "./commands/pivots";
import { freezeFigures } from "./commands/snapshot";
import { selectCell } from "./commands/selectCell";
import { readSettings, writeSettings } from "./commands/settings";
import { copyWorkbook, workbookCopySupport } from "./commands/workbookCopy";
import { expandGroupTasks } from "./commands/expandGroupTasks";

export const excelActions: TrackerActions = {
  capabilities,
  readActiveSheet,
  readCatalog,
  createOrExtendTracker,
  runCheck,
  applyFixes,
  selectCell,
  readSettings,
  writeSettings,
  readTracking,
  refreshSummary,
  refreshRatings,
  freezeFigures,
  readTrackerForRoundTrip,
  applyMerge,
  openWorkbookSupport,
  openWorkbook,
  workbookCopySupport,
  copyWorkbook,
  expandGroupTasks,
};

export { MIN_EXCEL_API } from "./capabilities";
export { AddinError } from "./actions";
export type { TrackerActions, Capabilities, TrackerSettings, CreateResult, Tracking, TrackedRow, RefreshResult, Progress } from "./actions";
export type { RoundTripTracker, MergeToApply, AppliedMerge, OpenWorkbookSupport, ExpandedGroups } from "./actions";
