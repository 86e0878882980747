// The pane's "Tạo/Thêm" onto an older tracker that holds a monthly obligation as one row: the row is
// kept as filled in, no occurrence row is added beside it (nothing counts twice), and the outcome says
// how to switch to per-occurrence tracking; once its Mã NV is cleared, the 12 occurrences come.
import { excelActions } from "../../src/excel";
import { importedTask } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";

const ONE_OFF = importedTask(0, { id: "1" });
const MONTHLY = importedTask(1, {
  id: "5",
  title: "Báo cáo tình hình dịch bệnh truyền nhiễm",
  deadlineText: "Trước ngày 15 hằng tháng",
  due: "2026-12-15",
  recurring: true,
});
const NEW_TASK = importedTask(2, { id: "8" });

function ids(): string[] {
  const rows = host().tables().find((t) => t.name === "BangNhiemVu")!.rowCount;
  return host().sheet(TASKS).values(`A2:A${rows + 1}`).map((r) => String(r[0]));
}

describe("createOrExtendTracker onto a tracker holding a monthly obligation as one row", () => {
  it("keeps the row, adds only the new task, says so, and adds the occurrences once the row's Mã NV is cleared", async () => {
    // An older tracker: made without a plan year, the obligation is one row.
    await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY], undefined);
    expect(ids()).toEqual(["1", "5"]);
    host().sheet(TASKS).type("M3", [["Đang thực hiện", 40]]);
    const before = (await excelActions.readTracking()).summary.headline.total;

    const result = await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY, NEW_TASK], 2026);
    expect(result).toMatchObject({ created: false, added: 1, skipped: 2, renamed: [] });
    expect(result.notes).toEqual([expect.stringContaining('Dòng Mã NV "5" ("Báo cáo tình hình dịch bệnh truyền nhiễm")')]);
    expect(result.notes![0]).toContain("12 dòng theo từng kỳ (5.T01 … 5.T12) không được thêm");
    expect(ids()).toEqual(["1", "5", "8"]);
    expect(host().sheet(TASKS).values("M3:N3")).toEqual([["Đang thực hiện", 40]]);
    expect((await excelActions.readTracking()).summary.headline.total).toBe(before + 1);

    // Again: nothing is written, the same notice is given.
    const syncsBefore = host().syncCount;
    expect(await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY, NEW_TASK], 2026)).toMatchObject({ added: 0, notes: result.notes });
    expect(host().syncs.slice(syncsBefore).map((s) => s.changes)).toEqual([0, 0]);

    // The user clears the row's Mã NV to track per occurrence.
    host().sheet(TASKS).type("A3", [[""]]);
    const switched = await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY, NEW_TASK], 2026);
    expect(switched.added).toBe(12);
    expect(switched.notes).toEqual([expect.stringContaining("dòng cũ không có Mã NV của nhiệm vụ này vẫn được tính")]);
    expect(ids().slice(3)).toEqual(Array.from({ length: 12 }, (_, i) => `5.T${String(i + 1).padStart(2, "0")}`));
    expect((await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY, NEW_TASK], 2026)).added).toBe(0);
  });

  it("does not add the obligation as one row to a tracker that tracks it per occurrence", async () => {
    await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY], 2026);
    expect(ids()).toHaveLength(13);
    // The plan year field left blank: the pane splits by the tracker's own plan year, or finds id 5 held per occurrence.
    const result = await excelActions.createOrExtendTracker([ONE_OFF, MONTHLY], undefined);
    expect(result.added).toBe(0);
    expect(ids()).toHaveLength(13);
  });
});
