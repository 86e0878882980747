// Issue 12: news items and letters state the assignment after a lead-in; who issues it is no part
// of the task, and the sentences before it are reported, not dropped.
import { findInlineDeadline } from "../../../src/core/import/inlineDeadline";
import { importText } from "../../../src/core/import/importDirective";
import { matchProse } from "../../../src/core/import/proseForm";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };

test.each([
  ["Bên cạnh đó, UBND tỉnh cũng giao Công an tỉnh chủ trì triển khai cách ly.", "Công an tỉnh", "Triển khai cách ly."],
  ["Trong đó, Lam Sơn yêu cầu UBND cấp xã khẩn trương sắp xếp trạm y tế.", "UBND cấp xã", "Khẩn trương sắp xếp trạm y tế."],
])("an issuer after a connective, or a province named alone, is left out: %s", (text, lead, task) => {
  expect(matchProse(text)).toMatchObject({ lead, task });
});

test("an assignment after a background sentence is a task; the background is reported with it", () => {
  const background = "Năm 2025 toàn tỉnh đã hoàn thành các chỉ tiêu về tiêm chủng.";
  const result = importText(
    ["I. NHIỆM VỤ", `${background} Ngoài ra, UBND tỉnh cũng giao Sở Y tế chủ trì tổ chức tiêm bù cho trẻ em, hoàn thành trước ngày 30/6/2026.`].join("\n"),
    options,
  );
  expect(result.tasks.map((t) => [t.title, t.lead, t.due])).toEqual([["Tổ chức tiêm bù cho trẻ em", "Sở Y tế", "2026-06-30"]]);
  expect(result.unplaced).toEqual([background]);
});

test("a clause fronted to the assigning sentence frames it and is not a task of its own", () => {
  const result = importText(
    "I. NHIỆM VỤ\nTheo đó, thực hiện đề nghị của Bộ Y tế tại Công văn số 39/BYT-DP, Chủ tịch UBND tỉnh yêu cầu Sở Y tế tổ chức giám sát bệnh bạch hầu.",
    options,
  );
  expect(result.tasks.map((t) => [t.title, t.lead])).toEqual([["Tổ chức giám sát bệnh bạch hầu", "Sở Y tế"]]);
  expect(result.unplaced).toEqual([]);
});

test("'bảo đảm hoàn thành trước ngày ...' is the deadline whole; the title keeps none of it", () => {
  expect(findInlineDeadline("Xây dựng Đề án sắp xếp trạm y tế, bảo đảm hoàn thành trước ngày 31/12/2025...")).toEqual({
    deadline: "trước ngày 31/12/2025",
    rest: "Xây dựng Đề án sắp xếp trạm y tế",
  });
});
