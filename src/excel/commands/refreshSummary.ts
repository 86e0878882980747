// Rebuilds Tổng hợp from the plan (one row per lead unit now in the table) and keeps one chart of
// completion by unit on it: created the first time, pointed at the new rows afterwards.
import { CHART_TEXT, PROGRESS_TEXT } from "../../core/strings/excel";
import { STATE_LABELS } from "../../core/strings/vi";
import { SUMMARY_TEXT } from "../../core/strings/workbook";
import { buildTrackerPlan } from "../../workbook/buildTrackerPlan";
import type { SheetPlan } from "../../workbook/plan";
import { SUMMARY_SHEET } from "../../workbook/summarySheet";
import type { Progress, RefreshResult } from "../actions";
import { cellAddress, parseRange, rectAddress, type Rect } from "../a1";
import { capabilities } from "../capabilities";
import { runExcel } from "../run";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { SMALL_OP_BYTES, WriteBatch } from "../writeBatch";
import { queueSheetPlan } from "../writeSheet";
import { judgeTracker } from "./readTracking";

export const UNIT_CHART = "BieuDoDonVi";

/**
 * The per-unit block from its header row down: unit names, then the columns up to "Hoàn thành quá hạn"
 * (total, done on time, done late), found by header so a new column order cannot mislabel the chart.
 * Null when no unit leads a task.
 */
export function unitChartRange(plan: SheetPlan): Rect | null {
  const block = plan.blocks.find((b) => b.rows[0]?.[0] === SUMMARY_TEXT.byUnit);
  if (!block || block.rows.length < 3) return null;
  const top = parseRange(block.topLeft)!;
  const lastSeries = block.rows[1].indexOf(STATE_LABELS.doneLate);
  return { row: top.row + 1, column: top.column, rowCount: block.rows.length - 1, columnCount: lastSeries > 0 ? lastSeries + 1 : 2 };
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

export function refreshSummary(progress?: Progress): Promise<RefreshResult> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => context.workbook.worksheets.getItemOrNullObject(SUMMARY_SHEET));
    const table = requireTable(opened.table);
    const existing = opened.extra.isNullObject ? null : opened.extra;
    const read = await readTracker(context, table, opened.names, () =>
      existing ? { tables: existing.tables.load("items/name"), charts: existing.charts.load("items/name") } : null,
    );

    progress?.(0.5, PROGRESS_TEXT.summarising);
    const { tracking } = judgeTracker(read);
    const rows = read.rows.filter((row) => !isBlankRow(row));
    const { reportDate, windowDays, scoring } = read.settings;
    const plan = buildTrackerPlan({ rows, catalog: read.catalog, settings: { reportDate, windowDays, scoring } });
    const summaryPlan = plan.sheets.find((s) => s.name === SUMMARY_SHEET)!;
    const chartRange = unitChartRange(summaryPlan);
    const chartPosition = unitChartPosition(summaryPlan);

    progress?.(0.7, PROGRESS_TEXT.writing);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    let sheet!: Excel.Worksheet;
    await batch.add(SMALL_OP_BYTES, () => {
      if (existing) {
        for (const t of read.extra!.tables.items) t.delete();
        existing.getRange().clear("All");
        sheet = existing;
      } else {
        sheet = context.workbook.worksheets.add(SUMMARY_SHEET);
      }
    });
    await queueSheetPlan(sheet, summaryPlan, caps, batch);
    if (chartRange) {
      const hasChart = read.extra?.charts.items.some((c) => c.name === UNIT_CHART) ?? false;
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
    return { summary: tracking.summary, chart: chartRange !== null };
  });
}
