// Issue 12: a numbered line is a heading only if something sits under it; a numbered sentence under
// which no task lands is a paragraph, and is reported with its line like any other.
import { importText } from "../../../src/core/import/importDirective";
import { locateUnplaced } from "../../../src/core/import/locateUnplaced";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

function read(lines: string[]) {
  const text = lines.join("\n");
  const result = importText(text, options);
  return { result, unplaced: locateUnplaced({ kind: "text", text }, result.unplaced) };
}

test("a numbered sentence with no task under it is listed as unplaced with its line", () => {
  const { result, unplaced } = read([
    "KẾ HOẠCH",
    "II. NHIỆM VỤ",
    "1. Giám sát dịch bệnh",
    "- Giao Trung tâm Kiểm soát bệnh tật chủ trì giám sát sốt xuất huyết, hoàn thành trong quý II/2026.",
    "2. Tăng cường công tác truyền thông nâng cao nhận thức của người dân về phòng bệnh.",
    "3. Nâng cao chất lượng xét nghiệm",
    "- Giao Phòng Nghiệp vụ Y chủ trì xây dựng quy trình, hoàn thành trong quý III/2026.",
  ]);
  expect(result.tasks.map((t) => t.lead)).toEqual(["Trung tâm Kiểm soát bệnh tật", "Phòng Nghiệp vụ Y"]);
  expect(unplaced).toEqual([{ line: 5, text: "2. Tăng cường công tác truyền thông nâng cao nhận thức của người dân về phòng bệnh." }]);
});

test("a long numbered line without a full stop and with nothing under it is reported too", () => {
  const { unplaced } = read([
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Giao Văn phòng Sở chủ trì tổng hợp, báo cáo Giám đốc Sở trước ngày 20/12/2026.",
    "2. Các đơn vị trong quá trình triển khai nếu có khó khăn vướng mắc kịp thời phản ánh về Sở Y tế để được hướng dẫn",
  ]);
  expect(unplaced.map((u) => u.line)).toEqual([3]);
});

test("a short title with nothing under it, and a sentence heading its own tasks, are not reported", () => {
  const { result } = read([
    "I. NHIỆM VỤ",
    "1. Phát triển y học gia đình",
    "2. Các đơn vị thực hiện tốt công tác phòng, chống dịch.",
    "- Giao Trung tâm Kiểm soát bệnh tật chủ trì giám sát dịch, hoàn thành trong quý II/2026.",
    "II. KINH PHÍ",
  ]);
  expect(result.tasks).toHaveLength(1);
  expect(result.tasks[0].section).toBe("I. NHIỆM VỤ > 2. Các đơn vị thực hiện tốt công tác phòng, chống dịch");
  expect(result.unplaced).toEqual([]);
});

test("a numbered sentence in the preamble, before any task, is reported, not dropped as letterhead", () => {
  const { result, unplaced } = read([
    "SỞ Y TẾ",
    "Căn cứ Quyết định số 45/QĐ-UBND ngày 05/01/2026 của UBND tỉnh;",
    "1. Năm 2025 ngành y tế đã hoàn thành các chỉ tiêu được giao.",
    "I. NHIỆM VỤ",
    "- Giao Văn phòng Sở chủ trì tổng hợp báo cáo, hoàn thành trong quý IV/2026.",
  ]);
  expect(result.tasks).toHaveLength(1);
  expect(unplaced).toEqual([{ line: 3, text: "1. Năm 2025 ngành y tế đã hoàn thành các chỉ tiêu được giao." }]);
});
