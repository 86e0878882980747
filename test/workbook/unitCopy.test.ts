import { DEFAULT_WINDOW_DAYS } from "../../src/core/judge";
import { DEFAULT_SCORING } from "../../src/core/rating";
import { canonicalValue } from "../../src/core/roundtrip/canonical";
import { PROPOSAL_HEADERS, SENT_SHEET_TEXT } from "../../src/core/strings/roundtrip";
import { UNIT_COPY_TEXT } from "../../src/core/strings/split";
import { TASK_HEADERS } from "../../src/core/strings/vi";
import type { CellValue, RawRow } from "../../src/core/types";
import { DEFAULT_CATALOG } from "../../src/core/units/preset";
import { TASK_SHEET } from "../../src/workbook/layout";
import type { PlanCell } from "../../src/workbook/plan";
import { planGroupExpansion } from "../../src/workbook/roundtrip/expandGroups";
import { readSentCells } from "../../src/workbook/roundtrip/sentSheet";
import { buildUnitCopyPlan } from "../../src/workbook/roundtrip/unitCopy";
import { decodeRange } from "../../src/xlsx/write/address";
import { cellAt, grid, sheetOf } from "./planCells";

const KHTC = "Phòng Kế hoạch - Tài chính";
const ROWS: RawRow[] = [
  { id: "1", title: "Xây dựng kế hoạch đầu tư công", product: "Kế hoạch", lead: KHTC, partners: "Văn phòng Sở; Bệnh viện Đa khoa tỉnh", deadlineText: "Quý II/2026", due: new Date(Date.UTC(2026, 5, 30)), status: "Đang thực hiện", progress: 40 },
  { id: "2", title: "Quy chế làm việc", lead: "Văn phòng Sở", partners: "Phòng KH-TC", deadlineText: "Quý I/2026", due: "2026-03-31", status: "Hoàn thành", progress: 100, doneDate: "2026-03-20" },
  { id: "3", title: "Báo cáo dự toán 6 tháng", product: "Báo cáo", lead: KHTC, deadlineText: "20/7/2026", due: "2026-07-20", extendedDue: "2026-08-15", status: "Chưa thực hiện" },
  { id: "4", title: "Rà soát giá dịch vụ", lead: "Các bệnh viện tuyến tỉnh", partners: "Các phòng, đơn vị trực thuộc Sở", deadlineText: "Năm 2026", due: "2026-12-31", status: "Chưa thực hiện" },
  { id: "5", title: "Phối hợp kiểm tra", lead: "Thanh tra Sở", partners: "Phòng Kế hoạch - Tài chính tỉnh", deadlineText: "Năm 2026", due: "2026-12-31" },
];
const SETTINGS = { reportDate: null, windowDays: DEFAULT_WINDOW_DAYS, scoring: DEFAULT_SCORING, trackerId: "TD-0123456789ABCDEF" };

const plan = buildUnitCopyPlan({ rows: ROWS, unit: KHTC, catalog: DEFAULT_CATALOG, settings: SETTINGS, planYear: 2026, sentAt: "2026-01-15", masterName: "so-theo-doi.xlsx" });
const tasks = sheetOf(plan, TASK_SHEET);
const text = (cell: PlanCell | undefined) => (cell === null || cell === undefined || typeof cell === "object" ? cell : String(cell));
const columnOfHeader = (header: string) => grid(tasks)[0].indexOf(header);
const letter = (index: number) => String.fromCharCode(65 + index);

describe("a unit's copy: its own tasks, the tracker's promises, only its columns open", () => {
  it("holds exactly the tasks the unit leads, with the proposal columns after Đánh giá inside the table", () => {
    const ids = grid(tasks).slice(1).map((row) => row[0]);
    expect(ids).toEqual(["1", "3"]);
    const headers = grid(tasks)[0];
    // Issue 14 §5: the tracker's hidden helper columns sit between Đánh giá and the proposal columns.
    expect(headers[17]).toBe(TASK_HEADERS.state);
    expect(headers.slice(-2)).toEqual([PROPOSAL_HEADERS.proposedDue, PROPOSAL_HEADERS.reason]);
    expect(tasks.table!.headers).toEqual(headers);
    expect(tasks.table!.range).toBe("A1:X3");
  });

  it("keeps the tracker's formulas, dropdowns, colours and report date", () => {
    expect(cellAt(tasks, "R2")).toEqual({ formula: expect.stringContaining("NgayBaoCao") });
    expect(tasks.validations.some((v) => v.type === "list" && v.range === "M2:M3")).toBe(true);
    expect(tasks.conditionalFormats.every((f) => f.range === "A2:X3")).toBe(true);
    expect(plan.names.map((n) => n.name)).toContain("NgayBaoCao");
    expect(plan.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Hướng dẫn", "Tổng hợp", "Danh mục"]));
  });

  it("judges as of the day the unit opens it, even when the master is set to a past report date", () => {
    const fromMidYear = buildUnitCopyPlan({ rows: ROWS, unit: KHTC, catalog: DEFAULT_CATALOG, settings: { ...SETTINGS, reportDate: "2026-06-30" }, planYear: 2026, sentAt: "2026-07-01", masterName: "so.xlsx" });
    expect(cellAt(sheetOf(fromMidYear, "Danh mục"), "G3")).toEqual({ formula: "=TODAY()" });
  });

  it("the proposed date is a date column with a date rule", () => {
    const column = columnOfHeader(PROPOSAL_HEADERS.proposedDue);
    expect(tasks.columns.find((c) => c.index === column)?.numberFormat).toBe("dd/mm/yyyy");
    expect(tasks.validations).toContainEqual(expect.objectContaining({ type: "date", range: `${letter(column)}2:${letter(column)}3` }));
  });

  it("unlocks exactly the unit's five columns and the two proposal columns, data rows only", () => {
    const open = new Set<string>();
    for (const range of tasks.protection!.unlocked) {
      const b = decodeRange(range);
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) open.add(`${grid(tasks)[0][c - 1]}@${r}`);
    }
    const expected = [TASK_HEADERS.status, TASK_HEADERS.progress, TASK_HEADERS.doneDate, TASK_HEADERS.evidence, TASK_HEADERS.note, PROPOSAL_HEADERS.proposedDue, PROPOSAL_HEADERS.reason];
    expect([...open].sort()).toEqual(expected.flatMap((h) => [`${h}@2`, `${h}@3`]).sort());
  });

  it("protects every sheet; on Danh mục only the report-date cell stays open; the record is very hidden", () => {
    for (const sheet of plan.sheets) expect(sheet.protection).toBeDefined();
    expect(sheetOf(plan, "Danh mục").protection!.unlocked).toEqual(["G3"]);
    expect(sheetOf(plan, SENT_SHEET_TEXT.sheet).visibility).toBe("veryHidden");
  });

  it("records what was sent: tracker, unit, date, master and each row's values, read back by readSentCells", () => {
    const sent = sheetOf(plan, SENT_SHEET_TEXT.sheet);
    const record = readSentCells(grid(sent).map((row) => row.map((cell) => (typeof cell === "object" && cell !== null ? null : (cell as CellValue)))));
    expect(record).toEqual(
      expect.objectContaining({ trackerId: SETTINGS.trackerId, unit: KHTC, sentAt: "2026-01-15", master: "so-theo-doi.xlsx", sendId: expect.stringMatching(/^[0-9a-f]{16}$/) }),
    );
    expect(record!.rows.map((r) => r.id)).toEqual(["1", "3"]);
    expect(record!.rows[0].values).toEqual(expect.objectContaining({ due: "2026-06-30", status: "Đang thực hiện", progress: "40", title: "Xây dựng kế hoạch đầu tư công" }));
    expect(record!.rows[1].values.extendedDue).toBe(canonicalValue("extendedDue", "2026-08-15"));
  });

  it("gives another sending (another day) another send id, and the same sending the same", () => {
    const again = (sentAt: string) =>
      cellAt(sheetOf(buildUnitCopyPlan({ rows: ROWS, unit: KHTC, catalog: DEFAULT_CATALOG, settings: SETTINGS, planYear: 2026, sentAt, masterName: "x.xlsx" }), SENT_SHEET_TEXT.sheet), "B6");
    expect(again("2026-01-15")).toBe(cellAt(sheetOf(plan, SENT_SHEET_TEXT.sheet), "B6"));
    expect(again("2026-06-01")).not.toBe(again("2026-01-15"));
  });

  it("lists for reference the tasks it partners on: named, by alias, or through a group it belongs to; never a near miss", () => {
    const partner = sheetOf(plan, UNIT_COPY_TEXT.partnerSheet);
    expect(partner.table).toBeUndefined();
    const rows = grid(partner).slice(4);
    expect(rows.map((r) => r[0])).toEqual(["2", "4"]);
    expect(text(rows[1][3])).toContain(UNIT_COPY_TEXT.viaGroup("Các phòng, đơn vị trực thuộc Sở"));
    expect(rows[0][5]).toEqual({ date: "2026-03-31" });
  });

  it("prints a commitment page: title with the year, the unit, its tasks with products and deadlines, two signatures, A4", () => {
    const page = sheetOf(plan, UNIT_COPY_TEXT.commitmentSheet);
    const cells = grid(page);
    expect(cells[0][0]).toBe("BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM 2026");
    expect(text(cells[1][0])).toContain(KHTC);
    expect(cells[4]).toEqual(["Mã NV", "Nội dung nhiệm vụ", "Sản phẩm", "Thời hạn", "Hạn hoàn thành"]);
    expect(cells[5]).toEqual(["1", "Xây dựng kế hoạch đầu tư công", "Kế hoạch", "Quý II/2026", { date: "2026-06-30" }]);
    expect(cells[6][4]).toEqual({ date: "2026-08-15" });
    expect(page.columns[4].numberFormat).toBe("dd/mm/yyyy");
    const flat = cells.flat();
    expect(flat).toEqual(expect.arrayContaining(["THỦ TRƯỞNG ĐƠN VỊ", "GIÁM ĐỐC SỞ Y TẾ", "(Ký, ghi rõ họ tên)"]));
    expect(page.print).toEqual(expect.objectContaining({ paper: "A4", orientation: "portrait", fitToWidth: 1, repeatRows: "5:5" }));
  });
});

describe("expanding a group task into one row per member", () => {
  it("adds <id>.1, <id>.2… for each member, fresh for the unit to fill in, and nothing on a second run", () => {
    const first = planGroupExpansion(ROWS, DEFAULT_CATALOG);
    expect(first.added.map((r) => [r.id, r.lead])).toEqual([
      ["4.1", "Bệnh viện Đa khoa tỉnh"],
      ["4.2", "Bệnh viện Y dược cổ truyền"],
      ["4.3", "Bệnh viện Phục hồi chức năng"],
      ["4.4", "Bệnh viện Phổi"],
      ["4.5", "Bệnh viện Sản - Nhi"],
    ]);
    expect(first.added[0]).toEqual(expect.objectContaining({ title: "Rà soát giá dịch vụ", due: "2026-12-31", status: "Chưa thực hiện", progress: null }));
    const second = planGroupExpansion([...ROWS, ...first.added], DEFAULT_CATALOG);
    expect(second.added).toEqual([]);
    expect(second.expanded).toEqual([expect.objectContaining({ id: "4", added: 0, members: first.expanded[0].members })]);
  });

  it("a member the catalog gains later gets the next number; a group of no definite members is not expanded", () => {
    const held = planGroupExpansion(ROWS, DEFAULT_CATALOG).added.filter((r) => r.id !== "4.2");
    const later = planGroupExpansion([...ROWS, ...held], DEFAULT_CATALOG);
    expect(later.added.map((r) => [r.id, r.lead])).toEqual([["4.6", "Bệnh viện Y dược cổ truyền"]]);
    const vague = planGroupExpansion([{ id: "9", title: "Phối hợp", lead: "Các cơ quan, đơn vị liên quan" }], DEFAULT_CATALOG);
    expect(vague.added).toEqual([]);
    expect(vague.unexpandable).toEqual([expect.objectContaining({ id: "9", reason: "noMembers" })]);
  });
});
