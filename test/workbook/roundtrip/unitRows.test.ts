// Which unit gets which task: one copy per unit however its lead cells are capitalised, in the order
// a Vietnamese reader expects.
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";
import { groupByLead, unitLeadRows } from "../../../src/workbook/roundtrip/unitRows";

const rows = [
  { id: "1", title: "Kiểm tra hành nghề dược", lead: "Phòng Nghiệp vụ Dược" },
  { id: "2", title: "Báo cáo cải cách hành chính", lead: "Văn phòng Sở" },
  { id: "3", title: "Tổng hợp kết quả thi đua", lead: "văn phòng sở " },
  { id: "4", title: "Kế hoạch tiêm chủng", lead: "Bệnh viện Đa khoa tỉnh" },
];

describe("groupByLead", () => {
  it("gives a unit written with other capitals one copy, named as its first row writes it", () => {
    const { units } = groupByLead(rows, DEFAULT_CATALOG);
    expect(units.map((u) => [u.unit, u.rows])).toEqual([
      ["Bệnh viện Đa khoa tỉnh", [3]],
      ["Phòng Nghiệp vụ Dược", [0]],
      ["Văn phòng Sở", [1, 2]],
    ]);
    expect(unitLeadRows(rows, "Văn phòng Sở").map((r) => r.id)).toEqual(["2", "3"]);
  });
});
