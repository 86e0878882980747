// Unit headings and subject-first sentences are read by the shape of the words, never by a catalog.
import { importText } from "../../../src/core/import/importDirective";
import { splitLabels } from "../../../src/core/import/labels";
import { subjectFirst, unitHeading } from "../../../src/core/import/unitPhrase";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const read = (text: string) => importText(text, { catalog: DEFAULT_CATALOG, planYear: 2026 });

describe("unit headings", () => {
  test.each([
    ["Sở Y tế", true, "Sở Y tế"],
    ["Bộ Kế hoạch và Đầu tư", true, "Bộ Kế hoạch và Đầu tư"],
    ["Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", true, "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ["Các đoàn thể, tổ chức chính trị - xã hội:", false, "Các đoàn thể, tổ chức chính trị - xã hội"],
    ["Giao Sở Tài chính:", true, "Sở Tài chính"],
  ])("%s is the lead of the items below", (body, numbered, lead) => {
    expect(unitHeading(body, numbered)?.lead).toBe(lead);
  });

  test.each([
    ["Phòng chống dịch bệnh trong trường học", true],
    ["Phòng, chống dịch bệnh", true],
    ["Ban hành kèm theo Quyết định số 45/QĐ-SYT", true],
    ["Bố trí kinh phí thực hiện", true],
    ["Lãnh đạo phụ trách:", false],
    ["Sở Y tế", false],
  ])("%s is no unit heading", (body, numbered) => {
    expect(unitHeading(body, numbered)).toBeNull();
  });
});

describe("subject-first sentences", () => {
  test("the unit is kept apart from the verbs after it", () => {
    expect(subjectFirst("Sở Thông tin và Truyền thông đôn đốc, hướng dẫn các cơ quan báo chí.")).toEqual({
      lead: "Sở Thông tin và Truyền thông",
      partners: "",
      task: "Đôn đốc, hướng dẫn các cơ quan báo chí",
      opensList: false,
    });
  });

  test("'tổ chức' after 'các' is a body, not the verb", () => {
    expect(subjectFirst("Các tổ chức chính trị - xã hội phối hợp tuyên truyền.")?.lead).toBe("Các tổ chức chính trị - xã hội");
  });

  test("a clause about whoever was given a task names no unit", () => {
    expect(subjectFirst("Các đơn vị được giao chủ trì xây dựng kế hoạch chi tiết.")).toBeNull();
    expect(subjectFirst("Các phòng, đơn vị căn cứ kế hoạch này triển khai thực hiện.")).toBeNull();
  });

  test("outside a part that assigns tasks a subject-first bullet stays a reported paragraph", () => {
    const result = read("I. MỤC ĐÍCH\n- Trung tâm Kiểm soát bệnh tật giám sát ca bệnh.\nII. TỔ CHỨC THỰC HIỆN\n- Trung tâm Kiểm soát bệnh tật giám sát ca bệnh.");
    expect(result.tasks.map((t) => [t.section, t.lead])).toEqual([["II. TỔ CHỨC THỰC HIỆN", "Trung tâm Kiểm soát bệnh tật"]]);
    expect(result.unplaced).toEqual(["Trung tâm Kiểm soát bệnh tật giám sát ca bệnh."]);
  });
});

describe("label blocks", () => {
  test("a second label after a comma or a dash is its own field", () => {
    expect(splitLabels("Cơ quan chủ trì: Chi cục An toàn vệ sinh thực phẩm, thời gian thực hiện: Quý II/2026")?.map((l) => [l.field, l.value])).toEqual([
      ["lead", "Chi cục An toàn vệ sinh thực phẩm"],
      ["deadline", "Quý II/2026"],
    ]);
    expect(splitLabels("Cơ quan chủ trì: Trung tâm Kiểm soát bệnh tật - Thời gian: Năm 2026")?.map((l) => l.field)).toEqual(["lead", "deadline"]);
  });

  test("a unit list with commas and dashes is not cut", () => {
    expect(splitLabels("Cơ quan phối hợp: Sở Lao động - Thương binh và Xã hội, Sở Tài chính; thời gian: Năm 2026")?.map((l) => l.value)).toEqual([
      "Sở Lao động - Thương binh và Xã hội, Sở Tài chính",
      "Năm 2026",
    ]);
  });

  test("an item number glued to the end of the line above keeps its item", () => {
    const result = read("II. NHIỆM VỤ\n1. Tập huấn cán bộ\n- Cơ quan chủ trì: Phòng Tổ chức cán bộ.\n- Thời gian: Quý II/2026. 2.\nKiểm tra chất lượng bệnh viện\n- Cơ quan chủ trì: Phòng Nghiệp vụ Y.\n- Thời gian: Quý III/2026.");
    expect(result.tasks.map((t) => [t.title, t.lead, t.due])).toEqual([
      ["Tập huấn cán bộ", "Phòng Tổ chức cán bộ", "2026-06-30"],
      ["Kiểm tra chất lượng bệnh viện", "Phòng Nghiệp vụ Y", "2026-09-30"],
    ]);
  });
});
