import { matchLabel } from "../../../src/core/import/labels";

describe("a dash is no label's colon in a name or a heading", () => {
  test.each([["Phòng Kế hoạch - Tài chính"], ["Nhiệm vụ - giải pháp"], ["THỜI GIAN - TIẾN ĐỘ"], ["Nội dung - Tập huấn"]])("%s", (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});

describe("field labels", () => {
  test.each([
    ["Phòng chủ trì tham mưu: Tổ chức cán bộ.", "lead", "Tổ chức cán bộ."],
    ["Đơn vị chủ trì tham mưu: Chi cục Dân số", "lead", "Chi cục Dân số"],
    ["Cơ quan chủ trì: Sở Y tế", "lead", "Sở Y tế"],
    ["Chủ trì: Văn phòng Sở", "lead", "Văn phòng Sở"],
    ["Cơ quan phối hợp: Các phòng, đơn vị trực thuộc sở.", "partners", "Các phòng, đơn vị trực thuộc sở."],
    ["Đơn vị phối hợp thực hiện: Sở Tài chính", "partners", "Sở Tài chính"],
    ["Cơ quan chủ trì, phối hợp", "leadAndPartners", ""],
    ["Thời gian hoàn thành: Quý I/2021.", "deadline", "Quý I/2021."],
    ["Thời gian thực hiện: Thường xuyên", "deadline", "Thường xuyên"],
    ["Thời hạn: 30/6/2026", "deadline", "30/6/2026"],
    ["Tiến độ thực hiện: Năm 2026", "deadline", "Năm 2026"],
    ["Kết quả/Sản phẩm: Báo cáo", "product", "Báo cáo"],
    ["Sản phẩm: Quyết định", "product", "Quyết định"],
    ["Hình thức văn bản: Kế hoạch", "product", "Kế hoạch"],
    ["Tên nhiệm vụ: Xây dựng đề án", "title", "Xây dựng đề án"],
    ["Nội dung", "title", ""],
    ["Cơ quan chủ trì", "lead", ""],
    ["Lãnh đạo phụ trách: PGĐ Hà", "other", "PGĐ Hà"],
    ["Cơ quan phối hợp soạn thảo: Sở Tư pháp", "partners", "Sở Tư pháp"],
    ["Thời gian trình Ủy ban nhân dân tỉnh: Quý II/2026", "deadline", "Quý II/2026"],
    ["Nội dung chính: Rà soát", "title", "Rà soát"],
    ["Lãnh đạo Sở phụ trách: PGĐ Hà", "other", "PGĐ Hà"],
    ["Dự kiến sản phẩm: Đề án", "product", "Đề án"],
    ["Đơn vị phụ trách: Văn phòng Sở", "lead", "Văn phòng Sở"],
    ["Lộ trình thực hiện: 2026 - 2027", "deadline", "2026 - 2027"],
    ["Lãnh đạo phụ trách: PGĐ Bảo", "other", "PGĐ Bảo"],
    ["Cơ quan chủ trì – Văn phòng Sở", "lead", "Văn phòng Sở"],
    ["Thời gian - Quý I/2026", "deadline", "Quý I/2026"],
    ["Cơ quan chủ trì - phối hợp", "leadAndPartners", ""],
    ["Cấp trình: UBND tỉnh", "other", "UBND tỉnh"],
    ["Mục tiêu: 100% cơ sở được kiểm tra", "other", "100% cơ sở được kiểm tra"],
    ["Dự kiến kinh phí: 200 triệu đồng", "other", "200 triệu đồng"],
    ["Yêu cầu sản phẩm: Bộ dữ liệu chuẩn", "product", "Bộ dữ liệu chuẩn"],
    ["Yêu cầu: Bảo đảm đúng quy định", "other", "Bảo đảm đúng quy định"],
    ["Thời gian thực hiện/hoàn thành: tháng 7/2026", "deadline", "tháng 7/2026"],
    ["Thời gian hoàn thành/trình: Quý III/2026", "deadline", "Quý III/2026"],
    ["Thời hạn thực hiện / hoàn thành: 30/9/2026", "deadline", "30/9/2026"],
  ])("%s", (line, field, value) => {
    expect(matchLabel(line)).toMatchObject({ field, value, outsidePartner: null });
  });

  test("a 'Nội dung' label is marked as content, a 'Tên nhiệm vụ' label is not", () => {
    expect(matchLabel("Nội dung: Rà soát")?.content).toBe(true);
    expect(matchLabel("Tên nhiệm vụ: Rà soát")?.content).toBeUndefined();
  });

  test("'Phòng phối hợp với <agency>: <office>': the office leads, the agency partners", () => {
    expect(matchLabel("Phòng phối hợp với Sở KH-ĐT: Kế hoạch tài chính.")).toEqual({
      field: "lead",
      value: "Kế hoạch tài chính.",
      outsidePartner: "Sở KH-ĐT",
    });
  });

  test.each([
    "Báo cáo đánh giá: (1) Kết quả thực hiện Nghị quyết",
    "Thời gian qua, ngành y tế đã đạt nhiều kết quả",
    "Kế hoạch tinh giản biên chế theo vị trí việc làm:",
  ])("a task line is no label: %s", (line) => {
    expect(matchLabel(line)).toBeNull();
  });
});

describe("a label typed with its colon twice or left out", () => {
  test.each([
    ["Cơ quan phối hợp:: Sở Tài chính", "partners", "Sở Tài chính"],
    ["sản phẩm:: Biên bản giám sát.", "product", "Biên bản giám sát."],
    ["cơ quan chủ trì Trung tâm Kiểm soát bệnh tật.", "lead", "Trung tâm Kiểm soát bệnh tật."],
    ["cơ quan phối hợp Sở Giáo dục và Đào tạo; Trung tâm Kiểm nghiệm.", "partners", "Sở Giáo dục và Đào tạo; Trung tâm Kiểm nghiệm."],
    ["thời gian hoàn thành Quý I/2027.", "deadline", "Quý I/2027."],
    ["Thời hạn 30/6/2026", "deadline", "30/6/2026"],
    ["tên nhiệm vụ Giám sát an toàn thực phẩm", "title", "Giám sát an toàn thực phẩm"],
    ["sản phẩm Báo cáo kết quả", "product", "Báo cáo kết quả"],
    ["Tên nhiệm vụ - Đánh giá tình trạng dinh dưỡng trẻ em", "title", "Đánh giá tình trạng dinh dưỡng trẻ em"],
  ])("%s", (text, field, value) => {
    expect(matchLabel(text)).toMatchObject({ field, value });
  });

  test.each([
    ["Tham mưu UBND tỉnh ban hành Kế hoạch phòng chống dịch"],
    ["Phối hợp Sở Tài chính thẩm định dự toán"],
    ["Chủ trì Hội nghị tổng kết ngành"],
    ["Kết quả Hội thi điều dưỡng giỏi"],
    ["Nhiệm vụ 1"],
    ["Tiến độ Dự án bệnh viện"],
    ["cơ quan chủ trì các đơn vị"],
  ])("%s stays a line of its own", (text) => {
    expect(matchLabel(text)).toBeNull();
  });
});
