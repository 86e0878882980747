// The whole tracker workbook as a plan: guide, catalog and settings, tasks, matrix, summary, findings.
import type { Catalog, LocatedFinding, RawRow } from "../core/types";
import { buildCatalogSheet, type TrackerSettings } from "./catalogSheet";
import { buildFindingsSheet } from "./findingsSheet";
import { findGroups } from "./groups";
import { buildGuideSheet } from "./guideSheet";
import { taskRangeLastRow } from "./layout";
import { buildMatrixSheet, matrixUnits } from "./matrixSheet";
import type { WorkbookPlan } from "./plan";
import { buildSummarySheet, deadlineYears } from "./summarySheet";
import { buildTaskSheet } from "./taskSheet";

export type { TrackerSettings } from "./catalogSheet";

export interface TrackerInput {
  rows: RawRow[];
  catalog: Catalog;
  settings: TrackerSettings;
  findings?: LocatedFinding[];
  /** Units to list on Tổng hợp even when they lead no task yet (e.g. every unit expected to report). */
  leadUnits?: string[];
  /** The year the directive plans for, kept in the named cell NamKeHoach on Danh mục (blank when unknown). */
  planYear?: number;
}

/** Sheets in the order a user meets them. */
export function buildTrackerPlan(input: TrackerInput): WorkbookPlan {
  const { rows, catalog, settings } = input;
  const lastRow = taskRangeLastRow(rows.length);
  const catalogSheet = buildCatalogSheet(catalog, settings, input.planYear);
  const units = findGroups(
    rows.map((r) => r.lead),
    true,
    input.leadUnits ?? [],
  );
  const leaders = findGroups(
    rows.map((r) => r.leader),
    true,
    catalog.leaders.map((l) => l.name),
  );
  const sections = findGroups(
    rows.map((r) => r.section),
    false,
  );
  const summary = buildSummarySheet({
    units: units.names,
    hasBlankLead: units.hasBlank,
    leaders: leaders.names,
    hasBlankLeader: leaders.hasBlank,
    sections: sections.names,
    hasBlankSection: sections.hasBlank,
    lastRow,
    years: deadlineYears(rows),
    bands: catalogSheet.bands,
  });
  return {
    sheets: [
      buildGuideSheet(),
      buildTaskSheet(rows),
      summary,
      buildMatrixSheet(matrixUnits(catalog, rows), rows.length, lastRow),
      catalogSheet.sheet,
      buildFindingsSheet(input.findings ?? []),
    ],
    names: catalogSheet.names,
  };
}
