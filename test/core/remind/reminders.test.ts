import { reminderSubject, reminderText } from "../../../src/core/remind/reminderText";
import { remindersByUnit } from "../../../src/core/remind/reminders";
import { NO_LEAD } from "../../../src/core/strings/summary";
import type { Catalog, Task } from "../../../src/core/types";
import { task } from "../summary/task";

const AS_OF = "2026-06-30";
const VP = "Văn phòng Sở";
const KHTC = "Phòng Kế hoạch - Tài chính";
const DUOC = "Phòng Nghiệp vụ Dược";
const ANTT = "Chi cục An toàn vệ sinh thực phẩm";

const CATALOG: Catalog = {
  units: [
    { code: "VP", name: VP, kind: "office", aliases: ["VP Sở"], email: "vanphong@syt.example.vn" },
    { code: "KHTC", name: KHTC, kind: "office", aliases: ["Phòng KH-TC", "KHTC"], email: "khtc@syt.example.vn" },
    { code: "DUOC", name: DUOC, kind: "office", aliases: [] },
    { code: "ATTP", name: ANTT, kind: "attached", aliases: ["Chi cục ATVSTP"], email: "attp@syt.example.vn" },
  ],
  leaders: [],
};

const remind = (tasks: Task[], asOf = AS_OF, windowDays = 7) => remindersByUnit(tasks, { asOf, windowDays, catalog: CATALOG });

describe("what a unit is reminded of, as of the report date", () => {
  it("lists an unfinished task past its deadline with the days it is late", () => {
    const [vp] = remind([task({ id: "NV01", title: "Xây dựng quy chế", lead: VP, due: "2026-06-15", status: "Đang thực hiện" })]);
    expect(vp.overdue).toEqual([{ id: "NV01", title: "Xây dựng quy chế", due: "2026-06-15", daysLate: 15 }]);
    expect(vp.dueSoon).toEqual([]);
  });

  it("counts due soon inclusively: the report date itself and the last day of the window, not the day after", () => {
    const [vp] = remind([
      task({ id: "A", lead: VP, due: "2026-06-30" }),
      task({ id: "B", lead: VP, due: "2026-07-07" }),
      task({ id: "C", lead: VP, due: "2026-07-08" }),
      task({ id: "D", lead: VP, due: "2026-06-29" }),
    ]);
    expect(vp.dueSoon.map((t) => [t.id, t.daysLeft])).toEqual([
      ["A", 0],
      ["B", 7],
    ]);
    expect(vp.overdue.map((t) => [t.id, t.daysLate])).toEqual([["D", 1]]);
  });

  it("uses the tracker's due-soon window", () => {
    const tasks = [task({ id: "A", lead: VP, due: "2026-07-20" })];
    expect(remind(tasks, AS_OF, 7)).toEqual([]);
    expect(remind(tasks, AS_OF, 30)[0].dueSoon).toEqual([{ id: "A", title: "Nhiệm vụ", due: "2026-07-20", daysLeft: 20 }]);
  });

  it("judges against Hạn điều chỉnh when it is set, and shows that date", () => {
    const extendedLater = task({ id: "A", lead: VP, due: "2026-03-31", extendedDue: "2026-07-03" });
    const extendedEarlier = task({ id: "B", lead: VP, due: "2026-12-31", extendedDue: "2026-06-20" });
    const [vp] = remind([extendedLater, extendedEarlier]);
    expect(vp.dueSoon).toEqual([{ id: "A", title: "Nhiệm vụ", due: "2026-07-03", daysLeft: 3 }]);
    expect(vp.overdue).toEqual([{ id: "B", title: "Nhiệm vụ", due: "2026-06-20", daysLate: 10 }]);
  });

  it("leaves out tasks done by the report date, on time or late, and tasks without a deadline", () => {
    expect(
      remind([
        task({ id: "A", lead: VP, due: "2026-06-15", status: "Hoàn thành", doneDate: "2026-06-10" }),
        task({ id: "B", lead: VP, due: "2026-06-15", status: "Hoàn thành", doneDate: "2026-06-25" }),
        task({ id: "C", lead: VP, due: "2026-07-02", status: "Hoàn thành", doneDate: "2026-06-30" }),
        task({ id: "D", lead: VP, deadlineText: "Thường xuyên", status: "Đang thực hiện" }),
        task({ id: "E", lead: VP, due: "2026-09-30" }),
      ]),
    ).toEqual([]);
  });

  it("still reminds of a task finished after the report date: on that date it was not done", () => {
    const finishedLater = task({ id: "A", lead: VP, due: "2026-06-20", status: "Hoàn thành", doneDate: "2026-07-05" });
    expect(remind([finishedLater], "2026-06-30")[0].overdue).toEqual([{ id: "A", title: "Nhiệm vụ", due: "2026-06-20", daysLate: 10 }]);
    expect(remind([finishedLater], "2026-07-05")).toEqual([]);
  });

  it("treats Dừng/điều chỉnh as unfinished, as the sheet's Đánh giá does", () => {
    expect(remind([task({ id: "A", lead: VP, due: "2026-06-01", status: "Dừng/điều chỉnh" })])[0].overdue).toHaveLength(1);
  });
});

describe("one reminder per unit", () => {
  it("takes the e-mail of the catalog unit named exactly or by an alias, never a near miss", () => {
    const result = remind([
      task({ id: "1", lead: "VP Sở", due: "2026-06-01" }),
      task({ id: "2", lead: "Phòng KH-TC", due: "2026-06-01" }),
      task({ id: "3", lead: "Phòng Kế hoạch Tài chín", due: "2026-06-01" }),
      task({ id: "4", lead: DUOC, due: "2026-06-01" }),
      task({ id: "5", lead: "  chi cục  ATVSTP ", due: "2026-06-01" }),
    ]);
    expect(Object.fromEntries(result.map((r) => [r.unit, r.email]))).toEqual({
      "VP Sở": "vanphong@syt.example.vn",
      "Phòng KH-TC": "khtc@syt.example.vn",
      "Phòng Kế hoạch Tài chín": "",
      [DUOC]: "",
      "chi cục  ATVSTP": "attp@syt.example.vn",
    });
  });

  it("groups a unit's rows whatever their case or surrounding spaces, naming it as first written", () => {
    const result = remind([task({ id: "1", lead: KHTC, due: "2026-06-01" }), task({ id: "2", lead: ` ${KHTC.toUpperCase()} `, due: "2026-07-01" })]);
    expect(result).toHaveLength(1);
    expect(result[0].unit).toBe(KHTC);
    expect(result[0].overdue.map((t) => t.id)).toEqual(["1"]);
    expect(result[0].dueSoon.map((t) => t.id)).toEqual(["2"]);
  });

  it("leaves out units with nothing overdue or due soon", () => {
    const result = remind([task({ id: "1", lead: VP, due: "2026-06-01" }), task({ id: "2", lead: DUOC, due: "2026-12-31" })]);
    expect(result.map((r) => r.unit)).toEqual([VP]);
  });

  it("lists units in Vietnamese order, tasks without a lead last", () => {
    const leads = ["Văn phòng Sở", "Thanh tra Sở", "", "Bệnh viện Đa khoa tỉnh", "Chi cục Dân số", "Ban Giám đốc", "Đảng ủy"];
    const result = remind(leads.map((lead, i) => task({ id: String(i), lead, due: "2026-06-01" })));
    expect(result.map((r) => r.unit)).toEqual(["Ban Giám đốc", "Bệnh viện Đa khoa tỉnh", "Chi cục Dân số", "Đảng ủy", "Thanh tra Sở", "Văn phòng Sở", NO_LEAD]);
    expect(result[result.length - 1].email).toBe("");
  });

  it("puts the longest overdue first and the nearest deadline first, ties in sheet order", () => {
    const [vp] = remind([
      task({ id: "A", lead: VP, due: "2026-06-20" }),
      task({ id: "B", lead: VP, due: "2026-05-31" }),
      task({ id: "C", lead: VP, due: "2026-06-20" }),
      task({ id: "D", lead: VP, due: "2026-07-05" }),
      task({ id: "E", lead: VP, due: "2026-07-01" }),
    ]);
    expect(vp.overdue.map((t) => t.id)).toEqual(["B", "A", "C"]);
    expect(vp.dueSoon.map((t) => t.id)).toEqual(["E", "D"]);
  });
});

describe("the reminder as text", () => {
  const [vp] = remind([
    task({ id: "NV03", title: "Kiểm tra công tác\ncải cách hành chính", lead: VP, due: "2026-06-15" }),
    task({ id: "NV07", title: "Báo cáo 6 tháng", lead: VP, due: "2026-07-03" }),
    task({ id: "NV08", title: "Tổng hợp số liệu", lead: VP, due: "2026-06-30" }),
  ]);
  const text = reminderText(vp, AS_OF);

  it("greets the unit, lists each task with its dd/mm/yyyy deadline and how late or close it is, and asks for an update", () => {
    const lines = text.split("\n");
    expect(lines[0]).toBe("Kính gửi: Văn phòng Sở");
    expect(text).toContain("30/06/2026");
    expect(text).toContain("NV03 - Kiểm tra công tác cải cách hành chính (hạn 15/06/2026, quá hạn 15 ngày)");
    expect(text).toContain("NV07 - Báo cáo 6 tháng (hạn 03/07/2026, còn 3 ngày)");
    expect(text).toContain("NV08 - Tổng hợp số liệu (hạn 30/06/2026, đến hạn hôm nay)");
    expect(text.indexOf("quá hạn 15 ngày")).toBeLessThan(text.indexOf("còn 3 ngày"));
    expect(text).toMatch(/cập nhật .* vào sổ theo dõi/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("says only what there is: no overdue heading when nothing is overdue", () => {
    const soonOnly = { ...vp, overdue: [] };
    expect(reminderText(soonOnly, AS_OF)).not.toContain("quá hạn");
    expect(reminderSubject(soonOnly)).toBe("Nhắc việc: 2 nhiệm vụ sắp đến hạn");
    expect(reminderSubject(vp)).toBe("Nhắc việc: 1 nhiệm vụ quá hạn, 2 sắp đến hạn");
    expect(reminderSubject({ ...vp, dueSoon: [] })).toBe("Nhắc việc: 1 nhiệm vụ quá hạn");
  });
});
