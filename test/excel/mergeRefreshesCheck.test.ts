// Applying returns in the pane leaves one story in the workbook: Kiểm tra is rewritten with the findings
// after the merge (as a fresh check would), and Đối chiếu lists only the findings the returns brought,
// with one line counting those that were there before. A user's own Kiểm tra is never touched.
import { RECONCILE_TEXT } from "../../src/core/strings/merge";
import type { MergeResult } from "../../src/core/roundtrip/types";
import type { CellValue, TaskField } from "../../src/core/types";
import { excelActions } from "../../src/excel";
import type { RoundTripTracker } from "../../src/excel/actions";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const TASKS = "Nhiệm vụ";
const CHECK = "Kiểm tra";
const REPORT = RECONCILE_TEXT.sheet;
const FILE = "van-phong.xlsx";
const UNIT = "Văn phòng Sở";

const host = useFakeExcel();

/** The unit's changes as merging makes them: an edit into the master and the applied change it reports. */
function mergeOf(tracker: RoundTripTracker, changes: { id: string; field: TaskField; value: CellValue }[]): MergeResult {
  const result: MergeResult = { applied: [], conflicts: [], refused: [], proposals: [], edits: [] };
  for (const { id, field, value } of changes) {
    const row = tracker.rows.findIndex((r) => r.id === id);
    result.edits.push({ row, field, value });
    result.applied.push({ id, field, from: "", to: String(value), file: FILE, unit: UNIT });
  }
  return result;
}

/** Each listed finding of the Kiểm tra sheet as "Mã NV rule". */
function checkSheetFindings(name = CHECK): string[] {
  return host()
    .sheet(name)
    .values("C3:D1100")
    .filter((row) => row[0] !== "" || row[1] !== "")
    .map((row) => `${row[0]} ${row[1]}`);
}

function reportLines(): { id: CellValue; kind: CellValue; note: CellValue }[] {
  return host()
    .sheet(REPORT)
    .values("A3:I200")
    .filter((row) => row[5] !== "")
    .map((row) => ({ id: row[3], kind: row[5], note: row[8] }));
}

async function deleteSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

/**
 * Ten tasks, every one but NV02 with the master's own "due-mismatch" warning; NV03 marked in progress at
 * 100 % (a warning the unit fixes by reporting it done) and NV05 led by a unit the catalog lacks.
 */
async function master(): Promise<RoundTripTracker> {
  await excelActions.createOrExtendTracker(importedTasks(10), 2026);
  const sheet = host().sheet(TASKS);
  sheet.type("M4", [["Đang thực hiện", 100]]);
  sheet.type("G6", [["Phòng Không Có Trong Danh Mục"]]);
  await excelActions.runCheck();
  return excelActions.readTrackerForRoundTrip({ ensureTrackerId: true });
}

/** NV03 reported done (fixes its warning); NV05 reported done without a completion date (an error the unit causes). */
function unitReturn(tracker: RoundTripTracker): MergeResult {
  return mergeOf(tracker, [
    { id: "NV03", field: "status", value: "Hoàn thành" },
    { id: "NV03", field: "doneDate", value: "2026-06-10" },
    { id: "NV03", field: "evidence", value: "Quyết định số 12/QĐ-SYT" },
    { id: "NV05", field: "status", value: "Hoàn thành" },
    { id: "NV05", field: "progress", value: 100 },
  ]);
}

describe("applying returns refreshes Kiểm tra", () => {
  it("lists the findings after the merge: the one the unit fixed is gone, the one it caused is there, the master's own stay", async () => {
    const tracker = await master();
    const before = checkSheetFindings();
    expect(before).toContain("NV03 progress-100-not-done");
    expect(before.filter((f) => f.startsWith("NV05 lead-"))).toHaveLength(1);
    expect(before).not.toContain("NV05 done-date-required");

    const outcome = await excelActions.applyMerge({ result: unitReturn(tracker), basis: tracker });
    const after = checkSheetFindings();
    expect(outcome.checkSheet).toBe(CHECK);
    expect(after).not.toContain("NV03 progress-100-not-done");
    expect(after).toContain("NV05 done-date-required");
    expect(after.filter((f) => f.startsWith("NV05 lead-"))).toEqual(before.filter((f) => f.startsWith("NV05 lead-")));
    expect(after).toContain("NV01 due-mismatch");

    // Exactly what a check run now writes: the merge forked nothing.
    const sheetAfterMerge = host().sheet(CHECK).values("A1:G60");
    await excelActions.runCheck();
    expect(host().sheet(CHECK).values("A1:G60")).toEqual(sheetAfterMerge);
  });

  it("Đối chiếu lists only the findings the returns brought, and one line counting those already there", async () => {
    const tracker = await master();
    const outcome = await excelActions.applyMerge({ result: unitReturn(tracker), basis: tracker });
    const findings = reportLines().filter((l) => l.kind === RECONCILE_TEXT.kinds.finding);
    const listed = findings.filter((l) => l.id !== "");
    expect(listed.map((l) => l.id)).toEqual(listed.map(() => "NV05"));
    expect(listed.some((l) => String(l.note).includes("tại ô O6 của sổ"))).toBe(true);
    // Not the master's own: NV05's lead, NV03's and NV05's due-mismatch.
    expect(listed.some((l) => String(l.note).includes("Phòng Không Có"))).toBe(false);
    expect(listed).toHaveLength(outcome.newFindings);
    const counted = findings.filter((l) => l.id === "");
    expect(counted.map((l) => l.note)).toEqual([RECONCILE_TEXT.earlierFindings(3, CHECK)]);
    expect(outcome.earlierFindings).toBe(3);
  });

  it("merging the same file again adds no line to Đối chiếu, not even the count", async () => {
    const tracker = await master();
    const result = unitReturn(tracker);
    await excelActions.applyMerge({ result, basis: tracker });
    const first = reportLines();
    const fresh = await excelActions.readTrackerForRoundTrip();
    const again = await excelActions.applyMerge({ result, basis: fresh });
    expect(again.newFindings).toBe(0);
    expect(reportLines()).toEqual(first);
  });

  it("never touches a user's own sheet named Kiểm tra: the findings go to Kiểm tra (2), and the count line points there", async () => {
    const tracker = await master();
    await deleteSheet(CHECK);
    host().addSheet(CHECK).type("A1", [["Ghi chép của tôi", 42]]);
    const outcome = await excelActions.applyMerge({ result: unitReturn(tracker), basis: tracker });
    expect(host().sheet(CHECK).values("A1:B1")).toEqual([["Ghi chép của tôi", 42]]);
    expect(outcome.checkSheet).toBe(`${CHECK} (2)`);
    expect(checkSheetFindings(`${CHECK} (2)`)).toContain("NV05 done-date-required");
    expect(reportLines().filter((l) => l.id === "" && l.kind === RECONCILE_TEXT.kinds.finding).map((l) => l.note)).toEqual([
      RECONCILE_TEXT.earlierFindings(3, `${CHECK} (2)`),
    ]);
  });

  it("writes Kiểm tra when the tracker has none, since the count line points to it", async () => {
    const tracker = await master();
    await deleteSheet(CHECK);
    const outcome = await excelActions.applyMerge({ result: unitReturn(tracker), basis: tracker });
    expect(outcome.checkSheet).toBe(CHECK);
    expect(checkSheetFindings()).toContain("NV05 done-date-required");
  });
});
