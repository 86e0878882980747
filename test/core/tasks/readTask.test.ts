import { readTask } from "../../../src/core/tasks/readTask";
import type { RawRow } from "../../../src/core/types";

const NBSP = "\u00a0";

describe("readTask: text cells", () => {
  test("trims and collapses spaces and non-breaking spaces", () => {
    const t = readTask({ id: ` NV01${NBSP}`, lead: `Phòng${NBSP}${NBSP}Kế hoạch  -  Tài chính `, title: "Xây dựng   kế hoạch\n  năm 2026" });
    expect(t.id).toBe("NV01");
    expect(t.lead).toBe("Phòng Kế hoạch - Tài chính");
    expect(t.title).toBe("Xây dựng kế hoạch\nnăm 2026");
  });

  test("a deadline phrase wrapped over lines becomes one line", () => {
    expect(readTask({ deadlineText: "Quý IV/\n2026" }).deadlineText).toBe("Quý IV/ 2026");
  });

  test("numbers in text columns become their digits", () => {
    expect(readTask({ id: 12 }).id).toBe("12");
  });

  test("blank cells give empty text, null dates and numbers, no partners", () => {
    const t = readTask({});
    expect(t).toEqual({
      id: "", source: "", section: "", month: null, title: "", product: "", lead: "", partners: [], leader: "",
      deadlineText: "", due: null, extendedDue: null, status: "", progress: null, doneDate: null, evidence: "", note: "",
    });
  });

  test.each<[string, string[]]>([
    ["Văn phòng Sở; Thanh tra Sở", ["Văn phòng Sở", "Thanh tra Sở"]],
    ["Văn phòng Sở\nThanh tra Sở;", ["Văn phòng Sở", "Thanh tra Sở"]],
    [` Văn phòng Sở ;${NBSP};Thanh tra Sở `, ["Văn phòng Sở", "Thanh tra Sở"]],
    ["Các phòng, đơn vị trực thuộc Sở", ["Các phòng, đơn vị trực thuộc Sở"]],
  ])("partners %j", (cell, expected) => {
    expect(readTask({ partners: cell }).partners).toEqual(expected);
  });
});

describe("readTask: dates", () => {
  test.each<[RawRow["due"], string | null]>([
    [44377, "2021-06-30"], // Excel serial
    [new Date(Date.UTC(2021, 5, 30)), "2021-06-30"],
    ["30/6/2021", "2021-06-30"],
    ["30.06.2021", "2021-06-30"],
    ["2021-06-30", "2021-06-30"],
    ["6/30/2021", "2021-06-30"], // only makes sense month-first; the check flags it
    ["44377", "2021-06-30"],
    [" 30/6/2021 ", "2021-06-30"],
    ["Quý II/2021", null],
    ["31/02/2021", null],
    ["", null],
    [null, null],
    [true, null],
  ])("%p → %p", (cell, expected) => {
    expect(readTask({ due: cell, extendedDue: cell, doneDate: cell })).toMatchObject({
      due: expected,
      extendedDue: expected,
      doneDate: expected,
    });
  });
});

describe("readTask: numbers and status", () => {
  test.each<[RawRow["month"], number | null]>([
    [6, 6], ["6", 6], ["06", 6], ["Tháng 6", 6], ["tháng 12", 12], ["T3", 3], [0, null], [13, null], [6.5, null], ["sáu", null], [null, null],
  ])("month %p → %p", (cell, expected) => {
    expect(readTask({ month: cell }).month).toBe(expected);
  });

  test.each<[RawRow["progress"], number | null]>([
    [50, 50], ["50", 50], ["50%", 50], ["50 %", 50], ["12,5%", 12.5], [0, 0], ["", null], ["một nửa", null], [150, 150],
  ])("progress %p → %p", (cell, expected) => {
    expect(readTask({ progress: cell }).progress).toBe(expected);
  });

  test.each([
    ["Hoàn thành", "Hoàn thành"],
    ["hoàn thành", "Hoàn thành"],
    ["HOAN THANH", "Hoàn thành"],
    [` Đang${NBSP}thực hiện `, "Đang thực hiện"],
    ["Chua thuc hien", "Chưa thực hiện"],
    ["Dừng / điều chỉnh", "Dừng/điều chỉnh"],
    ["Xong", ""],
    ["", ""],
  ])("status %j → %j", (cell, expected) => {
    expect(readTask({ status: cell }).status).toBe(expected);
  });
});
