// Checks every row of the task table and rewrites the Kiểm tra sheet with the findings.
import { OWNED_TEXT } from "../../core/strings/pane";
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { checkTasks } from "../../core/tasks/checkTasks";
import type { LocatedFinding, RawRow } from "../../core/types";
import { buildFindingsSheet, FINDINGS_SHEET } from "../../workbook/findingsSheet";
import type { Progress } from "../actions";
import { capabilities } from "../capabilities";
import { locateFinding } from "../locate";
import { queueOwnership, readOwnership } from "../ownedSheets";
import { chooseOrRefuse, replaceSheet, surveySheets } from "../replaceSheet";
import { computedFindings, readComputedCells } from "../readComputedCells";
import { runExcel } from "../run";
import { localToday } from "../settingsCells";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { WriteBatch } from "../writeBatch";

/** `note` hears, in Vietnamese, when a user's own "Kiểm tra" made the findings go to another sheet. */
export function runCheck(progress?: Progress, note?: (text: string) => void): Promise<LocatedFinding[]> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => surveySheets(context));
    const sheetNames = opened.extra.sheets.items.map((s) => s.name);
    const read = await readTracker(context, requireTable(opened.table), opened.names, () => queueOwnership(context, opened.names, sheetNames, [FINDINGS_SHEET]));

    progress?.(0.4, PROGRESS_TEXT.checking);
    const rows: RawRow[] = [];
    const tableRows: number[] = [];
    read.rows.forEach((row, i) => {
      if (isBlankRow(row)) return;
      rows.push(row);
      tableRows.push(i);
    });
    const findings = checkTasks(rows, { catalog: read.catalog, today: localToday(), planYear: read.settings.planYear }).map((f) =>
      locateFinding(f, read.sheet, read.rect, read.columns, tableRows),
    );

    // Check guards the figures too: Đánh giá typed over or disagreeing, task rows below the table.
    for (const finding of computedFindings(read, rows, tableRows, await readComputedCells(context, read))) findings.push(finding);

    progress?.(0.7, PROGRESS_TEXT.writing);
    const plan = buildFindingsSheet(findings);
    const ownership = readOwnership(read.extra);
    const choice = chooseOrRefuse(plan, ownership);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    await replaceSheet(context, opened.extra, ownership, choice, plan, caps, batch);
    await batch.flush();
    if (choice.renamed) note?.(OWNED_TEXT.renamed(plan.name, choice.name));
    progress?.(1, PROGRESS_TEXT.done);
    return findings;
  });
}
