import type { MergeResult } from "../../../src/core/roundtrip/types";
import { RECONCILE_TEXT } from "../../../src/core/strings/merge";
import type { CellValue, LocatedFinding, RawRow } from "../../../src/core/types";
import { mergeFindings } from "../../../src/workbook/roundtrip/mergeFindings";
import { buildLedgerSheet, readLedgerCells } from "../../../src/workbook/roundtrip/ledgerSheet";
import {
  appendReconcileRows,
  buildReconcileSheet,
  readReconcileCells,
  mergeReport,
  reconcileRowsOf,
} from "../../../src/workbook/roundtrip/reconcileSheet";

const RESULT: MergeResult = {
  applied: [{ id: "NV01", field: "doneDate", from: "", to: "2026-07-10", file: "vp.xlsx", unit: "Văn phòng Sở" }],
  conflicts: [{ id: "NV02", field: "progress", master: "30", returned: "60", sent: "20", file: "vp.xlsx", unit: "Văn phòng Sở" }],
  refused: [{ id: "NV02", field: "title", reason: "outsideUnitColumns", value: "Khác", file: "vp.xlsx", unit: "Văn phòng Sở" }],
  proposals: [{ id: "NV01", proposedDue: "2026-09-30", reason: "Chờ hướng dẫn", file: "vp.xlsx", unit: "Văn phòng Sở" }],
  edits: [],
};

/** The sheet's cells as a reader gets them back: the plan's blocks laid out from A1, dates as JS dates. */
function cellsOf(plan: ReturnType<typeof buildReconcileSheet>): CellValue[][] {
  const grid: CellValue[][] = [];
  for (const block of plan.blocks) {
    const row0 = Number(block.topLeft.replace(/^[A-Z]+/, ""));
    block.rows.forEach((line, r) => {
      grid[row0 - 1 + r] = line.map((cell) =>
        cell !== null && typeof cell === "object" && "date" in cell ? new Date(`${cell.date}T00:00:00Z`) : (cell as CellValue),
      );
    });
  }
  return Array.from(grid, (line) => line ?? []);
}

describe("the Đối chiếu sheet", () => {
  it("has one row per applied change, conflict, refusal and proposal, in Vietnamese, dates as people read them", () => {
    const rows = reconcileRowsOf(RESULT, [], "2026-07-15");
    expect(rows.map((r) => [r.kind, r.id, r.column, r.master, r.returned])).toEqual([
      ["Đã cập nhật", "NV01", "Ngày hoàn thành", "", "10/07/2026"],
      ["Xung đột", "NV02", "Tiến độ (%)", "30", "60"],
      ["Không nhận", "NV02", "Nội dung nhiệm vụ", "", "Khác"],
      ["Đề xuất gia hạn", "NV01", "Hạn điều chỉnh", "", "30/09/2026"],
    ]);
  });

  it("reads its entries back from its cells and adds only new ones when merged again", () => {
    const first = reconcileRowsOf(RESULT, [], "2026-07-15");
    const plan = buildReconcileSheet(first);
    expect(plan.table?.headers[0]).toBe("Ngày nhận");
    const back = readReconcileCells(cellsOf(plan));
    expect(back).toEqual(first);
    const again = appendReconcileRows(back, reconcileRowsOf(RESULT, [], "2026-08-01"));
    expect(again.added).toBe(0);
    expect(again.rows).toEqual(first);
  });

  it("is an empty table with a note before anything is received, and reads back as no entries", () => {
    const plan = buildReconcileSheet([]);
    expect(readReconcileCells(cellsOf(plan))).toEqual([]);
  });
});

describe("the findings a merge brought", () => {
  const ROWS: RawRow[] = [{ id: "NV01" }, { id: "NV02" }, { id: "NV03" }];
  const at = (row: number, rule: string, field: LocatedFinding["field"], message = rule): LocatedFinding => ({
    row, id: String(ROWS[row].id), field, rule, severity: "warning", message, fix: null, sheet: "Nhiệm vụ", cell: `A${row + 2}`,
  });
  const before = [at(0, "lead-unknown", "lead"), at(0, "progress-100-not-done", "progress"), at(2, "due-mismatch", "due")];
  const after = [
    at(0, "lead-unknown", "lead", "the same rule on the same task, in other words"),
    at(0, "done-date-required", "doneDate"),
    at(2, "due-mismatch", "due"),
    at(1, "evidence-expected", "evidence"),
    at(2, "title-duplicate", "title"),
  ];
  const diff = mergeFindings({ rows: ROWS, findings: before }, { rows: ROWS, findings: after }, RESULT);

  it("are those present after and absent before (same rule, field and task), under the file that changed the task", () => {
    expect(diff.fresh.map((f) => [f.file, f.unit, f.findings.map((x) => `${x.id} ${x.rule}`)])).toEqual([
      // NV01 applied, NV02 a conflict: both the unit's tasks.
      ["vp.xlsx", "Văn phòng Sở", ["NV01 done-date-required", "NV02 evidence-expected"]],
      // No return touched NV03: new all the same, under no file.
      ["", "", ["NV03 title-duplicate"]],
    ]);
    // NV01's lead was there before; NV03's due-mismatch too, but NV03 was not merged: not counted.
    expect(diff.earlier).toBe(1);
  });

  it("are listed on Đối chiếu with one line counting those already there, and nothing more when merged again", () => {
    const first = mergeReport([], RESULT, diff, "2026-07-15", "Kiểm tra (2)");
    const kinds = first.rows.map((r) => [r.kind, r.id]);
    expect(kinds.filter(([kind]) => kind === RECONCILE_TEXT.kinds.finding)).toEqual([
      [RECONCILE_TEXT.kinds.finding, "NV01"],
      [RECONCILE_TEXT.kinds.finding, "NV02"],
      [RECONCILE_TEXT.kinds.finding, "NV03"],
      [RECONCILE_TEXT.kinds.finding, ""],
    ]);
    expect(first.rows.at(-1)).toMatchObject({ file: "vp.xlsx", note: RECONCILE_TEXT.earlierFindings(1, "Kiểm tra (2)") });
    expect(first.added).toBe(first.rows.length);
    const again = mergeReport(first.rows, RESULT, diff, "2026-08-01", "Kiểm tra (2)");
    expect(again).toEqual({ rows: first.rows, added: 0 });
  });
});

describe("the ledger sheet", () => {
  it("is very hidden and keeps what was merged", () => {
    const ledger = {
      returns: [{ sendId: "G1", unit: "Văn phòng Sở", savedAt: "2026-06-01T08:00:00.000Z", hash: "abc", file: "vp.xlsx" }],
      said: [{ sendId: "G1", id: "nv01", field: "progress" as const, value: "50" }],
    };
    const plan = buildLedgerSheet(ledger);
    expect(plan.visibility).toBe("veryHidden");
    const cells = plan.blocks[0].rows as CellValue[][];
    expect(readLedgerCells(cells)).toEqual(ledger);
    expect(readLedgerCells([["something else"]])).toEqual({ returns: [], said: [] });
  });
});
