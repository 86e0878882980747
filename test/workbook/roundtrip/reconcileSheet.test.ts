import type { MergeResult } from "../../../src/core/roundtrip/types";
import type { CellValue } from "../../../src/core/types";
import { buildLedgerSheet, readLedgerCells } from "../../../src/workbook/roundtrip/ledgerSheet";
import {
  appendReconcileRows,
  buildReconcileSheet,
  readReconcileCells,
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
