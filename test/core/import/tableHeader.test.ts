import { columnRole } from "../../../src/core/import/tableHeader";

describe("table header wording", () => {
  test.each([
    ["TT", "stt"],
    ["Số TT", "stt"],
    ["Nội dung công việc", "title"],
    ["NỘI DUNG NHIỆM VỤ, GIẢI PHÁP", "title"],
    ["Cơ quan chủ trì", "lead"],
    ["Đơn vị\nchủ trì", "lead"],
    ["Cơ quan chủ trì soạn thảo", "lead"],
    ["Cơ quan soạn thảo", "lead"],
    ["Cơ quan trình", "lead"],
    ["Cơ quan phối hợp", "partners"],
    ["Cơ quan chủ trì, phối hợp", "leadAndPartners"],
    ["Sản phẩm/Hình thức văn bản", "product"],
    ["Thời gian hoàn thành", "deadline"],
    ["Thời gian trình", "deadline"],
    ["Thời gian kết thúc", "deadline"],
    ["Thời gian thực hiện (bắt đầu - kết thúc)", "deadline"],
    ["Thời gian bắt đầu", "ignore"],
    ["Lãnh đạo phụ trách", "ignore"],
    ["Phó Giám đốc phụ trách", "ignore"],
    ["Ghi chú", "ignore"],
    ["Cấp trình", null],
    ["Hoạt động", "title"],
    ["Nhiệm vụ, giải pháp chủ yếu", "title"],
    ["Đơn vị đầu mối", "lead"],
    ["Đơn vị phụ trách", "lead"],
    ["Đơn vị thực hiện chính", "lead"],
    ["Lộ trình thực hiện", "deadline"],
    ["Người thực hiện", null],
    ["Đơn vị CT", "lead"],
    ["ĐV chủ trì", "lead"],
    ["ĐVCT", "lead"],
    ["CQ PH", "partners"],
    ["Đơn vị PH", "partners"],
    ["ĐVPH", "partners"],
    ["CT", null],
  ])("%s → %s", (header, role) => {
    expect(columnRole(header)).toBe(role);
  });
});
