// Chốt số liệu: the per-unit figures as of the workbook's report date, frozen as values on "Lịch sử"
// (one block per date; the same date again replaces its block), with the trend chart of the scores.
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { HISTORY_TEXT } from "../../core/strings/report";
import { combineGroups } from "../../core/summary";
import type { CellValue } from "../../core/types";
import { rangeA1 } from "../../workbook/a1";
import { sheetNameChoices } from "../../workbook/ownership";
import { buildHistorySheet, HISTORY_SHEET, historyBlockOf, readHistoryBlocks, withBlock } from "../../workbook/report/historySheet";
import { withPrintSetup } from "../../workbook/report/printSetup";
import type { Progress } from "../actions";
import { capabilities } from "../capabilities";
import { queueOwnership, readOwnership } from "../ownedSheets";
import { chooseOrRefuse, replaceSheet, surveySheets } from "../replaceSheet";
import { runExcel } from "../run";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { SMALL_OP_BYTES, WriteBatch } from "../writeBatch";
import { judgeTracker } from "./readTracking";

export interface FrozenFigures {
  asOf: string;
  replaced: boolean;
  units: number;
  provisional: boolean;
  /** False when no unit has a score yet (nothing to draw). */
  chart: boolean;
  sheet: string;
}

export function freezeFigures(progress?: Progress): Promise<FrozenFigures> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => surveySheets(context));
    const sheetNames = opened.extra.sheets.items.map((s) => s.name);
    const byLower = new Map(sheetNames.map((n) => [n.toLowerCase(), n]));
    // What each sheet our history may live on holds now; ownership says which one is ours.
    const candidates = sheetNameChoices(HISTORY_SHEET).flatMap((name) => {
      const existing = byLower.get(name.toLowerCase());
      return existing ? [{ name: existing, used: context.workbook.worksheets.getItem(existing).getUsedRangeOrNullObject(true) }] : [];
    });
    for (const c of candidates) c.used.load("values");
    const read = await readTracker(context, requireTable(opened.table), opened.names, () =>
      queueOwnership(context, opened.names, sheetNames, [HISTORY_SHEET]),
    );

    progress?.(0.5, PROGRESS_TEXT.summarising);
    const { summary } = judgeTracker(read).tracking;
    const block = historyBlockOf(summary, combineGroups(summary.units, read.settings.scoring));
    const ownership = readOwnership(read.extra);
    const probe = buildHistorySheet([]).sheet;
    const choice = chooseOrRefuse(probe, ownership);
    const current = candidates.find((c) => c.name.toLowerCase() === choice.name.toLowerCase());
    const cells: CellValue[][] = current && choice.exists && !current.used.isNullObject ? current.used.values : [];
    const { blocks, replaced } = withBlock(readHistoryBlocks(cells), block);
    const { sheet: plan, trend } = buildHistorySheet(blocks);
    const [printed] = withPrintSetup({ sheets: [plan], names: [] }).sheets;

    progress?.(0.7, PROGRESS_TEXT.writing);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    const name = await replaceSheet(context, opened.extra, ownership, choice, printed, caps, batch);
    const chart = trend !== null && blocks.some((b) => b.units.some((u) => u.score !== null));
    if (trend && chart) {
      await batch.add(SMALL_OP_BYTES, () => {
        const sheet = context.workbook.worksheets.getItem(name);
        const source = sheet.getRange(rangeA1(trend.column, trend.row, trend.column + trend.columnCount - 1, trend.row + trend.rowCount - 1));
        const drawn = sheet.charts.add("LineMarkers", source, "Columns");
        drawn.name = HISTORY_TEXT.trendChart;
        drawn.title.text = HISTORY_TEXT.trendTitle;
        const top = trend.row + trend.rowCount + 1;
        drawn.setPosition(rangeA1(trend.column, top), rangeA1(trend.column + 7, top + 17));
      });
    }
    await batch.flush();
    progress?.(1, PROGRESS_TEXT.done);
    return { asOf: block.asOf, replaced, units: block.units.length, provisional: summary.provisional ?? false, chart, sheet: name };
  });
}
