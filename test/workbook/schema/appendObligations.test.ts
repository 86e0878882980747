// Adding a plan whose recurring obligation is split per occurrence to a tracker that holds it as one
// row (or the reverse) never counts it twice, never touches the user's row, and says what to do.
import type { RawRow } from "../../../src/core/types";
import { planAppend } from "../../../src/workbook/schema/append";
import { appendNotices } from "../../../src/workbook/schema/appendNotices";
import { expandOccurrences } from "../../../src/workbook/report/occurrences";

const MONTHLY: RawRow = { id: "5", title: "Báo cáo tình hình dịch bệnh", lead: "Trung tâm Kiểm soát bệnh tật", deadlineText: "Trước ngày 15 hằng tháng" };
const QUARTERLY: RawRow = { id: "6", title: "Báo cáo công tác dược", lead: "Phòng Nghiệp vụ Dược", deadlineText: "Định kỳ hằng quý" };
const ONE_OFF: RawRow = { id: "7", title: "Tổ chức hội nghị sơ kết", lead: "Văn phòng Sở", deadlineText: "Tháng 7/2026" };
const ids = (rows: readonly RawRow[]) => rows.map((r) => String(r.id));

describe("planAppend and recurring obligations", () => {
  it("adds no occurrence beside the tracker's one-row obligation, counts it once and names the row", () => {
    const tracker: RawRow[] = [{ ...MONTHLY, status: "Đang thực hiện", note: "đã báo cáo tháng 1–5" }];
    const plan = planAppend(tracker, expandOccurrences([MONTHLY, ONE_OFF], 2026));
    expect(ids(plan.added)).toEqual(["7"]);
    expect(plan.alreadyThere).toBe(1);
    expect(plan.keptWhole).toEqual([{ id: "5", title: MONTHLY.title, occurrences: expect.arrayContaining(["5.T01", "5.T12"]) }]);
    expect(plan.keptWhole[0].occurrences).toHaveLength(12);
    const [notice] = appendNotices(plan);
    expect(notice).toContain('Dòng Mã NV "5" ("Báo cáo tình hình dịch bệnh")');
    expect(notice).toContain("12 dòng theo từng kỳ (5.T01 … 5.T12) không được thêm");
    expect(notice).toContain("xoá Mã NV của dòng này rồi thêm lại kế hoạch");
  });

  it("finds the one row by the tracker's identity: Mã NV case and spacing aside, same title and lead", () => {
    const tracker: RawRow[] = [{ ...MONTHLY, id: 5, title: "  báo cáo tình hình DỊCH bệnh " }];
    expect(planAppend(tracker, expandOccurrences([MONTHLY], 2026)).added).toEqual([]);
    // A row 5 that is another task does not hold the obligation: its occurrences are added.
    const other: RawRow[] = [{ ...ONE_OFF, id: "5" }];
    expect(ids(planAppend(other, expandOccurrences([MONTHLY], 2026)).added)).toHaveLength(12);
  });

  it("adds the occurrences once the user cleared the row's Mã NV, and says the old row still counts until removed", () => {
    const tracker: RawRow[] = [{ ...MONTHLY, id: null }];
    const plan = planAppend(tracker, expandOccurrences([MONTHLY, QUARTERLY], 2026));
    expect(ids(plan.added)).toEqual([...Array.from({ length: 12 }, (_, i) => `5.T${String(i + 1).padStart(2, "0")}`), "6.Q1", "6.Q2", "6.Q3", "6.Q4"]);
    expect(plan.keptWhole).toEqual([]);
    expect(appendNotices(plan)).toEqual([expect.stringContaining('dòng cũ không có Mã NV của nhiệm vụ này vẫn được tính')]);
    // Building again adds nothing and says nothing more.
    const again = planAppend([...tracker, ...plan.added], expandOccurrences([MONTHLY, QUARTERLY], 2026));
    expect(again.added).toEqual([]);
    expect(appendNotices(again)).toEqual([]);
  });

  it("adds nothing a second time: the one row is still kept and the same notice given", () => {
    const tracker: RawRow[] = [MONTHLY];
    const incoming = expandOccurrences([MONTHLY, ONE_OFF], 2026);
    const first = planAppend(tracker, incoming);
    const second = planAppend([...tracker, ...first.added], incoming);
    expect(second.added).toEqual([]);
    expect(second.alreadyThere).toBe(2);
    expect(appendNotices(second)).toEqual(appendNotices(first));
  });

  it("does not add an obligation as one row to a tracker that tracks it per occurrence (an older plan text)", () => {
    const tracker = expandOccurrences([MONTHLY, ONE_OFF], 2026);
    const plan = planAppend(tracker, [MONTHLY, ONE_OFF, { ...QUARTERLY }]);
    expect(ids(plan.added)).toEqual(["6"]);
    expect(plan.alreadyThere).toBe(2);
    expect(appendNotices(plan)).toEqual([]);
  });
});
