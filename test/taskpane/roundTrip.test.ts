// Pure logic of the Gửi & nhận tab: the units to send, copy names, the preview lists, and conflicts
// taken from the unit becoming edits.
import type { MergeResult } from "../../src/core/roundtrip/types";
import { DEFAULT_CATALOG } from "../../src/core/units/preset";
import type { RawRow } from "../../src/core/types";
import { localToday } from "../../src/core/dates";
import {
  columnHeader,
  conflictKey,
  copyFileNames,
  firstOf,
  previewOf,
  remindersOf,
  takeFromUnit,
  unitsToSend,
} from "../../src/taskpane/logic/roundTrip";

const rows: RawRow[] = [
  { id: "NV01", title: "Một", lead: "Văn phòng Sở" },
  { id: "NV02", title: "Hai", lead: "Phòng Kế hoạch - Tài chính" },
  { id: "NV03", title: "Ba", lead: "Văn phòng Sở" },
  { id: "NV04", title: "Bốn", lead: "" },
];

describe("unitsToSend", () => {
  it("lists each lead unit once, in Vietnamese order, with its task count, and counts tasks sent to nobody", () => {
    expect(unitsToSend(rows, DEFAULT_CATALOG)).toEqual({
      units: [
        { unit: "Phòng Kế hoạch - Tài chính", tasks: 1 },
        { unit: "Văn phòng Sở", tasks: 2 },
      ],
      groupTasks: 0,
      noLead: 1,
    });
  });
});

describe("copyFileNames", () => {
  it("gives plain ASCII names with the sending date, never two alike", () => {
    expect(copyFileNames(["Phòng Kế hoạch - Tài chính", "Phòng Y tế", "Phòng Ý tế"], "2026-06-30")).toEqual([
      "Phong-Ke-hoach-Tai-chinh_2026-06-30.xlsx",
      "Phong-Y-te_2026-06-30.xlsx",
      "Phong-Y-te-2_2026-06-30.xlsx",
    ]);
  });
});

describe("firstOf and localToday", () => {
  it("keeps a long list short and counts the rest", () => {
    expect(firstOf([1, 2, 3, 4, 5], 3)).toEqual({ shown: [1, 2, 3], rest: 2 });
    expect(firstOf([1], 3)).toEqual({ shown: [1], rest: 0 });
  });
  it("formats the local day", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});

function result(): MergeResult {
  return {
    applied: [{ id: "NV01", field: "status", from: "Chưa thực hiện", to: "Hoàn thành", file: "vp.xlsx", unit: "Văn phòng Sở" }],
    conflicts: [
      { id: "NV03", field: "progress", master: "50", returned: "80", sent: "0", file: "vp.xlsx", unit: "Văn phòng Sở" },
      { id: "nv03", field: "doneDate", master: "", returned: "2026-06-10", sent: "", file: "vp.xlsx", unit: "Văn phòng Sở" },
      { id: "NV09", field: "note", master: "a", returned: "b", sent: "", file: "vp.xlsx", unit: "Văn phòng Sở" },
    ],
    refused: [{ file: "vp.xlsx", id: "NV01", field: "title", reason: "outsideUnitColumns", value: "Một (sửa)", unit: "Văn phòng Sở" }],
    proposals: [{ id: "NV03", proposedDue: "2026-09-30", reason: "Chờ kinh phí", file: "vp.xlsx", unit: "Văn phòng Sở" }],
    edits: [{ row: 0, field: "status", value: "Hoàn thành" }],
  };
}

describe("takeFromUnit", () => {
  it("turns each chosen conflict into an edit of its row (numbers and dates as cells) and an applied change", () => {
    const r = result();
    const chosen = new Set([conflictKey(r.conflicts[0]), conflictKey(r.conflicts[1])]);
    const taken = takeFromUnit(r, chosen, rows);
    expect(taken.edits).toEqual([
      { row: 0, field: "status", value: "Hoàn thành" },
      { row: 2, field: "progress", value: 80 },
      { row: 2, field: "doneDate", value: "2026-06-10" },
    ]);
    expect(taken.conflicts.map((c) => c.id)).toEqual(["NV09"]);
    expect(taken.applied.slice(1)).toEqual([
      { id: "NV03", field: "progress", from: "50", to: "80", file: "vp.xlsx", unit: "Văn phòng Sở" },
      { id: "nv03", field: "doneDate", from: "", to: "2026-06-10", file: "vp.xlsx", unit: "Văn phòng Sở" },
    ]);
  });

  it("leaves a conflict whose task the master no longer holds, and changes nothing when none is chosen", () => {
    const r = result();
    expect(takeFromUnit(r, new Set([conflictKey(r.conflicts[2])]), rows).conflicts).toHaveLength(3);
    expect(takeFromUnit(r, new Set(), rows)).toBe(r);
  });
});

describe("previewOf", () => {
  it("lists each group with Mã NV, the tracker's own column header, values and file", () => {
    const headers = ["Mã NV", "Nội dung", "Tình trạng (đơn vị ghi)"];
    const header = (field: Parameters<typeof columnHeader>[0]) => columnHeader(field, headers, { id: 0, title: 1, status: 2 });
    const preview = previewOf(result(), header, {
      change: (a, b) => `${a}→${b}`,
      conflict: (m, u) => `${m}|${u}`,
      proposal: (d, why) => `${d}:${why}`,
      refusal: (reason, _message, value) => `${reason}:${value}`,
    });
    expect(preview.applied).toEqual([{ key: "a0", id: "NV01", column: "Tình trạng (đơn vị ghi)", detail: "Chưa thực hiện→Hoàn thành", file: "vp.xlsx" }]);
    expect(preview.conflicts[0]).toMatchObject({ id: "NV03", column: "Tiến độ (%)", detail: "50|80" });
    expect(preview.refused[0]).toMatchObject({ id: "NV01", column: "Nội dung", detail: "outsideUnitColumns:Một (sửa)" });
    expect(preview.proposals[0]).toMatchObject({ id: "NV03", detail: "2026-09-30:Chờ kinh phí" });
  });
});

describe("remindersOf", () => {
  it("gives the units with overdue or due-soon tasks as of the report date, with the text to send", () => {
    const list = remindersOf({
      rows: [
        { id: "A", title: "Quá hạn", lead: "Văn phòng Sở", deadlineText: "Tháng 5/2026", due: 46173, status: "Đang thực hiện" },
        { id: "B", title: "Chưa đến hạn", lead: "Văn phòng Sở", deadlineText: "Tháng 12/2026", due: 46387, status: "Đang thực hiện" },
      ],
      settings: { asOf: "2026-06-30", windowDays: 7 },
      catalog: DEFAULT_CATALOG,
    });
    expect(list).toHaveLength(1);
    expect(list[0].reminder).toMatchObject({ unit: "Văn phòng Sở", overdue: [{ id: "A" }], dueSoon: [] });
    expect(list[0].text).toContain("Quá hạn");
  });
});
