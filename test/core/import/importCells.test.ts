import { importCells } from "../../../src/core/import/importDirective";
import type { CellValue } from "../../../src/core/types";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const options = { catalog: DEFAULT_CATALOG, planYear: 2026 };
const HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"];

describe("a pasted table", () => {
  test("a number cell turned from '1.' into 1 keeps its number; a date cell reads as dd/mm/yyyy", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Kế hoạch phòng chống dịch", "Nghiệp vụ Y", null, new Date(Date.UTC(2026, 5, 30))],
      [2, "Báo cáo tài chính", "KHTC", "", 46387],
    ];
    const tasks = importCells(cells, options).tasks;
    expect(tasks.map((t) => [t.id, t.lead, t.deadlineText, t.due])).toEqual([
      ["1", "Phòng Nghiệp vụ Y", "30/06/2026", "2026-06-30"],
      ["2", "Phòng Kế hoạch - Tài chính", "31/12/2026", "2026-12-31"],
    ]);
  });

  test.each([
    [["TT", "Nhiệm vụ cụ thể", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ"]],
    [["Số TT", "Tên nhiệm vụ", "Cơ quan\nchủ trì", "Cơ quan\nphối hợp", "Thời hạn"]],
    [["STT", "Nội dung công việc", "Đơn vị thực hiện", "Phối hợp", "Thời gian thực hiện"]],
    [["TT", "Tên đề án, văn bản", "Cơ quan chủ trì soạn thảo", "Cơ quan phối hợp thực hiện", "Thời điểm hoàn thành"]],
    [["TT", "Nội dung công việc", "Đơn vị CT", "Đơn vị PH", "Thời gian"]],
    [["STT", "Nhiệm vụ", "ĐVCT", "ĐVPH", "Thời hạn"]],
  ])("header wording %j", (header) => {
    const tasks = importCells([["KẾ HOẠCH NĂM 2026"], [], header, [1, "Tập huấn", "Văn phòng Sở", "Thanh tra Sở", "Quý I/2026"]], options).tasks;
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ title: "Tập huấn", lead: "Văn phòng Sở", partners: ["Thanh tra Sở"], due: "2026-03-31" });
  });

  test("a title naming its number again ('Nhiệm vụ 3: ...' beside 3) drops it; another number stays", () => {
    const cells: CellValue[][] = [
      HEADER,
      [3, "Nhiệm vụ 3: Xây dựng Kế hoạch nhân lực", "Phòng TCCB", "", "Tháng 10/2026"],
      [4, "Nhiệm vụ số 04. Tuyển dụng viên chức", "Phòng TCCB", "", "Tháng 11/2026"],
      [5, "Nhiệm vụ 2 giai đoạn 2026 - 2030", "Phòng TCCB", "", "Năm 2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.title])).toEqual([
      ["3", "Xây dựng Kế hoạch nhân lực"],
      ["4", "Tuyển dụng viên chức"],
      ["5", "Nhiệm vụ 2 giai đoạn 2026 - 2030"],
    ]);
  });

  test("a header over two rows with the abbreviations CT | PH under the unit column", () => {
    const cells: CellValue[][] = [
      ["TT", "Nội dung", "Đơn vị thực hiện", null, "Thời gian"],
      [null, null, "CT", "PH", null],
      ["1", "Khảo sát", "VP Sở", "Thanh tra Sở", "Quý I/2026"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({ lead: "Văn phòng Sở", partners: ["Thanh tra Sở"], due: "2026-03-31" });
  });

  test("a header over two rows: Chủ trì | Phối hợp under the unit column, Bắt đầu | Kết thúc under the time", () => {
    const cells: CellValue[][] = [
      ["TT", "Nội dung", "Đơn vị thực hiện", null, "Thời gian thực hiện", null],
      [null, null, "Chủ trì", "Phối hợp", "Bắt đầu", "Kết thúc"],
      ["1", "Khảo sát", "VP Sở", "Thanh tra Sở", "Tháng 1/2026", "Tháng 3/2026"],
    ];
    expect(importCells(cells, options).tasks[0]).toMatchObject({
      lead: "Văn phòng Sở",
      partners: ["Thanh tra Sở"],
      deadlineText: "Tháng 3/2026",
    });
  });

  test("'Ngày bắt đầu' | 'Ngày hoàn thành' under a merged 'Thời gian thực hiện': the finish is the deadline, the start reported under its own name", () => {
    const cells: CellValue[][] = [
      ["TT", "Nội dung", "Đơn vị chủ trì", "Thời gian thực hiện", null],
      [null, null, null, "Ngày bắt đầu", "Ngày hoàn thành"],
      ["1", "Khảo sát", "VP Sở", "01/3/2026", "30/6/2026"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks[0]).toMatchObject({ lead: "Văn phòng Sở", deadlineText: "30/6/2026", due: "2026-06-30" });
    expect(result.unplaced).toEqual(["Ngày bắt đầu: 01/3/2026"]);
  });

  test("a second header row under a merged column with no role ('Kinh phí' over 'Ngân sách tỉnh' | 'Nguồn khác') is a header, not a task", () => {
    const cells: CellValue[][] = [
      ["TT", "Nội dung", "Cơ quan chủ trì", "Kinh phí (triệu đồng)", null, "Thời hạn"],
      [null, null, null, "Ngân sách tỉnh", "Nguồn khác", null],
      ["1", "Khảo sát", "VP Sở", "100", "20", "Quý II/2026"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({ lead: "Văn phòng Sở", due: "2026-06-30" });
    expect(result.unplaced).toEqual(["Kinh phí (triệu đồng) - Ngân sách tỉnh: 100", "Kinh phí (triệu đồng) - Nguồn khác: 20"]);
  });

  test("with no number column, a task's number opening its title is its number", () => {
    const cells: CellValue[][] = [
      ["Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
      ["I. CÔNG TÁC DƯỢC", null, null],
      ["1. Kiểm tra thuốc", "Nghiệp vụ Dược", "Năm 2026"],
      ["2. Đấu thầu thuốc", "Nghiệp vụ Dược", "Quý II/2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.title, t.section])).toEqual([
      ["I.1", "Kiểm tra thuốc", "I. CÔNG TÁC DƯỢC"],
      ["I.2", "Đấu thầu thuốc", "I. CÔNG TÁC DƯỢC"],
    ]);
  });

  test("a heading merged across the row lands in the number column and becomes the section", () => {
    const cells: CellValue[][] = [HEADER, ["I. CÔNG TÁC DƯỢC", null, null, null, null], [1, "Kiểm tra thuốc", "Nghiệp vụ Dược", "", "Năm 2026"]];
    expect(importCells(cells, options).tasks[0]).toMatchObject({ id: "I.1", section: "I. CÔNG TÁC DƯỢC" });
  });

  test("a row with only values continues the task above; blank unit cells under a task are merged with the ones above", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Nâng cấp khoa cấp cứu", "KHTC", "Sở Tài chính", "Năm 2026"],
      [null, null, null, "Sở Xây dựng", null],
      [2, "Mua sắm xe cấp cứu", null, null, "Quý IV/2026"],
      [3, "Đào tạo kíp cấp cứu", null, "Bệnh viện Đa khoa tỉnh", "Quý IV/2026"],
    ];
    const [first, second, third] = importCells(cells, options).tasks;
    expect(first.partners).toEqual(["Sở Tài chính", "Sở Xây dựng"]);
    expect(second.lead).toBe("Phòng Kế hoạch - Tài chính");
    expect(second.partners).toEqual(["Sở Tài chính", "Sở Xây dựng"]);
    expect(second.warnings).toEqual([
      "Ô đơn vị chủ trì để trống; lấy theo nhiệm vụ liền trên (ô gộp)",
      "Ô đơn vị phối hợp để trống; lấy theo nhiệm vụ liền trên (ô gộp)",
    ]);
    // A partner of its own: only the lead cell was merged.
    expect(third).toMatchObject({ lead: "Phòng Kế hoạch - Tài chính", partners: ["Bệnh viện Đa khoa tỉnh"] });
  });

  test("a deadline cell Excel turned into a date serial, kept as digits by a TSV copy, is that date", () => {
    const cells: CellValue[][] = [HEADER, [1, "Kiểm tra thuốc", "Nghiệp vụ Dược", "", "46203"]];
    expect(importCells(cells, options).tasks[0]).toMatchObject({ deadlineText: "30/06/2026", due: "2026-06-30" });
  });

  test("two units in the lead cell: the first leads, the others partner, with a warning", () => {
    const cells: CellValue[][] = [HEADER, [1, "Thanh tra dược", "Thanh tra Sở\nNghiệp vụ Dược", "Công an tỉnh", "Quý II/2026"]];
    const task = importCells(cells, options).tasks[0];
    expect(task.lead).toBe("Thanh tra Sở");
    expect(task.partners).toEqual(["Phòng Nghiệp vụ Dược", "Công an tỉnh"]);
    expect(task.warnings).toHaveLength(1);
  });

  test("the lead is never among the partners", () => {
    const cells: CellValue[][] = [HEADER, [1, "Tổng kết năm", "Văn phòng Sở", "VP Sở; Thanh tra Sở", "15/12/2026"]];
    expect(importCells(cells, options).tasks[0].partners).toEqual(["Thanh tra Sở"]);
  });

  test("a sheet holding one paragraph per row in column A is read as text", () => {
    const cells: CellValue[][] = [
      ["- Kế hoạch kiểm tra an toàn thực phẩm:"],
      ["+ Phòng chủ trì tham mưu: Chi cục ATTP."],
      ["+ Thời gian hoàn thành: Tháng 2/2026."],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => [t.title, t.lead, t.due])).toEqual([
      ["Kế hoạch kiểm tra an toàn thực phẩm", "Chi cục An toàn vệ sinh thực phẩm", "2026-02-28"],
    ]);
    expect(result.notices).toEqual([]);
  });

  test("a block of cells with no header row says so", () => {
    const result = importCells([["a", "b"], ["c", "d"]], options);
    expect(result.tasks).toEqual([]);
    expect(result.notices[0]).toMatch(/Không tìm thấy hàng tiêu đề/);
  });

  test("rows pasted without their header: columns told by what they hold, and the import says so", () => {
    const cells: CellValue[][] = [
      ["I", "Y TẾ DỰ PHÒNG"],
      [1, "Tập huấn tiêm chủng an toàn cho tuyến xã", "Trung tâm Kiểm soát bệnh tật", "Các TTYT huyện", "Quý II/2026", "Báo cáo"],
      [2, "Kiểm tra an toàn thực phẩm bếp ăn tập thể", "Chi cục ATVSTP", "", "Tháng 9/2026", "Kết luận"],
      [3, "Giám sát chất lượng nước sinh hoạt", "CDC", "Sở Xây dựng", new Date(Date.UTC(2026, 10, 30)), ""],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => [t.id, t.section, t.title, t.lead, t.partners, t.product, t.due])).toEqual([
      ["I.1", "I. Y TẾ DỰ PHÒNG", "Tập huấn tiêm chủng an toàn cho tuyến xã", "Trung tâm Kiểm soát bệnh tật", ["Các Trung tâm Y tế huyện, thị xã, thành phố"], "Báo cáo", "2026-06-30"],
      ["I.2", "I. Y TẾ DỰ PHÒNG", "Kiểm tra an toàn thực phẩm bếp ăn tập thể", "Chi cục An toàn vệ sinh thực phẩm", [], "Kết luận", "2026-09-30"],
      ["I.3", "I. Y TẾ DỰ PHÒNG", "Giám sát chất lượng nước sinh hoạt", "Trung tâm Kiểm soát bệnh tật", ["Sở Xây dựng"], "", "2026-11-30"],
    ]);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toMatch(/không có hàng tiêu đề; các cột được đoán theo nội dung \(STT, Nội dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành, Sản phẩm\)/);
  });

  test("rows without a header and without units or deadlines are not guessed into tasks", () => {
    const cells: CellValue[][] = [
      [1, "Nguyễn Văn A", "Bác sĩ", "Khoa Nội"],
      [2, "Trần Thị B", "Điều dưỡng", "Khoa Ngoại"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks).toEqual([]);
    expect(result.notices[0]).toMatch(/Không tìm thấy hàng tiêu đề/);
  });

  test("cells of columns with no field are reported with their header", () => {
    const cells: CellValue[][] = [[...HEADER, "Ghi chú"], [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026", "Kinh phí tự chủ"]];
    expect(importCells(cells, options).unplaced).toEqual(["Ghi chú: Kinh phí tự chủ"]);
  });

  test("one unit column holding 'Chủ trì: X' and 'Phối hợp: Y' lines", () => {
    const cells: CellValue[][] = [
      ["TT", "NỘI DUNG CÔNG VIỆC", "ĐƠN VỊ THỰC HIỆN", "THỜI GIAN"],
      [1, "Tập huấn phần mềm", "Chủ trì: Văn phòng Sở\nPhối hợp: Phòng Nghiệp vụ Y, Thanh tra Sở", "Quý I/2026"],
    ];
    expect(importCells(cells, options).tasks[0]).toMatchObject({ lead: "Văn phòng Sở", partners: ["Phòng Nghiệp vụ Y", "Thanh tra Sở"] });
  });

  test("a group row carrying a lead gives it to the tasks of the group that leave theirs blank", () => {
    const cells: CellValue[][] = [
      HEADER,
      ["I", "LĨNH VỰC DƯỢC", "Phòng Nghiệp vụ Dược", "", ""],
      [1, "Kiểm tra chất lượng thuốc", "", "Trung tâm Kiểm nghiệm", "Quý II/2026"],
      [2, "Cấp chứng chỉ hành nghề dược", "", "", "Thường xuyên"],
      ["II", "LĨNH VỰC Y", "Phòng Nghiệp vụ Y", "Các đơn vị trực thuộc", "Năm 2026"],
      [1, "Khám sức khỏe người cao tuổi", "", "", ""],
      [2, "Bệnh án điện tử", "Văn phòng Sở", "", "Quý III/2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.lead, t.partners, t.due])).toEqual([
      ["I.1", "Phòng Nghiệp vụ Dược", ["Trung tâm Kiểm nghiệm"], "2026-06-30"],
      ["I.2", "Phòng Nghiệp vụ Dược", [], null],
      ["II.1", "Phòng Nghiệp vụ Y", ["Các đơn vị trực thuộc"], "2026-12-31"],
      ["II.2", "Văn phòng Sở", [], "2026-09-30"],
    ]);
  });

  test("a timeline of years under 'Thời gian thực hiện', marked with x, is the task's period", () => {
    const cells: CellValue[][] = [
      ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện", "", ""],
      ["", "", "", "2026", "2027", "2028"],
      [1, "Đầu tư trạm y tế xã", "Phòng Kế hoạch - Tài chính", "x", "x", "x"],
      [2, "Tổng kết đề án", "Phòng Nghiệp vụ Y", "", "", "X"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.deadlineText, t.from, t.due])).toEqual([
      ["2026 - 2028", "2026-01-01", "2028-12-31"],
      ["2028", null, "2028-12-31"],
    ]);
  });

  test("months 1 to 12 (or quarters I to IV) written bare under 'Thời gian thực hiện' are a timeline, not column numbers", () => {
    const months: CellValue[][] = [
      ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", "", "Ghi chú"],
      ["", "", "", "1", "2", "3", "4", ""],
      [1, "Tập huấn", "Văn phòng Sở", "x", "x", "", "", ""],
      [2, "Mít tinh", "Chi cục Dân số", "", "", "", "x", ""],
      [3, "Báo cáo", "Văn phòng Sở", "x", "", "x", "", ""],
    ];
    expect(importCells(months, options).tasks.map((t) => [t.deadlineText, t.from, t.due])).toEqual([
      ["Tháng 1 - Tháng 2", "2026-01-01", "2026-02-28"],
      ["Tháng 4", null, "2026-04-30"],
      ["Tháng 1, Tháng 3", null, "2026-03-31"],
    ]);
    const quarters: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "", "", ""],
      ["", "", "", "I", "II", "III", "IV"],
      [1, "Kiểm tra", "Thanh tra Sở", "", "", "x", ""],
    ];
    expect(importCells(quarters, options).tasks.map((t) => [t.deadlineText, t.due])).toEqual([["Quý III", "2026-09-30"]]);
  });

  test("a row numbering every column under the header is still column numbers", () => {
    const cells: CellValue[][] = [["STT", "Nội dung", "Cơ quan chủ trì", "Thời gian hoàn thành"], ["1", "2", "3", "4"], [1, "Tập huấn", "Văn phòng Sở", "Quý I/2026"]];
    expect(importCells(cells, options).tasks.map((t) => [t.title, t.due])).toEqual([["Tập huấn", "2026-03-31"]]);
  });

  test("a whole document pasted into a sheet: its body is read as text, its appendix table as a table", () => {
    const cells: CellValue[][] = [["KẾ HOẠCH"], ["Căn cứ Quyết định số 1/QĐ-UBND;"]];
    for (let i = 1; i <= 40; i++) cells.push([`Đoạn ${i} nói về mục tiêu của kế hoạch.`]);
    cells.push(["IV. TỔ CHỨC THỰC HIỆN"], ["1. Giao Văn phòng Sở tổng hợp kết quả trước ngày 15/12/2026."], ["PHỤ LỤC"]);
    cells.push(HEADER, [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"]);
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.title])).toEqual([
      ["IV.1", "Tổng hợp kết quả"],
      ["1", "Tập huấn"],
    ]);
  });

  test("the header repeated where a table broke over pages is no task", () => {
    const cells: CellValue[][] = [
      HEADER,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"],
      HEADER,
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      [2, "Kiểm tra thuốc", "Nghiệp vụ Dược", "", "Quý II/2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.title])).toEqual([
      ["1", "Tập huấn"],
      ["2", "Kiểm tra thuốc"],
    ]);
  });

  test("a footnote row below the tasks is reported, not joined to the last title", () => {
    const cells: CellValue[][] = [HEADER, [1, "Tập huấn (*)", "Văn phòng Sở", "", "Quý I/2026"], [null, "(*) Chuyển tiếp từ năm 2025", null, null, null]];
    const result = importCells(cells, options);
    expect(result.tasks[0].title).toBe("Tập huấn (*)");
    expect(result.unplaced).toEqual(["(*) Chuyển tiếp từ năm 2025"]);
  });

  test("a labelled form kept as two-column tables (label | value) is read as its labels", () => {
    const cells: CellValue[][] = [
      ["Nhiệm vụ 1", null],
      ["Tên nhiệm vụ", "Tập huấn phần mềm"],
      ["Cơ quan chủ trì", "Văn phòng Sở"],
      ["Cơ quan phối hợp", "Phòng Nghiệp vụ Y\nThanh tra Sở"],
      ["Thời gian hoàn thành", "Quý I/2026"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => [t.title, t.lead, t.partners, t.due])).toEqual([
      ["Tập huấn phần mềm", "Văn phòng Sở", ["Phòng Nghiệp vụ Y", "Thanh tra Sở"], "2026-03-31"],
    ]);
    expect(result.notices).toEqual([]);
  });

  test("a note below the table is reported, not dropped", () => {
    const cells: CellValue[][] = [HEADER, [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"], [null, "Ghi chú: bổ sung sau", null, null, null]];
    expect(importCells(cells, options).unplaced).toEqual(["Ghi chú: bổ sung sau"]);
  });

  test("'Hoạt động' or 'Giải pháp' heads the title column", () => {
    for (const words of ["Hoạt động", "Nhiệm vụ, giải pháp"]) {
      const tasks = importCells([["TT", words, "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"], [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"]], options).tasks;
      expect(tasks.map((t) => [t.title, t.lead, t.due])).toEqual([["Tập huấn", "Văn phòng Sở", "2026-03-31"]]);
    }
  });

  test("a letter with no values over '-' tasks heads them; a run of lettered tasks stays tasks", () => {
    const grouped: CellValue[][] = [
      HEADER,
      ["1", "Chỉ đạo, điều hành", null, null, null],
      ["a", "Văn bản chỉ đạo", null, null, null],
      ["-", "Ban hành kế hoạch", "Phòng Nghiệp vụ Y", "", "Tháng 1/2026"],
      ["b", "Kiểm tra", null, null, null],
      ["-", "Kiểm tra bệnh viện", "Phòng Nghiệp vụ Y", "", "Quý II/2026"],
    ];
    expect(importCells(grouped, options).tasks.map((t) => [t.section, t.title])).toEqual([
      ["1. Chỉ đạo, điều hành > a) Văn bản chỉ đạo", "Ban hành kế hoạch"],
      ["1. Chỉ đạo, điều hành > b) Kiểm tra", "Kiểm tra bệnh viện"],
    ]);
    const run: CellValue[][] = [HEADER, ["a", "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"], ["b", "Hội nghị", null, null, null], ["c", "Báo cáo", "Thanh tra Sở", "", "Quý II/2026"]];
    expect(importCells(run, options).tasks.map((t) => [t.title, t.lead])).toEqual([
      ["Tập huấn", "Văn phòng Sở"],
      ["Hội nghị", "Văn phòng Sở"],
      ["Báo cáo", "Thanh tra Sở"],
    ]);
  });

  test("a unit cut where Word split a row over two pages is joined back", () => {
    const cells: CellValue[][] = [HEADER, [1, "Dự trữ thuốc", "Phòng Nghiệp vụ Dược", "Phòng Kế hoạch -", "Quý II/2026"], [null, null, null, "Tài chính", null]];
    expect(importCells(cells, options).tasks[0].partners).toEqual(["Phòng Kế hoạch - Tài chính"]);
  });

  test("two title columns: the first, merged over several rows of the second, groups them", () => {
    const cells: CellValue[][] = [
      ["TT", "Nhiệm vụ, giải pháp", "Hoạt động cụ thể", "Đơn vị chủ trì", "Thời gian hoàn thành"],
      ["I", "NÂNG CAO CHẤT LƯỢNG", "", "", ""],
      [1, "Y tế cơ sở", "Sửa chữa trạm y tế xã", "Phòng Kế hoạch - Tài chính", "Quý IV/2026"],
      [2, "", "Bổ sung trang thiết bị", "Phòng Kế hoạch - Tài chính", "Quý III/2026"],
      [3, "Y tế dự phòng", "Tiêm chủng mở rộng", "Trung tâm Kiểm soát bệnh tật", "Năm 2026"],
      [4, "Báo cáo sơ kết", "", "Văn phòng Sở", "Tháng 7/2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.section, t.title])).toEqual([
      ["I. NÂNG CAO CHẤT LƯỢNG > Y tế cơ sở", "Sửa chữa trạm y tế xã"],
      ["I. NÂNG CAO CHẤT LƯỢNG > Y tế cơ sở", "Bổ sung trang thiết bị"],
      ["I. NÂNG CAO CHẤT LƯỢNG > Y tế dự phòng", "Tiêm chủng mở rộng"],
      ["I. NÂNG CAO CHẤT LƯỢNG", "Báo cáo sơ kết"],
    ]);
  });

  test("two title columns filled on every row are one title: the name, then what it holds", () => {
    const cells: CellValue[][] = [
      ["TT", "Nhiệm vụ", "Nội dung cụ thể", "Đơn vị chủ trì", "Thời gian hoàn thành"],
      [1, "Y tế cơ sở", "Sửa chữa trạm y tế xã", "Phòng Kế hoạch - Tài chính", "Quý IV/2026"],
      [2, "Y tế dự phòng", "Tiêm chủng mở rộng", "Trung tâm Kiểm soát bệnh tật", "Năm 2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.section, t.title])).toEqual([
      ["", "Y tế cơ sở: Sửa chữa trạm y tế xã"],
      ["", "Y tế dự phòng: Tiêm chủng mở rộng"],
    ]);
  });

  test("a numbered row with units over its 1.1, 1.2 subtasks heads them and lends them its units", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Tổ chức các hội nghị của ngành", "Văn phòng Sở", "Thanh tra Sở", ""],
      ["1.1", "Hội nghị sơ kết", "", "", "Tháng 7/2026"],
      ["1.2", "Hội nghị tổng kết", "Phòng KHTC", "", "Tháng 12/2026"],
      [2, "Kiểm tra an toàn thực phẩm", "Chi cục ATTP", "", "Quý I/2026"],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.id, t.section, t.title, t.lead, t.partners])).toEqual([
      ["1.1", "1. Tổ chức các hội nghị của ngành", "Hội nghị sơ kết", "Văn phòng Sở", ["Thanh tra Sở"]],
      ["1.2", "1. Tổ chức các hội nghị của ngành", "Hội nghị tổng kết", "Phòng Kế hoạch - Tài chính", []],
      ["2", "", "Kiểm tra an toàn thực phẩm", "Chi cục An toàn vệ sinh thực phẩm", []],
    ]);
  });

  test("a table copied out of a PDF, one printed line a row: the lines go back into their task's cells", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Xây dựng kế hoạch phòng", "Phòng Nghiệp", "Sở Tài", "Quý II/"],
      [null, "chống dịch năm 2026", "vụ Y", "chính", "2026"],
      [2, "Tập huấn phần mềm quản lý", "Văn phòng Sở", "Các đơn vị trực", "Tháng 5/2026"],
      [null, "văn bản", "", "thuộc", ""],
    ];
    expect(importCells(cells, options).tasks.map((t) => [t.title, t.lead, t.partners, t.deadlineText, t.warnings])).toEqual([
      ["Xây dựng kế hoạch phòng chống dịch năm 2026", "Phòng Nghiệp vụ Y", ["Sở Tài chính"], "Quý II/2026", []],
      ["Tập huấn phần mềm quản lý văn bản", "Văn phòng Sở", ["Các đơn vị trực thuộc"], "Tháng 5/2026", []],
    ]);
  });

  test("the signature below the table (GIÁM ĐỐC, the signer's name) is no continuation of the last task", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Tập huấn", "Văn phòng Sở", "", "Quý I/2026"],
      [],
      [null, null, null, null, "KT. GIÁM ĐỐC"],
      [null, null, null, null, "Trần Thị Thu Hà"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => [t.title, t.deadlineText])).toEqual([["Tập huấn", "Quý I/2026"]]);
    expect(result.unplaced).toEqual([]);
  });
});

describe("'Như trên' in a unit, product or deadline cell", () => {
  test("is the value of the task above; the first row keeps it as written", () => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Khám sàng lọc người cao tuổi", "Như trên", "", "Quý III/2026"],
      [2, "Lập hồ sơ sức khỏe người cao tuổi", "Trung tâm Kiểm soát bệnh tật", "Các Trung tâm Y tế huyện, thị xã, thành phố", "Quý III/2026"],
      [3, "Khám sàng lọc tăng huyết áp", "Như trên", "-nt-", "Như trên"],
      [4, "Đào tạo chăm sóc người cao tuổi", "như trên.", "Phòng Nghiệp vụ Y", "Tháng 11/2026"],
    ];
    const tasks = importCells(cells, options).tasks;
    expect(tasks.map((t) => [t.lead, t.partners, t.deadlineText])).toEqual([
      ["Như trên", [], "Quý III/2026"],
      ["Trung tâm Kiểm soát bệnh tật", ["Các Trung tâm Y tế huyện, thị xã, thành phố"], "Quý III/2026"],
      ["Trung tâm Kiểm soát bệnh tật", ["Các Trung tâm Y tế huyện, thị xã, thành phố"], "Quý III/2026"],
      ["Trung tâm Kiểm soát bệnh tật", ["Phòng Nghiệp vụ Y"], "Tháng 11/2026"],
    ]);
  });
});

describe("a focus-task list planned by month", () => {
  const head = ["TT", "Nhiệm vụ trọng tâm", "Tháng", "Đơn vị chủ trì", "Lãnh đạo phụ trách"];

  test("a bare 'Tháng' column with no deadline column is the deadline: 3 is Tháng 3", () => {
    const cells: CellValue[][] = [
      head,
      [1, "Phê duyệt kế hoạch mua sắm trang thiết bị y tế", 3, "Phòng KH-TC", "PGĐ 1"],
      [2, "Sơ kết công tác chăm sóc sức khỏe bà mẹ, trẻ em", "11, 12", "Bệnh viện Sản - Nhi", "PGĐ 2"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => [t.deadlineText, t.due])).toEqual([
      ["Tháng 3", "2026-03-31"],
      ["Tháng 11, 12", "2026-12-31"],
    ]);
    expect(result.unplaced).toEqual(["Lãnh đạo phụ trách: PGĐ 1", "Lãnh đạo phụ trách: PGĐ 2"]);
  });

  test("beside a deadline column the month is reported, not read as the deadline", () => {
    const cells: CellValue[][] = [
      [...head, "Thời hạn"],
      [1, "Phê duyệt kế hoạch mua sắm trang thiết bị y tế", 3, "Phòng KH-TC", "", "15/3/2026"],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => t.deadlineText)).toEqual(["15/3/2026"]);
    expect(result.unplaced).toEqual(["Tháng: 3"]);
  });
});

describe("a total row below the tasks", () => {
  test.each(["Tổng cộng", "Cộng", "Tổng số: 2 nhiệm vụ"])("'%s' is reported, not joined to the last title", (total) => {
    const cells: CellValue[][] = [
      HEADER,
      [1, "Mua sắm máy siêu âm", "Bệnh viện Đa khoa tỉnh", "", "Quý III/2026"],
      [2, "Tổng kết công tác mua sắm", "Phòng KH-TC", "", "Quý IV/2026"],
      ["", total, "", "", ""],
    ];
    const result = importCells(cells, options);
    expect(result.tasks.map((t) => t.title)).toEqual(["Mua sắm máy siêu âm", "Tổng kết công tác mua sắm"]);
    expect(result.unplaced).toEqual([total]);
  });
});
