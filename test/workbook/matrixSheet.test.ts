// Ma trận: the units the rows name, in Vietnamese order; the grid up to MATRIX_TASK_LIMIT tasks, past
// it a note and the per-unit counts only, so a 10,000-task tracker stays small.
import { MATRIX_TEXT } from "../../src/core/strings/workbook";
import { compareVi } from "../../src/core/text";
import type { RawRow } from "../../src/core/types";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { MATRIX_SHEET, MATRIX_TASK_LIMIT, matrixUnits } from "../../src/workbook/matrixSheet";
import { CATALOG, fixtureRows, SETTINGS } from "./fixture";
import { allFormulas, grid, sheetOf } from "./planCells";

function rows(count: number): RawRow[] {
  const leads = ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Bệnh viện Phổi tỉnh"];
  return Array.from({ length: count }, (_, i) => ({
    id: `NV${i + 1}`,
    title: `Nhiệm vụ ${i + 1}`,
    lead: leads[i % leads.length],
    partners: i % 2 === 0 ? "Sở Tài chính; Trung tâm Kiểm soát bệnh tật" : null,
    deadlineText: "Năm 2026",
  }));
}

function matrixOf(taskRows: RawRow[]) {
  const plan = buildTrackerPlan({ rows: taskRows, catalog: CATALOG, settings: SETTINGS });
  const sheet = sheetOf(plan, MATRIX_SHEET);
  const cells = grid(sheet);
  const header = cells.findIndex((r) => r[0] === MATRIX_TEXT.unit);
  return { plan, sheet, cells, header, units: cells.slice(header + 1).map((r) => r[0]) };
}

describe("matrixUnits", () => {
  it("lists only units named as lead or partner, catalog spelling for catalog units, others as first written, in Vietnamese order", () => {
    const units = matrixUnits(CATALOG, [
      { lead: " văn\u00a0phòng sở ", partners: "Sở Tài chính;  Ủy ban nhân dân tỉnh ; " },
      { lead: "Đài Phát thanh tỉnh", partners: "ủy ban nhân dân tỉnh\nBệnh viện Phổi tỉnh" },
      { lead: null, partners: null },
    ]);
    expect(units).toEqual(["Bệnh viện Phổi tỉnh", "Đài Phát thanh tỉnh", "Sở Tài chính", "Ủy ban nhân dân tỉnh", "Văn phòng Sở"]);
  });

  it("leaves out catalog units no row names, and rows the sheet in that order", () => {
    const units = matrixOf(fixtureRows()).units as string[];
    expect(units).not.toContain("Các phòng, đơn vị thuộc Sở");
    expect(units).toContain("Bệnh viện Phổi tỉnh");
    expect(units).toEqual([...units].sort(compareVi));
  });
});

describe("Ma trận at the limit and past it", () => {
  it(`keeps the grid at ${MATRIX_TASK_LIMIT} tasks: a column per task, a role formula per unit and task`, () => {
    const { sheet, cells, header, units } = matrixOf(rows(MATRIX_TASK_LIMIT));
    expect(cells[header].length).toBe(3 + MATRIX_TASK_LIMIT);
    expect(units).toHaveLength(5);
    expect(cells[1][0]).toBe(MATRIX_TEXT.note);
    expect(sheet.conditionalFormats).toHaveLength(2);
  });

  it(`gives a note and the per-unit counts only at ${MATRIX_TASK_LIMIT + 1} tasks`, () => {
    const { plan, sheet, cells, header, units } = matrixOf(rows(MATRIX_TASK_LIMIT + 1));
    expect(cells[1][0]).toBe(MATRIX_TEXT.tooManyTasks(MATRIX_TASK_LIMIT));
    expect(cells[1][0]).toMatch(/^Ma trận chỉ lập cho bảng tới 1\.000 nhiệm vụ;.*PivotTable/);
    expect(cells[header]).toEqual([MATRIX_TEXT.unit, MATRIX_TEXT.leads, MATRIX_TEXT.partners]);
    expect(units).toEqual(["Bệnh viện Phổi tỉnh", "Phòng Nghiệp vụ Y", "Sở Tài chính", "Trung tâm Kiểm soát bệnh tật", "Văn phòng Sở"]);
    expect(Math.max(...cells.map((r) => r.length))).toBe(3);
    expect(sheet.columns).toHaveLength(3);
    expect(sheet.conditionalFormats).toEqual([]);
    const matrixFormulas = allFormulas(plan).filter((f) => f.where.startsWith(`${MATRIX_SHEET}!`));
    expect(matrixFormulas).toHaveLength(2 * units.length);
  });

  // Issue 14 §1/§5: over the table's columns (bounded to its rows), no longer 'Nhiệm vụ'!$G$2:$G$5000.
  it("counts past the limit over the task table's columns, lead by name, partner when not lead", () => {
    const { cells, header } = matrixOf(rows(MATRIX_TASK_LIMIT + 1));
    const [unit, leads, partners] = cells[header + 1] as [string, { formula: string }, { formula: string }];
    expect(unit).toBe("Bệnh viện Phổi tỉnh");
    expect(leads.formula).toBe(`=COUNTIFS(BangNhiemVu[Chủ trì (cột phụ)],"="&$A5)`);
    expect(partners.formula).toMatch(/^=SUMPRODUCT\(\(1-\(BangNhiemVu\[Chủ trì \(cột phụ\)\]=\$A5\)\)\*ISNUMBER\(SEARCH\(";"&\$A5&";",.*BangNhiemVu\[Đơn vị phối hợp\]/);
  });

  it("keeps a 10,000-task plan's Ma trận under a hundred cells", () => {
    const { sheet } = matrixOf(rows(10_000));
    expect(sheet.blocks.reduce((n, b) => n + b.rows.length * b.rows[0].length, 0)).toBeLessThan(100);
  });
});
