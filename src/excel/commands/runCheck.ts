// Checks every row of the task table and rewrites the Kiểm tra sheet with the findings. applyMerge
// refreshes Kiểm tra through the same two functions, so the sheet says the same whoever wrote it last.
import { OWNED_TEXT } from "../../core/strings/pane";
import { PROGRESS_TEXT } from "../../core/strings/excel";
import { checkTasks } from "../../core/tasks/checkTasks";
import type { LocatedFinding, RawRow } from "../../core/types";
import { buildFindingsSheet, FINDINGS_SHEET } from "../../workbook/findingsSheet";
import { AddinError, type Capabilities, type Progress } from "../actions";
import { capabilities } from "../capabilities";
import { locateFinding } from "../locate";
import { chooseSheet, queueOwnership, readOwnership, type Ownership, type SheetChoice } from "../ownedSheets";
import { replaceSheet, surveySheets, type SheetSurvey } from "../replaceSheet";
import { computedFindings, readComputedCells } from "../readComputedCells";
import { runExcel } from "../run";
import { localToday } from "../settingsCells";
import { isBlankRow } from "../../workbook/schema/rows";
import { openTracker, readTracker, requireTable, type TrackerRead } from "../trackerRead";
import { planTitle } from "../../workbook/ownership";
import { WriteBatch } from "../writeBatch";

/** What `Kiểm tra` needs beyond the table (readComputedCells), read in one request. */
export type ComputedCells = Awaited<ReturnType<typeof readComputedCells>>;

/**
 * check's findings of the task table, each at its cell: `rows` are the table's rows (one per table row,
 * blank ones skipped), as read or, for a merge, as its edits will leave them.
 */
export function checkFindings<T>(read: TrackerRead<T>, rows: readonly RawRow[], cells: ComputedCells): LocatedFinding[] {
  const checked: RawRow[] = [];
  const tableRows: number[] = [];
  rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    checked.push(row);
    tableRows.push(i);
  });
  const findings = checkTasks(checked, { catalog: read.catalog, today: localToday(), planYear: read.settings.planYear }).map((f) =>
    locateFinding(f, read.sheet, read.rect, read.columns, tableRows),
  );
  // Check guards the figures too: Đánh giá typed over or disagreeing, task rows below the table.
  for (const finding of computedFindings(read, checked, tableRows, cells)) findings.push(finding);
  return findings;
}

/**
 * Where Kiểm tra goes (a user's own sheet of that name is never touched); null when users' sheets hold
 * every name it may take. `ownership` must have been read with FINDINGS_SHEET among the wanted sheets.
 */
export function chooseFindingsSheet(ownership: Ownership): SheetChoice | null {
  return chooseSheet(FINDINGS_SHEET, ownership, planTitle(buildFindingsSheet([])));
}

/** Queues the Kiểm tra sheet of `findings` into `batch`, under `choice` (chooseFindingsSheet). */
export async function queueFindingsSheet(
  context: Excel.RequestContext,
  survey: SheetSurvey,
  ownership: Ownership,
  choice: SheetChoice,
  findings: LocatedFinding[],
  caps: Capabilities,
  batch: WriteBatch,
): Promise<void> {
  await replaceSheet(context, survey, ownership, choice, buildFindingsSheet(findings), caps, batch);
}

/** `note` hears, in Vietnamese, when a user's own "Kiểm tra" made the findings go to another sheet. */
export function runCheck(progress?: Progress, note?: (text: string) => void): Promise<LocatedFinding[]> {
  const caps = capabilities();
  return runExcel(async (context) => {
    progress?.(0, PROGRESS_TEXT.reading);
    const opened = await openTracker(context, () => surveySheets(context));
    const sheetNames = opened.extra.sheets.items.map((s) => s.name);
    const read = await readTracker(context, requireTable(opened.table), opened.names, () => queueOwnership(context, opened.names, sheetNames, [FINDINGS_SHEET]));

    progress?.(0.4, PROGRESS_TEXT.checking);
    const findings = checkFindings(read, read.rows, await readComputedCells(context, read));

    progress?.(0.7, PROGRESS_TEXT.writing);
    const ownership = readOwnership(read.extra);
    const batch = new WriteBatch(context, caps.suspendScreenUpdating);
    const choice = chooseFindingsSheet(ownership);
    if (!choice) throw new AddinError(OWNED_TEXT.noFreeName(FINDINGS_SHEET), "NoFreeSheetName");
    await queueFindingsSheet(context, opened.extra, ownership, choice, findings, caps, batch);
    await batch.flush();
    if (choice.renamed) note?.(OWNED_TEXT.renamed(FINDINGS_SHEET, choice.name));
    progress?.(1, PROGRESS_TEXT.done);
    return findings;
  });
}
