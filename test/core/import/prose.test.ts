import { findInlineDeadline } from "../../../src/core/import/inlineDeadline";
import { matchProse } from "../../../src/core/import/proseForm";

describe("prose assignments", () => {
  test.each([
    [
      "Giao Phòng Kế hoạch Tài chính chủ trì phối hợp với các phòng chuyên môn Sở theo dõi, đôn đốc các đơn vị",
      { lead: "Phòng Kế hoạch Tài chính", partners: "các phòng chuyên môn Sở", task: "Theo dõi, đôn đốc các đơn vị", opensList: false },
    ],
    [
      "Giao Văn phòng Sở Y tế chủ trì, phối hợp các đơn vị liên quan:",
      { lead: "Văn phòng Sở Y tế", partners: "các đơn vị liên quan", task: "", opensList: true },
    ],
    [
      "Bộ Y tế chủ trì, phối hợp với Bộ Tài chính, Sở Xây dựng xây dựng hướng dẫn trước ngày 10/5/2026",
      { lead: "Bộ Y tế", partners: "Bộ Tài chính, Sở Xây dựng", task: "Xây dựng hướng dẫn trước ngày 10/5/2026", opensList: false },
    ],
    [
      "Giao Thanh tra Sở chủ trì, phối hợp Văn phòng Sở thực hiện các nội dung sau:",
      { lead: "Thanh tra Sở", partners: "Văn phòng Sở", task: "", opensList: true },
    ],
    [
      "Sở Y tế chủ trì, phối hợp với Sở Nội vụ xây dựng Đề án vị trí việc làm:",
      { lead: "Sở Y tế", partners: "Sở Nội vụ", task: "Xây dựng Đề án vị trí việc làm", opensList: false },
    ],
    [
      "Đề nghị Bảo hiểm xã hội tỉnh chủ trì, phối hợp với Sở Tài chính thẩm định quyết toán",
      { lead: "Bảo hiểm xã hội tỉnh", partners: "Sở Tài chính", task: "Thẩm định quyết toán", opensList: false },
    ],
    [
      "Giao Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/11/2026.",
      { lead: "Văn phòng Sở", partners: "", task: "Tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 20/11/2026.", opensList: false },
    ],
    // issue 12: items addressed by "Yêu cầu" / "Đề nghị", and the issuer before "giao", are tasks
    [
      // An official's title before a body addresses the body: the lead is the body as written.
      "Yêu cầu Thủ trưởng các đơn vị khẩn trương xây dựng kế hoạch",
      { lead: "các đơn vị", partners: "", task: "Khẩn trương xây dựng kế hoạch", opensList: false },
    ],
    [
      "UBND tỉnh giao Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án, hoàn thành trong quý II/2026.",
      { lead: "Sở Y tế", partners: "Sở Tài chính", task: "Xây dựng đề án, hoàn thành trong quý II/2026.", opensList: false },
    ],
    [
      "Văn phòng Sở:",
      { lead: "Văn phòng Sở", partners: "", task: "", opensList: true },
    ],
    [
      "Các đơn vị trực thuộc căn cứ chức năng, nhiệm vụ:",
      { lead: "Các đơn vị trực thuộc", partners: "", task: "", opensList: true },
    ],
    [
      "Phòng Nghiệp vụ Y: hướng dẫn các bệnh viện triển khai bệnh án điện tử.",
      { lead: "Phòng Nghiệp vụ Y", partners: "", task: "Hướng dẫn các bệnh viện triển khai bệnh án điện tử.", opensList: false },
    ],
  ])("%s", (line, expected) => {
    expect(matchProse(line)).toEqual(expected);
  });

  test.each([
    "Cụ thể hóa các chỉ tiêu, phân công rõ đơn vị chủ trì và thời hạn hoàn thành.",
    "Các đơn vị được giao chủ trì báo cáo kết quả trước ngày 15/12 hằng năm.",
    "giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội năm 2026;",
    "Giao nhiệm vụ xây dựng văn bản quy phạm pháp luật năm 2026",
    "Sở Y tế đề nghị các đơn vị như sau:",
    "Các nội dung sau:",
  ])("a sentence that assigns nothing: %s", (line) => {
    expect(matchProse(line)).toBeNull();
  });

  test.each([
    ["Rà soát cơ số thuốc, hoàn thành trước ngày 15/5/2026.", "trước ngày 15/5/2026", "Rà soát cơ số thuốc"],
    ["Báo cáo về Sở trong tháng 6/2026", "trong tháng 6/2026", "Báo cáo về Sở"],
    ["Tập huấn cán bộ; thời gian hoàn thành: Quý II/2026.", "Quý II/2026", "Tập huấn cán bộ"],
    ["Tập huấn cán bộ (thời hạn: 30/6/2026)", "30/6/2026", "Tập huấn cán bộ"],
    ["Gửi báo cáo chậm nhất ngày 05/12/2026 để tổng hợp", "chậm nhất ngày 05/12/2026", "Gửi báo cáo chậm nhất ngày 05/12/2026 để tổng hợp"],
    ["Theo dõi các đơn vị, định kỳ hàng năm tổng hợp báo cáo UBND tỉnh", "định kỳ hàng năm", "Theo dõi các đơn vị, định kỳ hàng năm tổng hợp báo cáo UBND tỉnh"],
    ["Thường xuyên kiểm tra tiến độ thực hiện", "Thường xuyên", "Thường xuyên kiểm tra tiến độ thực hiện"],
  ])("inline deadline in %s", (text, deadline, rest) => {
    expect(findInlineDeadline(text)).toEqual({ deadline, rest });
  });

  test("in a task's name, 'trong năm' says what the task covers unless 'hoàn thành' comes first", () => {
    expect(findInlineDeadline("Báo cáo kết quả thực hiện trong năm 2025", true)).toBeNull();
    expect(findInlineDeadline("Báo cáo định kỳ hằng quý về công tác dược", true)).toBeNull();
    expect(findInlineDeadline("Lắp đặt thiết bị, hoàn thành trong quý III/2026", true)?.deadline).toBe("trong quý III/2026");
  });

  test("a sentence without a deadline has none", () => {
    expect(findInlineDeadline("Tổ chức giám sát các ổ dịch cũ")).toBeNull();
  });
});
