// Checks every row of the task table and rewrites the Kiểm tra sheet with the findings.
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { checkTasks } from "../../core/tasks/checkTasks";
import type { LocatedFinding, RawRow } from "../../core/types";
import { buildFindingsSheet } from "../../workbook/findingsSheet";
import type { Progress } from "../actions";
import { capabilities } from "../capabilities";
import { locateFinding } from "../locate";
import { replaceSheet, surveySheets } from "../replaceSheet";
import { runExcel } from "../run";
import { localToday } from "../settingsCells";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable } from "../trackerRead";
import { WriteBatch } from "../writeBatch";

export function runCheck(progress?: Progress): Promise<LocatedFinding[]> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => surveySheets(context));
    const read = await readTracker(context, requireTable(opened.table), opened.names);

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

    progress?.(0.7, PROGRESS_TEXT.writing);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    await replaceSheet(context, opened.extra, buildFindingsSheet(findings), caps, batch);
    await batch.flush();
    progress?.(1, PROGRESS_TEXT.done);
    return findings;
  });
}
