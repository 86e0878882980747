// A directive's appendix table as it lands in a sheet when pasted from Word: a header row, group
// heading rows between the tasks, units written the way directives write them. Invented for the test.
export const DIRECTIVE_ROWS: string[][] = [
  ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"],
  ["I.", "CÔNG TÁC KẾ HOẠCH, TÀI CHÍNH", "", "", "", ""],
  ["1", "Xây dựng kế hoạch phân bổ dự toán ngân sách năm 2027 của ngành y tế", "Phòng Kế hoạch - Tài chính", "Văn phòng Sở", "Kế hoạch", "Quý II/2026"],
  ["2", "Tổng hợp báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm", "Văn phòng Sở", "Các phòng, đơn vị trực thuộc sở", "Báo cáo", "trước ngày 05/7/2026"],
  ["II.", "CÔNG TÁC CHUYÊN MÔN", "", "", "", ""],
  ["3", "Triển khai chiến dịch tiêm chủng mở rộng tại các xã vùng khó khăn", "Trung tâm Kiểm soát bệnh tật", "Phòng Nghiệp vụ Y", "Báo cáo kết quả", "Tháng 9/2026"],
  ["4", "Kiểm tra công tác bảo đảm an toàn thực phẩm dịp Tết Trung thu", "Chi cục An toàn vệ sinh thực phẩm", "Thanh tra Sở", "Báo cáo", "Tháng 8/2026"],
  ["5", "Rà soát, cập nhật danh mục kỹ thuật của các bệnh viện tuyến tỉnh", "Phòng Nghiệp vụ Y", "", "Quyết định", "Năm 2026"],
  ["6", "Báo cáo sơ kết công tác phòng, chống dịch sốt xuất huyết", "Trung tâm Kiểm soát bệnh tật", "", "Báo cáo", "Tháng 5/2026"],
  ["7", "Hướng dẫn các đơn vị lập dự toán chi thường xuyên", "Phòng KH-TC", "", "Văn bản hướng dẫn", "kịp thời"],
  ["8", "Theo dõi, giám sát tình hình dịch bệnh truyền nhiễm trên địa bàn", "Trung tâm Kiểm soát bệnh tật", "Phòng Nghiệp vụ Y", "Báo cáo", "Thường xuyên"],
];

export const DIRECTIVE_TASKS = 8;

/** The list form, copied from a Word document: the deadline of the first task has no year. */
export const DIRECTIVE_TEXT = `I. CÔNG TÁC TỔ CHỨC CÁN BỘ
1. Xây dựng đề án vị trí việc làm của các đơn vị sự nghiệp trực thuộc Sở
+ Phòng chủ trì tham mưu: Phòng Tổ chức cán bộ.
+ Cơ quan phối hợp: Văn phòng Sở.
+ Thời gian hoàn thành: Tháng 9.
2. Rà soát quy hoạch cán bộ lãnh đạo, quản lý giai đoạn 2026-2031
+ Phòng chủ trì tham mưu: Phòng Tổ chức cán bộ.
+ Thời gian hoàn thành: Quý IV/2026.`;
export const DIRECTIVE_LEADS = [
  "Phòng Kế hoạch - Tài chính",
  "Văn phòng Sở",
  "Trung tâm Kiểm soát bệnh tật",
  "Chi cục An toàn vệ sinh thực phẩm",
  "Phòng Nghiệp vụ Y",
];
