// One row per occurrence of a monthly, quarterly or 6-monthly obligation, made the same way by the
// CLI's build and the pane's create, and rows `check` accepts as they are.
import { checkTasks } from "../../../src/core/tasks/checkTasks";
import type { RawRow } from "../../../src/core/types";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";
import { expandOccurrences } from "../../../src/workbook/report/occurrences";

const obligation = (id: string, deadlineText: string): RawRow => ({
  id,
  section: "III. Báo cáo",
  title: `Báo cáo tình hình thực hiện nhiệm vụ ${id}`,
  lead: "Văn phòng Sở",
  partners: "Phòng Kế hoạch - Tài chính",
  deadlineText,
  status: "Chưa thực hiện",
});

describe("expandOccurrences", () => {
  it("replaces a monthly obligation by its twelve occurrences, in place, each with its own due date and month", () => {
    const rows = expandOccurrences([obligation("4", "Quý I/2026"), obligation("5", "Báo cáo trước ngày 15 hằng tháng"), obligation("6", "Hằng năm")], 2026);
    expect(rows.map((r) => r.id)).toEqual(["4", ...Array.from({ length: 12 }, (_, i) => `5.T${String(i + 1).padStart(2, "0")}`), "6"]);
    const march = rows.find((r) => r.id === "5.T03")!;
    expect(march).toMatchObject({ due: "2026-03-15", month: 3, title: "Báo cáo tình hình thực hiện nhiệm vụ 5", lead: "Văn phòng Sở", partners: "Phòng Kế hoạch - Tài chính" });
    expect(march.deadlineText).toBe("Tháng 03/2026 (trước ngày 15/03/2026)");
  });

  it("names quarterly and 6-monthly occurrences Q1…Q4 and H1/H2", () => {
    expect(expandOccurrences([obligation("7", "Định kỳ hằng quý (trước ngày 20 tháng cuối quý)")], 2026).map((r) => `${r.id} ${r.due}`)).toEqual([
      "7.Q1 2026-03-20",
      "7.Q2 2026-06-20",
      "7.Q3 2026-09-20",
      "7.Q4 2026-12-20",
    ]);
    expect(expandOccurrences([obligation("8", "6 tháng, năm")], 2026).map((r) => `${r.id} ${r.deadlineText}`)).toEqual([
      "8.H1 6 tháng đầu năm 2026",
      "8.H2 6 tháng cuối năm 2026",
    ]);
  });

  it("leaves rows alone without a plan year, and never splits an occurrence again", () => {
    const monthly = [obligation("5", "Hằng tháng")];
    expect(expandOccurrences(monthly, undefined)).toEqual(monthly);
    const once = expandOccurrences(monthly, 2026);
    expect(expandOccurrences(once, 2026)).toEqual(once);
  });

  it("writes each occurrence so that check finds its Thời hạn and Hạn hoàn thành in agreement", () => {
    const rows = expandOccurrences([obligation("5", "Hằng tháng, trước ngày 25"), obligation("7", "Hằng quý"), obligation("8", "Báo cáo 6 tháng và năm")], 2026);
    // As the sheet holds them: the writer turns ISO due dates into real dates.
    const written = rows.map((r) => ({ ...r, due: new Date(`${String(r.due)}T00:00:00Z`) }));
    const findings = checkTasks(written, { catalog: DEFAULT_CATALOG, today: "2026-06-30", planYear: 2026 });
    expect(findings.filter((f) => f.field === "due" || f.field === "deadlineText" || f.rule === "title-duplicate")).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });
});
