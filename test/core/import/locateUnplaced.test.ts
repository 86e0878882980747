import { importCells, importText } from "../../../src/core/import/importDirective";
import { locateUnplaced } from "../../../src/core/import/locateUnplaced";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

test("every unplaced paragraph of a text is listed with the line it starts on", () => {
  const text = [
    "KẾ HOẠCH",
    "I. NHIỆM VỤ",
    "1. Phòng, chống dịch",
    "- Xây dựng kế hoạch phòng, chống sốt xuất huyết.",
    "+ Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật.",
    "+ Thời gian hoàn thành: Quý II/2026.",
    "Năm 2026 tiếp tục duy trì các chỉ tiêu",
    "tiêm chủng mở rộng đạt trên 95%.",
    "2. Kinh phí",
    "Kinh phí thực hiện từ nguồn ngân sách nhà nước.",
  ].join("\n");
  const result = importText(text, options);
  expect(result.tasks).toHaveLength(1);
  expect(locateUnplaced({ kind: "text", text }, result.unplaced)).toEqual([
    { line: 7, text: "Năm 2026 tiếp tục duy trì các chỉ tiêu tiêm chủng mở rộng đạt trên 95%." },
    { line: 10, text: "Kinh phí thực hiện từ nguồn ngân sách nhà nước." },
  ]);
});

test("a paragraph written twice gets each of its lines, and a table's rows their row numbers", () => {
  const text = "Ghi chú chung cho các đơn vị.\nA\nGhi chú chung cho các đơn vị.";
  expect(locateUnplaced({ kind: "text", text }, ["Ghi chú chung cho các đơn vị.", "Ghi chú chung cho các đơn vị."]).map((p) => p.line)).toEqual([1, 3]);
  const cells = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
    [1, "Xây dựng kế hoạch tiêm chủng năm 2026", "Trung tâm Kiểm soát bệnh tật", "Quý I/2026"],
    ["Ghi chú: các đơn vị báo cáo về Văn phòng Sở", null, null, null],
  ];
  const result = importCells(cells, options);
  expect(locateUnplaced({ kind: "cells", cells }, result.unplaced).map((p) => p.line)).toEqual(result.unplaced.map(() => 3));
  expect(result.unplaced.length).toBeGreaterThan(0);
});
