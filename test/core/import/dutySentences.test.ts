// Issue 12: "<unit> chịu trách nhiệm / có trách nhiệm ..." assigns by its own words, wherever it
// stands; the decision's enforcement clause and narrated sentences do not.
import { importText } from "../../../src/core/import/importDirective";
import { dutySentence } from "../../../src/core/import/unitPhrase";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

test("two duty sentences in a paragraph under no heading are two tasks, with the right lead and partners", () => {
  const text =
    "Bộ Y tế chịu trách nhiệm toàn diện về quản lý, sử dụng số kinh phí được bổ sung. Bộ Tài chính, Bộ Y tế chịu trách nhiệm về tính chính xác của số liệu báo cáo.";
  const result = importText(text, options);
  expect(result.tasks.map((t) => [t.title, t.lead, t.partners])).toEqual([
    ["Chịu trách nhiệm toàn diện về quản lý, sử dụng số kinh phí được bổ sung", "Bộ Y tế", []],
    ["Chịu trách nhiệm về tính chính xác của số liệu báo cáo", "Bộ Tài chính", ["Bộ Y tế"]],
  ]);
  expect(result.unplaced).toEqual([]);
});

test("a duty sentence outside any assigning part is a task with its deadline", () => {
  const result = importText(
    ["I. NHIỆM VỤ", "Các Trung tâm Y tế có trách nhiệm báo cáo kết quả về Sở Y tế trước ngày 15 hằng tháng."].join("\n"),
    options,
  );
  expect(result.tasks).toHaveLength(1);
  expect(result.tasks[0].title).toBe("Có trách nhiệm báo cáo kết quả về Sở Y tế");
  expect(result.tasks[0].recurring).toBe(true);
});

test("the enforcement clause of a decision is no task, with or without its closing formula", () => {
  for (const clause of [
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.",
    "Giám đốc Sở Y tế, Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.",
    "Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này.",
  ]) {
    const result = importText(["I. NHIỆM VỤ", clause].join("\n"), options);
    expect(result.tasks).toEqual([]);
  }
  expect(dutySentence("Thủ trưởng các đơn vị có trách nhiệm tổ chức thực hiện Kế hoạch này.")).toBeNull();
});

test.each([
  ["narrated in the past", "Bộ Y tế đã chịu trách nhiệm về việc mua sắm năm 2021."],
  ["reported speech", "Bộ Y tế cho biết các đơn vị có trách nhiệm báo cáo hằng tháng."],
  ["a subject that is no unit", "Người đứng đầu chịu trách nhiệm về kết quả."],
  ["a citation", "Căn cứ Quyết định số 12/QĐ-UBND, Sở Y tế có trách nhiệm tham mưu."],
  ["units told by a clause", "Các đơn vị được giao nhiệm vụ có trách nhiệm xây dựng kế hoạch chi tiết."],
])("no task from %s; the paragraph is reported instead", (_why, sentence) => {
  const result = importText(["I. NHIỆM VỤ", sentence].join("\n"), options);
  expect(result.tasks).toEqual([]);
  expect(result.unplaced).toEqual([sentence]);
});
