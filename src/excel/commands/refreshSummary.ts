// Rebuilds Tổng hợp from the plan (one row per lead unit now in the table) and keeps one chart of
// completion by unit on it: created the first time, pointed at the new rows afterwards.
import { CHART_TEXT, PROGRESS_TEXT } from "../../core/strings/excel";
import { STATE_LABELS } from "../../core/strings/vi";
import { HELPER_HEADERS, SUMMARY_TEXT } from "../../core/strings/workbook";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import { helperFormula } from "../../workbook/helperColumns";
import { compactRowReferences, HELPER_KEYS, taskRefs } from "../../workbook/taskRefs";
import type { SheetPlan } from "../../workbook/plan";
import { PARTNER_TABLE_HEADERS, SUMMARY_SHEET } from "../../workbook/summarySheet";
import { ASSIGNMENT_TABLE } from "../../workbook/report/assignmentSheet";
import type { Progress, RefreshResult } from "../actions";
import { cellAddress, parseRange, rectAddress, type Rect } from "../a1";
import { capabilities } from "../capabilities";
import { runExcel } from "../run";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { SMALL_OP_BYTES, WriteBatch } from "../writeBatch";
import { queueSheetPlan } from "../writeSheet";
import { OWNED_TEXT } from "../../core/strings/pane";
import { renamePlanSheet } from "../../workbook/ownership";
import { queueMark, queueOwnership, readOwnership } from "../ownedSheets";
import { chooseOrRefuse } from "../replaceSheet";
import { judgeTracker } from "./readTracking";
import { setFormulaOver } from "../columnFormulas";
import { jsonBytes } from "../payload";

export const UNIT_CHART = "BieuDoDonVi";

/**
 * The per-unit block from its header row down: unit names, then the columns up to "Hoàn thành quá hạn"
 * (total, done on time, done late), found by header so a new column order cannot mislabel the chart.
 * Null when no unit leads a task.
 */
export function unitChartRange(plan: SheetPlan): Rect | null {
  const block = plan.blocks.find((b) => b.rows[0]?.[0] === SUMMARY_TEXT.byUnit);
  if (!block) return null;
  const top = parseRange(block.topLeft)!;
  const lastSeries = block.rows[1].indexOf(STATE_LABELS.doneLate);
  // The header and the unit rows: not the closing "other" and totals rows, which would dwarf the units.
  const units = block.rows.slice(2).findIndex((r) => r[0] === SUMMARY_TEXT.otherGroups);
  const rowCount = 1 + (units < 0 ? block.rows.length - 2 : units);
  if (rowCount < 2) return null;
  return { row: top.row + 1, column: top.column, rowCount, columnCount: lastSeries > 0 ? lastSeries + 1 : 2 };
}

/** The chart's size in cells: nine columns by twenty rows, from row 5 (beside the first block). */
const CHART_COLUMNS = 9;
const CHART_ROWS = 20;
const CHART_TOP_ROW = 4;

/**
 * Where the chart goes: two columns right of the last column the sheet writes, so it covers none of
 * the figures (nor the score's working columns) however many columns the blocks have.
 */
export function unitChartPosition(plan: SheetPlan): { start: string; end: string } {
  const lastColumn = Math.max(...plan.blocks.map((b) => parseRange(b.topLeft)!.column + (b.rows[0]?.length ?? 1) - 1));
  const first = lastColumn + 2;
  return {
    start: cellAddress(CHART_TOP_ROW, first),
    end: cellAddress(CHART_TOP_ROW + CHART_ROWS - 1, first + CHART_COLUMNS - 1),
  };
}

interface SummaryLook {
  sheet: Excel.Worksheet;
  tables: Excel.TableCollection;
  charts: Excel.ChartCollection;
}

/**
 * Request 2: which sheets are ours, and the tables and charts of each sheet the summary may go to;
 * and the headers of Phân công's table when request 1 found it (its partner roles count then).
 */
function summarySheets(context: Excel.RequestContext, names: Set<string>, sheetNames: string[], tableNames: string[]) {
  const ownership = queueOwnership(context, names, sheetNames, [SUMMARY_SHEET]);
  const looks = new Map<string, SummaryLook>();
  for (const [lower, name] of ownership.sheets) {
    if (!ownership.titles.has(lower)) continue;
    const sheet = context.workbook.worksheets.getItem(name);
    looks.set(lower, { sheet, tables: sheet.tables.load("items/name"), charts: sheet.charts.load("items/name") });
  }
  const hasAssignments = tableNames.some((n) => n.toLowerCase() === ASSIGNMENT_TABLE.toLowerCase());
  const assignmentHeaders = hasAssignments ? context.workbook.tables.getItem(ASSIGNMENT_TABLE).getHeaderRowRange().load("values") : null;
  return { ownership, looks, assignmentHeaders };
}

/**
 * Whether Tổng hợp may name Phân công's columns: Excel refuses a formula naming a table, or a column of
 * it, that the workbook lacks (older trackers, the sheet deleted, a header renamed by hand).
 */
function partnerTableUsable(headers: Excel.Range | null): boolean {
  if (!headers) return false;
  const present = new Set((headers.values[0] ?? []).map((h) => String(h).trim()));
  return PARTNER_TABLE_HEADERS.every((h) => present.has(h));
}

export function refreshSummary(progress?: Progress): Promise<RefreshResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => ({
      sheets: context.workbook.worksheets.load("items/name"),
      tables: context.workbook.tables.load("items/name"),
    }));
    const table = requireTable(opened.table);
    const sheetNames = opened.extra.sheets.items.map((s) => s.name);
    const tableNames = opened.extra.tables.items.map((t) => t.name);
    // Tổng hợp is rebuilt only when it is ours; the tables and charts of every sheet it may be, to keep its chart.
    const read = await readTracker(context, table, opened.names, () => summarySheets(context, opened.names, sheetNames, tableNames));

    progress?.(0.5, PROGRESS_TEXT.summarising);
    const { tracking } = judgeTracker(read);
    const rows = read.rows.filter((row) => !isBlankRow(row));
    const { reportDate, windowDays, scoring } = read.settings;
    // A table made before the helper columns existed gets them (appended, hidden by nobody: the user's
    // layout stays as it is), since the summary counts them. The summary's formulas name the table's
    // columns by the headers they have now (renamed or moved).
    const missingHelpers = HELPER_KEYS.filter((key) => !read.headers.some((h) => typeof h === "string" && h.trim() === HELPER_HEADERS[key]));
    const tableHeaders = [...read.headers, ...missingHelpers.map((key) => HELPER_HEADERS[key])];
    const partnerTable = partnerTableUsable(read.extra.assignmentHeaders);
    const plan = buildTrackerPlan({ rows, catalog: read.catalog, settings: { reportDate, windowDays, scoring }, tableHeaders, partnerTable });
    const ownership = readOwnership(read.extra.ownership);
    const built = plan.sheets.find((s) => s.name === SUMMARY_SHEET)!;
    const choice = chooseOrRefuse(built, ownership);
    const summaryPlan = choice.renamed ? renamePlanSheet({ sheets: [built], names: [] }, SUMMARY_SHEET, choice.name).sheets[0] : built;
    const existing = choice.exists ? read.extra.looks.get(choice.name.toLowerCase())! : null;
    const chartRange = unitChartRange(summaryPlan);
    const chartPosition = unitChartPosition(summaryPlan);

    progress?.(0.7, PROGRESS_TEXT.writing);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    if (missingHelpers.length > 0) {
      const refs = taskRefs(tableHeaders);
      for (const key of missingHelpers) {
        const formula = compactRowReferences(helperFormula(key, refs));
        await batch.add(SMALL_OP_BYTES + jsonBytes(formula), () => {
          const column = table.columns.add(undefined, undefined, HELPER_HEADERS[key]);
          if (read.rows.length > 0) setFormulaOver(column.getDataBodyRange(), formula);
          column.getRange().columnHidden = true;
        });
      }
    }
    let sheet!: Excel.Worksheet;
    await batch.add(SMALL_OP_BYTES, () => {
      if (existing) {
        for (const t of existing.tables.items) t.delete();
        existing.sheet.getRange().clear("All");
        sheet = existing.sheet;
      } else {
        sheet = context.workbook.worksheets.add(choice.name);
      }
    });
    if (!existing) await queueMark(context, choice.name, ownership, batch);
    await queueSheetPlan(sheet, summaryPlan, caps, batch);
    if (chartRange) {
      const hasChart = existing?.charts.items.some((c) => c.name === UNIT_CHART) ?? false;
      await batch.add(SMALL_OP_BYTES, () => {
        const source = sheet.getRange(rectAddress(chartRange));
        if (hasChart) {
          sheet.charts.getItem(UNIT_CHART).setData(source, "Columns");
        } else {
          const chart = sheet.charts.add("ColumnClustered", source, "Columns");
          chart.name = UNIT_CHART;
          chart.title.text = CHART_TEXT.unitsTitle;
          chart.setPosition(chartPosition.start, chartPosition.end);
        }
      });
    }
    await batch.flush();
    progress?.(1, PROGRESS_TEXT.done);
    const notes = choice.renamed ? { notes: [OWNED_TEXT.renamed(SUMMARY_SHEET, choice.name)] } : {};
    return { summary: tracking.summary, chart: chartRange !== null, ...notes };
  });
}
