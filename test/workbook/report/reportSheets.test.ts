// The report sheets as plans: Phân công (task × unit × role), Lịch sử (blocks per date) and the print
// setup every sheet of the tracker gets.
import { DEFAULT_SCORING } from "../../../src/core/rating";
import { summarise, combineGroups } from "../../../src/core/summary";
import { RATING_LABELS } from "../../../src/core/strings/vi";
import { NO_LEAD } from "../../../src/core/strings/summary";
import { buildTrackerPlan } from "../../../src/workbook/buildTrackerPlan";
import { ASSIGNMENT_SHEET, ASSIGNMENT_TABLE, assignmentsOf } from "../../../src/workbook/report/assignmentSheet";
import { buildHistorySheet, historyBlockOf, readHistoryBlocks, withBlock } from "../../../src/workbook/report/historySheet";
import type { PlanCell } from "../../../src/workbook/plan";
import { CATALOG, fixtureRows, fixtureTasks, SETTINGS } from "../fixture";
import { sheetOf } from "../planCells";

describe("Phân công", () => {
  it("has one row per task × unit × role: the lead, and each partner other than the lead once", () => {
    const rows = [
      { id: "1", title: "A", lead: "Văn phòng Sở", partners: "Thanh tra Sở; văn phòng sở\nSở Tài chính; Thanh tra Sở" },
      {},
      { id: "2", title: "B", lead: "" },
    ];
    expect(assignmentsOf(rows)).toMatchObject([
      { id: "1", unit: "Văn phòng Sở", role: "lead", taskRow: 1 },
      { id: "1", unit: "Thanh tra Sở", role: "partner", taskRow: 1 },
      { id: "1", unit: "Sở Tài chính", role: "partner", taskRow: 1 },
      { id: "2", unit: NO_LEAD, role: "lead", taskRow: 3 },
    ]);
  });

  it("is an Excel table with the headers a pivot needs, reading Đánh giá and the score live from the task table", () => {
    const plan = buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS });
    const sheet = sheetOf(plan, ASSIGNMENT_SHEET);
    expect(sheet.table).toMatchObject({ name: ASSIGNMENT_TABLE });
    expect(sheet.table!.headers.slice(0, 3)).toEqual(["Mã NV", "Đơn vị", "Vai trò"]);
    expect(sheet.table!.headers).toEqual(expect.arrayContaining(["Tháng", "Quý", "Lãnh đạo phụ trách", "Nhóm nhiệm vụ", "Đánh giá", "Điểm"]));
    const leads = fixtureTasks().length;
    const data = sheet.blocks[0].rows.slice(1);
    expect(data.filter((r) => r[2] === "Chủ trì")).toHaveLength(leads);
    const formula = (cell: PlanCell) => (cell && typeof cell === "object" && "formula" in cell ? cell.formula : "");
    const state = data[0][sheet.table!.headers.indexOf("Đánh giá")];
    expect(formula(state)).toContain("BangNhiemVu[Đánh giá]");
    const score = data[0][sheet.table!.headers.indexOf("Điểm")];
    expect(formula(score)).toMatch(/DiemQuaHan.*NgayBaoCao.*DiemDungHan.*DiemTreHan/);
    // Who and when are values as built; the task's row is found again by its Mã NV if rows were sorted.
    expect(data[0][1]).toBe(fixtureTasks()[0].lead);
    expect(formula(data[0][sheet.table!.headers.length - 1])).toContain("MATCH($A2,BangNhiemVu[Mã NV],0)");
  });
});

describe("Lịch sử", () => {
  const summaryAt = (asOf: string, errorRows = 0) => summarise(fixtureTasks(), { asOf, windowDays: 7, errorRows });
  const blockAt = (asOf: string, errorRows = 0) => {
    const summary = summaryAt(asOf, errorRows);
    return historyBlockOf(summary, combineGroups(summary.units, DEFAULT_SCORING));
  };
  const cellsOf = (blocks: ReturnType<typeof blockAt>[]) => {
    // The sheet's values as a reader gives them (dates as JS dates, as ExcelJS reads real dates).
    const { sheet } = buildHistorySheet(blocks);
    const grid: unknown[][] = [];
    for (const b of sheet.blocks) {
      const m = /^([A-Z]+)(\d+)$/.exec(b.topLeft)!;
      const col = m[1].charCodeAt(0) - 65;
      b.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const line = (grid[Number(m[2]) - 1 + r] ??= []);
          line[col + c] = v && typeof v === "object" && "date" in v ? new Date(`${v.date}T00:00:00Z`) : v;
        }),
      );
    }
    return grid.map((r) => Array.from({ length: r?.length ?? 0 }, (_, i) => (r?.[i] ?? null) as never));
  };

  it("keeps one block per date, in date order: the same date again replaces its block", () => {
    const first = withBlock([], blockAt("2026-06-30"));
    const second = withBlock(first.blocks, blockAt("2026-03-31"));
    const again = withBlock(second.blocks, blockAt("2026-06-30"));
    expect(second.replaced).toBe(false);
    expect(again.replaced).toBe(true);
    expect(again.blocks.map((b) => b.asOf)).toEqual(["2026-03-31", "2026-06-30"]);
  });

  it("reads back from its cells what it wrote, so re-freezing rebuilds the sheet without losing a date", () => {
    const blocks = withBlock(withBlock([], blockAt("2026-03-31")).blocks, blockAt("2026-06-30", 2)).blocks;
    expect(readHistoryBlocks(cellsOf(blocks))).toEqual(blocks);
  });

  it("writes the rating a report shows: unrated units, and '(tạm tính)' while rows have errors", () => {
    const block = blockAt("2026-03-31", 1);
    expect(block.units.some((u) => u.rating === RATING_LABELS.unrated)).toBe(true);
    expect(block.units.filter((u) => u.score !== null).every((u) => u.rating.endsWith("(tạm tính)"))).toBe(true);
  });
});

describe("print setup", () => {
  it("gives every sheet A4, one page wide, landscape when wide, and the header row repeated", () => {
    const plan = buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS });
    for (const sheet of plan.sheets) {
      expect(sheet.print).toMatchObject({ paper: "A4", fitToWidth: 1 });
    }
    expect(sheetOf(plan, "Nhiệm vụ").print).toMatchObject({ orientation: "landscape", repeatRows: "1:1" });
    expect(sheetOf(plan, ASSIGNMENT_SHEET).print).toMatchObject({ repeatRows: "1:1" });
    expect(sheetOf(plan, "Hướng dẫn").print?.repeatRows).toBeUndefined();
  });
});
