// The whole tracker workbook as a plan: guide, catalog and settings, tasks, matrix, summary, findings.
import type { Catalog, CellValue, LocatedFinding, RawRow } from "../core/types";
import { buildCatalogSheet, type TrackerSettings } from "./catalogSheet";
import { buildFindingsSheet } from "./findingsSheet";
import { findGroups } from "./groups";
import { buildGuideSheet } from "./guideSheet";
import { buildMatrixSheet, matrixUnits } from "./matrixSheet";
import { markOwnedSheets } from "./ownership";
import type { WorkbookPlan } from "./plan";
import { buildSummarySheet } from "./summarySheet";
import { buildTaskSheet } from "./taskSheet";
import { taskRefs } from "./taskRefs";
import { assignmentsOf, buildAssignmentSheet } from "./report/assignmentSheet";
import { withPrintSetup } from "./report/printSetup";

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
  /**
   * The task table's headers as they are now, when the plan's other sheets are rebuilt beside an existing
   * table: their formulas name its columns by these headers (renamed or not). A fresh tracker's by default.
   */
  tableHeaders?: readonly CellValue[];
  /**
   * Whether Tổng hợp may count partner roles from Phân công's table: true when the plan's own Phân công
   * is written with it (the default); a caller writing Tổng hợp alone says whether the workbook holds it.
   */
  partnerTable?: boolean;
}

/** Sheets in the order a user meets them. */
export function buildTrackerPlan(input: TrackerInput): WorkbookPlan {
  const { rows, catalog, settings } = input;
  const refs = taskRefs(input.tableHeaders);
  const catalogSheet = buildCatalogSheet(catalog, settings, input.planYear);
  // Units that only partner get a row when partner roles weigh (as summarise lists them then); with the
  // weight at 0 they would be rows of zeros, and most plans name many more partners than leads.
  const partnerTable = input.partnerTable ?? true;
  const partnerOnly = partnerOnlyUnits(rows);
  const listPartners = partnerTable && (settings.scoring.partnerWeight ?? 0) > 0;
  const units = findGroups(
    rows.map((r) => r.lead),
    true,
    [...(input.leadUnits ?? []), ...(listPartners ? partnerOnly : [])],
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
    bands: catalogSheet.bands,
    refs,
    partnerTable,
    partnerOnlyUnlisted: partnerTable && !listPartners && partnerOnly.length > 0,
  });
  // Print setup is one step over the finished plan, so the sheet builders stay about content.
  // Each sheet carries the add-in's mark (a defined name), so later commands know which sheets are theirs.
  return markOwnedSheets(withPrintSetup({
    sheets: [
      buildGuideSheet(),
      buildTaskSheet(rows),
      summary,
      buildMatrixSheet(matrixUnits(catalog, rows), rows.length, refs),
      buildAssignmentSheet(rows, refs),
      catalogSheet.sheet,
      buildFindingsSheet(input.findings ?? []),
    ],
    names: catalogSheet.names,
  }));
}

/** Units Phân công names as partners of some task and as the lead of none, compared as COUNTIFS compares them. */
function partnerOnlyUnits(rows: readonly RawRow[]): string[] {
  const assignments = assignmentsOf(rows);
  const leads = new Set(assignments.filter((a) => a.role === "lead").map((a) => a.unit.toLowerCase()));
  return assignments
    .filter((a) => a.role === "partner" && !leads.has(a.unit.toLowerCase()))
    .map((a) => a.unit);
}
