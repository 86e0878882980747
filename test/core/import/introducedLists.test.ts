// Issue 12 (I-fix3): a letter's introducing line names who carries out "the following", and its numbered
// or lettered items name no unit of their own. Each item must come out as a task of those units, and no
// line may vanish without being a task or listed as unplaced.
import { logicalLines } from "../../../src/core/import/cleanText";
import { importText } from "../../../src/core/import/importDirective";
import { locateUnplaced } from "../../../src/core/import/locateUnplaced";
import { UnitResolver } from "../../../src/core/import/resolveUnits";
import { IMPORT_WARNINGS } from "../../../src/core/strings/import";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

function read(lines: string[]) {
  const text = lines.join("\n");
  const result = importText(text, options);
  return { result, unplaced: locateUnplaced({ kind: "text", text }, result.unplaced) };
}

test("the units an introducing line asks lead the numbered items below it, an official's title dropped", () => {
  const { result } = read([
    "Để chủ động phòng, chống bệnh sởi trong mùa đông xuân, Sở Y tế yêu cầu thủ trưởng các trường học, nhà trẻ triển khai những nội dung sau:",
    "1. Rà soát, bổ sung thuốc, vật tư phục vụ điều trị bệnh nhân sởi.",
    "2. Tổ chức tập huấn phác đồ điều trị cho nhân viên y tế trước ngày 30/01/2026.",
  ]);
  expect(result.tasks.map((t) => [t.id, t.section, t.title, t.lead, t.due])).toEqual([
    ["1", "", "Rà soát, bổ sung thuốc, vật tư phục vụ điều trị bệnh nhân sởi", "các trường học, nhà trẻ", null],
    ["2", "", "Tổ chức tập huấn phác đồ điều trị cho nhân viên y tế", "các trường học, nhà trẻ", "2026-01-30"],
  ]);
  expect(result.unplaced).toEqual([]);
  expect(result.notices).toEqual([]);
});

test("several units named in the introducing line: the first leads, the others are co-leads in partners", () => {
  const { result } = read([
    "UBND tỉnh đề nghị Sở Tài chính, Sở Nội vụ khẩn trương thực hiện một số nội dung sau:",
    "a) Bố trí kinh phí mua sắm trang thiết bị cho trạm y tế xã.",
  ]);
  const [task] = result.tasks;
  expect([task.lead, task.partners]).toEqual(["Sở Tài chính", ["Sở Nội vụ"]]);
  expect(task.warnings).toContain(IMPORT_WARNINGS.severalLeads(["Sở Tài chính", "Sở Nội vụ"]));
});

test("an item opening 'Phối hợp với A, B <verb>' keeps the introduced lead, A and B partner, its (1)..(n) join its title", () => {
  const { result } = read([
    "Sở Y tế yêu cầu các Trung tâm Y tế thực hiện các nội dung sau:",
    "1. Phối hợp với Trung tâm Kiểm soát bệnh tật, Phòng Nghiệp vụ Y hướng dẫn các trạm y tế xã về tiêm chủng, cụ thể như sau:",
    "(1) Lập danh sách trẻ cần tiêm bù;",
    "(2) Bảo quản vắc xin đúng quy định;",
    "(Kèm theo mẫu báo cáo)",
  ]);
  expect(result.tasks.map((t) => [t.id, t.title, t.lead, t.partners])).toEqual([
    [
      "1",
      "Hướng dẫn các trạm y tế xã về tiêm chủng: Lập danh sách trẻ cần tiêm bù; Bảo quản vắc xin đúng quy định",
      "Các Trung tâm Y tế huyện, thị xã, thành phố",
      ["Trung tâm Kiểm soát bệnh tật", "Phòng Nghiệp vụ Y"],
    ],
  ]);
  expect(result.unplaced).toEqual(["(Kèm theo mẫu báo cáo)"]);
});

test("a numbered sentence over sentence sub-items, with no unit anywhere, is reported with them, never dropped", () => {
  const { result, unplaced } = read([
    "KẾ HOẠCH TRUYỀN THÔNG",
    "1. Phối hợp với nhà trường phổ biến những việc cần làm để phòng bệnh tay chân miệng cho học sinh, cụ thể như sau:",
    "(1) Những việc học sinh cần làm ở nhà;",
    "(2) Những việc giáo viên cần làm ở lớp;",
  ]);
  expect(result.tasks).toEqual([]);
  expect(unplaced.map((u) => u.line)).toEqual([2, 3, 4]);
});

test("bullets run on one line after '<unit> thực hiện:' are split, and a dash inside a name is not a bullet", () => {
  const { result } = read([
    "Thủ trưởng các đơn vị trực thuộc nghiêm túc thực hiện một số nội dung sau:",
    "a) Các trạm y tế xã thực hiện: - Phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức hội thi tuyên truyền. - Báo cáo kết quả tiêm chủng hằng tháng.",
  ]);
  expect(result.tasks.map((t) => [t.id, t.section, t.title, t.lead, t.partners])).toEqual([
    ["a.1", "a) Các trạm y tế xã thực hiện", "Tổ chức hội thi tuyên truyền", "Các trạm y tế xã", ["Trung tâm Văn hóa - Thể thao huyện"]],
    ["a.2", "a) Các trạm y tế xã thực hiện", "Báo cáo kết quả tiêm chủng hằng tháng", "Các trạm y tế xã", []],
  ]);
});

test("an item with grounds fronted to its subject, and a second sentence with no subject, gives two tasks of that subject", () => {
  const { result } = read([
    "Bộ Y tế đề nghị các Sở Y tế tập trung triển khai một số nội dung sau:",
    "1. Căn cứ diễn biến dịch tại địa phương, các Sở Y tế chủ động tham mưu phương án thu dung người bệnh. Tổ chức diễn tập trước ngày 15/3/2026.",
  ]);
  expect(result.tasks.map((t) => [t.id, t.section, t.title, t.lead, t.due])).toEqual([
    ["1.1", "", "Chủ động tham mưu phương án thu dung người bệnh", "các Sở Y tế", null],
    ["1.2", "", "Tổ chức diễn tập", "các Sở Y tế", "2026-03-15"],
  ]);
});

test("a year range broken at its hyphen by a PDF line end is joined without a space", () => {
  expect(logicalLines(["Rà soát kế hoạch giáo dục năm học 2025-", "2026 theo hướng dẫn."])).toEqual([
    "Rà soát kế hoạch giáo dục năm học 2025-2026 theo hướng dẫn.",
  ]);
});

test("an order with no subject after an assigning sentence is a task of the same units, not part of the one before", () => {
  const { result } = read([
    "UBND tỉnh yêu cầu các sở, ngành, địa phương tăng cường giám sát dịch bệnh tại cộng đồng. Thực hiện nghiêm việc báo cáo ca bệnh trong 24 giờ.",
  ]);
  expect(result.tasks.map((t) => [t.title, t.lead])).toEqual([
    ["Tăng cường giám sát dịch bệnh tại cộng đồng", "các sở, ngành, địa phương"],
    ["Thực hiện nghiêm việc báo cáo ca bệnh trong 24 giờ", "các sở, ngành, địa phương"],
  ]);
});

test("'Các bộ, ủy ban nhân dân các tỉnh ...' names two bodies; 'các bộ, ngành' stays one group", () => {
  const units = new UnitResolver(DEFAULT_CATALOG);
  expect(units.list("Các bộ, ủy ban nhân dân các tỉnh, thành phố").map((u) => u.name)).toEqual(["Các bộ", "ủy ban nhân dân các tỉnh, thành phố"]);
  expect(units.list("các bộ, ngành").map((u) => u.name)).toEqual(["các bộ, ngành"]);
});

test("a title ending in an ellipsis keeps it: the dots say the list goes on", () => {
  const { result } = read(["Sở Y tế yêu cầu các bệnh viện thực hiện các nội dung sau:", "1. Áp dụng các hướng dẫn chuyên môn như điều trị sởi, tay chân miệng..."]);
  expect(result.tasks.map((t) => t.title)).toEqual(["Áp dụng các hướng dẫn chuyên môn như điều trị sởi, tay chân miệng..."]);
});
