// The workbook a unit receives: the tracker itself for the tasks it leads (formulas, colours,
// dropdowns, report date, guide), where only the unit's columns and the two proposal columns are open,
// plus the tasks it partners on, the page it signs, and the hidden record of what was sent.
import { UNIT_FIELDS } from "../../core/roundtrip/types";
import type { Catalog, IsoDate, RawRow } from "../../core/types";
import { columnLetter } from "../a1";
import { buildTrackerPlan, type TrackerSettings } from "../buildTrackerPlan";
import { CATALOG_SHEET } from "../catalogSheet";
import { TASK_SHEET, taskColumnLetter } from "../layout";
import { NAMES } from "../names";
import type { SheetPlan, WorkbookPlan } from "../plan";
import { buildCommitmentSheet } from "./commitmentSheet";
import { buildPartnerSheet } from "./partnerSheet";
import { PROPOSAL_COLUMNS, withProposalColumns } from "./proposalColumns";
import { buildSentSheet } from "./sentSheet";
import { sentRecord } from "./sentRecord";
import { unitLeadRows } from "./unitRows";

export interface UnitCopyInput {
  /** The master's task rows, all of them (the partner sheet reads the others). */
  rows: readonly RawRow[];
  /** The lead unit as the master writes it. */
  unit: string;
  catalog: Catalog;
  /** The master's settings; its MaSoTheoDoi goes with the copy. */
  settings: TrackerSettings & { trackerId: string };
  planYear?: number;
  sentAt: IsoDate;
  /** The master's file name, for people reading the record. */
  masterName: string;
}

/** The cells the unit may edit on its task sheet: its five columns and the proposal pair, data rows only. */
export function unitEditableRanges(rowCount: number): string[] {
  const lastRow = Math.max(rowCount, 1) + 1;
  const letters = [...UNIT_FIELDS.map(taskColumnLetter), columnLetter(PROPOSAL_COLUMNS.proposedDue), columnLetter(PROPOSAL_COLUMNS.reason)];
  return letters.map((letter) => `${letter}2:${letter}${lastRow}`);
}

/** "'Danh mục'!$G$3" → "G3". */
function cellOf(refersTo: string): string {
  return refersTo.slice(refersTo.lastIndexOf("!") + 1).replace(/\$/g, "");
}

export function buildUnitCopyPlan(input: UnitCopyInput): WorkbookPlan {
  const rows = unitLeadRows(input.rows, input.unit);
  // A copy is kept for months: it judges as of the day it is opened (=TODAY()), not the master's report date.
  const settings = { ...input.settings, reportDate: null };
  const base = buildTrackerPlan({ rows, catalog: input.catalog, settings, planYear: input.planYear, leadUnits: [input.unit] });
  const reportDate = base.names.find((n) => n.name === NAMES.reportDate);
  const protect = (sheet: SheetPlan): SheetPlan => {
    if (sheet.name === TASK_SHEET) return { ...withProposalColumns(sheet), protection: { unlocked: unitEditableRanges(rows.length) } };
    // The report date stays settable: a unit reports as of 30/6 the way the planner does.
    if (sheet.name === CATALOG_SHEET && reportDate) return { ...sheet, protection: { unlocked: [cellOf(reportDate.refersTo)] } };
    return { ...sheet, protection: { unlocked: [] } };
  };
  const sheets = base.sheets.map(protect);
  const taskAt = sheets.findIndex((s) => s.name === TASK_SHEET);
  const record = sentRecord({
    trackerId: input.settings.trackerId,
    unit: input.unit,
    sentAt: input.sentAt,
    master: input.masterName,
    rows,
  });
  sheets.splice(
    taskAt + 1,
    0,
    buildPartnerSheet(input.rows, input.unit, input.catalog),
    buildCommitmentSheet(rows, input.unit, input.planYear),
  );
  sheets.push(buildSentSheet(record));
  return { sheets, names: base.names };
}
