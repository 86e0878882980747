import { importText } from "../../../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const read = (text: string) => importText(text, { catalog: DEFAULT_CATALOG, planYear: 2026 });
const brief = (text: string) => read(text).tasks.map((t) => ({ id: t.id, title: t.title, lead: t.lead, partners: t.partners, due: t.due }));

describe("text forms", () => {
  test("fields in brackets after the task line", () => {
    expect(brief("- Khám sức khỏe học sinh (chủ trì: Phòng Nghiệp vụ Y; phối hợp: Trung tâm Kiểm soát bệnh tật; thời gian: Quý III/2026).")).toEqual([
      { id: "NV01", title: "Khám sức khỏe học sinh", lead: "Phòng Nghiệp vụ Y", partners: ["Trung tâm Kiểm soát bệnh tật"], due: "2026-09-30" },
    ]);
  });

  test("several labels on one line; a partner list goes on after a semicolon", () => {
    expect(brief("- Đề án kho thuốc dự trữ\n+ Cơ quan chủ trì: Nghiệp vụ Dược; cơ quan phối hợp: Sở Tài chính; KHTC; thời gian hoàn thành: Năm 2026.")).toEqual([
      {
        id: "NV01",
        title: "Đề án kho thuốc dự trữ",
        lead: "Phòng Nghiệp vụ Dược",
        partners: ["Sở Tài chính", "Phòng Kế hoạch - Tài chính"],
        due: "2026-12-31",
      },
    ]);
  });

  test("content items under a numbered heading, before its fields, are the task's content; list-form task lines are not", () => {
    const deeper = "1. Phòng, chống sốt xuất huyết\n+ Diệt lăng quăng;\n+ Phun hóa chất.\n- Đơn vị chủ trì: CDC tỉnh.\n- Thời gian: Quý III/2026.";
    expect(brief(deeper)).toEqual([{ id: "1", title: "Diệt lăng quăng; Phun hóa chất", lead: "Trung tâm Kiểm soát bệnh tật", partners: [], due: "2026-09-30" }]);
    const lettered = "1. Dinh dưỡng\n- Tư vấn cho bà mẹ;\n- Bổ sung vi chất.\na) Đơn vị chủ trì: CDC tỉnh.\nb) Thời gian: Năm 2026.";
    expect(brief(lettered)).toEqual([{ id: "1", title: "Tư vấn cho bà mẹ; Bổ sung vi chất", lead: "Trung tâm Kiểm soát bệnh tật", partners: [], due: "2026-12-31" }]);
    // "-" task lines over "+" fields: the last line is the task, the one before it has no fields.
    const list = read("1. Y tế dự phòng\n- Khám sàng lọc\n- Tiêm chủng mở rộng\n+ Chủ trì: CDC tỉnh.\n+ Thời gian: Năm 2026.");
    expect(list.tasks.map((t) => t.title)).toEqual(["Tiêm chủng mở rộng"]);
    expect(list.unplaced).toEqual(["Khám sàng lọc"]);
  });

  test("the line below an empty 'Tên nhiệm vụ:' is the title even when it opens with 'Giao X ...'", () => {
    const text = "Nhiệm vụ 1\nTên nhiệm vụ:\nGiao Bảo hiểm xã hội tỉnh phối hợp kiểm tra quỹ bảo hiểm y tế.\nCơ quan chủ trì thực hiện:\nThanh tra Sở.\nThời hạn hoàn thành:\nQuý III/2026.";
    const result = read(text);
    expect(result.tasks.map((t) => [t.title, t.lead, t.due])).toEqual([["Giao Bảo hiểm xã hội tỉnh phối hợp kiểm tra quỹ bảo hiểm y tế", "Thanh tra Sở", "2026-09-30"]]);
    expect(result.unplaced).toEqual([]);
  });

  test("a partner list ending in a semicolon goes on to the line below", () => {
    const text = "1. Bảo đảm an toàn thực phẩm\n- Cơ quan chủ trì: Chi cục ATTP.\n- Cơ quan phối hợp: Sở Tài chính; Sở Xây dựng;\nCông an tỉnh.\n- Thời gian thực hiện: Năm 2026.";
    expect(brief(text)).toEqual([
      { id: "1", title: "Bảo đảm an toàn thực phẩm", lead: "Chi cục An toàn vệ sinh thực phẩm", partners: ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"], due: "2026-12-31" },
    ]);
    expect(read(text).unplaced).toEqual([]);
  });

  test("the department as lead beside its advising office: the office leads", () => {
    const text = "Nhiệm vụ 1\n- Tên nhiệm vụ: Hợp nhất hai trung tâm.\n- Cơ quan chủ trì: Sở Y tế\n- Đơn vị tham mưu: Phòng Tổ chức cán bộ\n- Cơ quan phối hợp: Sở Nội vụ\n- Thời gian hoàn thành: Quý II/2026";
    expect(brief(text)).toEqual([{ id: "1", title: "Hợp nhất hai trung tâm", lead: "Phòng Tổ chức cán bộ", partners: ["Sở Nội vụ"], due: "2026-06-30" }]);
    expect(read(text).tasks[0].warnings).toEqual([]);
  });

  test("'1. Nhiệm vụ 1: X' names the task X", () => {
    const text = "II. NHIỆM VỤ CỤ THỂ\n1. Nhiệm vụ 1: Kiện toàn mạng lưới cấp cứu 115\n- Đơn vị chủ trì: Phòng Nghiệp vụ Y\n- Thời gian: Quý III/2026\n2. Nhiệm vụ thứ hai: Quản lý chất thải y tế\n- Đơn vị chủ trì: Phòng Nghiệp vụ Y\n- Thời gian: Năm 2026";
    expect(brief(text).map((t) => [t.id, t.title])).toEqual([
      ["II.1", "Kiện toàn mạng lưới cấp cứu 115"],
      ["II.2", "Quản lý chất thải y tế"],
    ]);
  });

  test("milestones as bullets under an empty deadline label all belong to it; a task bullet after a value below does not", () => {
    const block = "I. ĐỀ ÁN Y TẾ SỐ\n1. Nội dung: Triển khai bệnh án điện tử.\n2. Cơ quan chủ trì: Văn phòng Sở.\n3. Thời gian thực hiện:\n- Xây dựng kế hoạch: Quý I/2026;\n- Triển khai: Quý II - Quý IV/2026.";
    expect(read(block).tasks.map((t) => [t.deadlineText, t.due])).toEqual([["Xây dựng kế hoạch: Quý I/2026; Triển khai: Quý II - Quý IV/2026", "2026-12-31"]]);
    expect(read(block).unplaced).toEqual([]);
    const list = "I. NHIỆM VỤ\n- Kế hoạch A\n+ Phòng chủ trì tham mưu: Văn phòng Sở.\n+ Thời gian hoàn thành:\n- Quý III/2026.\n- Kế hoạch C năm 2026\n+ Phòng chủ trì tham mưu: Thanh tra Sở.\n+ Thời gian hoàn thành: Năm 2026.";
    expect(brief(list).map((t) => [t.title, t.due])).toEqual([
      ["Kế hoạch A", "2026-09-30"],
      ["Kế hoạch C năm 2026", "2026-12-31"],
    ]);
  });

  test("a numbered line followed by its fields is the task itself", () => {
    const text = [
      "I. Công tác tổ chức",
      "1. Kiện toàn bộ máy Trung tâm Kiểm soát bệnh tật",
      "- Cơ quan chủ trì: TCCB",
      "- Thời gian: Quý I/2026",
      "2. Tuyển dụng viên chức",
      "- Cơ quan chủ trì: TCCB",
      "- Thời gian: Quý II/2026",
    ].join("\n");
    expect(read(text).tasks.map((t) => [t.id, t.section, t.title])).toEqual([
      ["I.1", "I. Công tác tổ chức", "Kiện toàn bộ máy Trung tâm Kiểm soát bệnh tật"],
      ["I.2", "I. Công tác tổ chức", "Tuyển dụng viên chức"],
    ]);
  });

  test("a numbered line with fields below is its task even beside a group of bullet tasks", () => {
    const text = [
      "I. Tổ chức",
      "1. Kiện toàn bộ máy",
      "+ Phòng chủ trì tham mưu: TCCB.",
      "2. Nhân lực",
      "- Tuyển dụng viên chức:",
      "+ Phòng chủ trì tham mưu: TCCB.",
      "- Đào tạo bác sĩ:",
      "+ Phòng chủ trì tham mưu: Nghiệp vụ Y.",
    ].join("\n");
    expect(read(text).tasks.map((t) => [t.id, t.section, t.title])).toEqual([
      ["I.1", "I. Tổ chức", "Kiện toàn bộ máy"],
      ["I.2.1", "I. Tổ chức > 2. Nhân lực", "Tuyển dụng viên chức"],
      ["I.2.2", "I. Tổ chức > 2. Nhân lực", "Đào tạo bác sĩ"],
    ]);
  });

  test("tasks numbered straight through the groups keep their number alone", () => {
    const text = [
      "I. Tổ chức",
      "1. Kiện toàn bộ máy",
      "+ Phòng chủ trì tham mưu: TCCB.",
      "2. Tuyển dụng viên chức",
      "+ Phòng chủ trì tham mưu: TCCB.",
      "II. Tài chính",
      "3. Giao dự toán",
      "+ Phòng chủ trì tham mưu: KHTC.",
    ].join("\n");
    expect(read(text).tasks.map((t) => [t.id, t.section])).toEqual([
      ["1", "I. Tổ chức"],
      ["2", "I. Tổ chức"],
      ["3", "II. Tài chính"],
    ]);
  });

  test("a task line with its deadline in it and no deadline field", () => {
    const text = "- Báo cáo sơ kết 6 tháng, hoàn thành trước ngày 15/6/2026:\n+ Phòng chủ trì tham mưu: Văn phòng Sở.";
    expect(read(text).tasks.map((t) => [t.title, t.deadlineText, t.due, t.warnings])).toEqual([
      ["Báo cáo sơ kết 6 tháng", "trước ngày 15/6/2026", "2026-06-15", []],
    ]);
  });

  test("values on the line below their labels", () => {
    const text = "- Tên nhiệm vụ:\nRà soát danh mục kỹ thuật\n- Cơ quan chủ trì:\nPhòng Nghiệp vụ Y\n- Thời hạn:\nTháng 8/2026";
    expect(brief(text)).toEqual([{ id: "NV01", title: "Rà soát danh mục kỹ thuật", lead: "Phòng Nghiệp vụ Y", partners: [], due: "2026-08-31" }]);
  });

  test("a field with no column inside a labelled block is reported, and does not swallow the next task", () => {
    const text = [
      "1. Tên nhiệm vụ: Đề án A",
      "2. Cơ quan chủ trì: Văn phòng Sở",
      "3. Kinh phí thực hiện: Ngân sách tỉnh",
      "1. Tên nhiệm vụ: Đề án B",
      "2. Cơ quan chủ trì: Thanh tra Sở",
    ].join("\n");
    const result = read(text);
    expect(result.tasks.map((t) => [t.id, t.section, t.title, t.lead])).toEqual([
      ["NV01", "", "Đề án A", "Văn phòng Sở"],
      ["NV02", "", "Đề án B", "Thanh tra Sở"],
    ]);
    expect(result.unplaced).toEqual(["3. Kinh phí thực hiện: Ngân sách tỉnh"]);
  });

  test("a letterhead and preamble are ignored; a paragraph under a heading is reported", () => {
    const text = [
      "SỞ Y TẾ",
      "Số: 12/KH-SYT",
      "Căn cứ Quyết định số 1/QĐ-UBND;",
      "I. Khám chữa bệnh",
      "Năm 2026 ngành tiếp tục nâng cao chất lượng.",
      "- Đề án A:",
      "+ Phòng chủ trì tham mưu: Nghiệp vụ Y.",
    ].join("\n");
    const result = read(text);
    expect(result.tasks.map((t) => t.title)).toEqual(["Đề án A"]);
    expect(result.unplaced).toEqual(["Năm 2026 ngành tiếp tục nâng cao chất lượng."]);
  });

  test("the closing is skipped, but an appendix after the signature is read", () => {
    const text = [
      "- Đề án A:",
      "+ Phòng chủ trì tham mưu: Nghiệp vụ Y.",
      "Nơi nhận:",
      "- Lưu: VT.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Văn A",
      "PHỤ LỤC",
      "(Kèm theo Kế hoạch số 12/KH-SYT)",
      "- Đề án B:",
      "+ Phòng chủ trì tham mưu: Thanh tra Sở.",
    ].join("\n");
    const result = read(text);
    expect(result.tasks.map((t) => [t.title, t.lead])).toEqual([
      ["Đề án A", "Phòng Nghiệp vụ Y"],
      ["Đề án B", "Thanh tra Sở"],
    ]);
    expect(result.unplaced).toEqual([]);
  });

  test("'Giám đốc Sở' in the body is no signature", () => {
    const text = "- Đề án A:\n+ Lãnh đạo phụ trách:\nGiám đốc Sở\n+ Phòng chủ trì tham mưu: Nghiệp vụ Y.";
    expect(read(text).tasks.map((t) => t.lead)).toEqual(["Phòng Nghiệp vụ Y"]);
  });

  test("leads split by content item on one line: one task per content item", () => {
    const text = [
      "- Báo cáo: (1) Kết quả cải cách hành chính; (2) Kết quả tự chủ tài chính:",
      "+ Phòng chủ trì tham mưu: Văn phòng Sở thực hiện nội dung (1); Kế hoạch tài chính thực hiện nội dung (2).",
      "+ Thời gian hoàn thành: Quý II/2026.",
    ].join("\n");
    expect(brief(text)).toEqual([
      { id: "NV01(1)", title: "Báo cáo: Kết quả cải cách hành chính", lead: "Văn phòng Sở", partners: [], due: "2026-06-30" },
      { id: "NV01(2)", title: "Báo cáo: Kết quả tự chủ tài chính", lead: "Phòng Kế hoạch - Tài chính", partners: [], due: "2026-06-30" },
    ]);
  });

  test("labels each above its value are a task, not a flattened table", () => {
    const text = "I. Đề án A\nNội dung\nRà soát trạm y tế\nCơ quan chủ trì\nSở Y tế\nCơ quan phối hợp\nSở Nội vụ\nThời gian thực hiện\nQuý II/2026";
    const result = read(text);
    expect(result.notices).toEqual([]);
    expect(result.tasks.map((t) => [t.title, t.lead, t.partners, t.due])).toEqual([["Rà soát trạm y tế", "Sở Y tế", ["Sở Nội vụ"], "2026-06-30"]]);
  });

  test("a line in capitals that reads like a label is a heading", () => {
    const text = "NHIỆM VỤ TRỌNG TÂM:\n- Đề án A:\n+ Phòng chủ trì tham mưu: Nghiệp vụ Y.";
    expect(brief(text).map((t) => [t.title, t.lead])).toEqual([["Đề án A", "Phòng Nghiệp vụ Y"]]);
  });

  test("text without any task says so", () => {
    expect(read("Báo cáo tình hình tháng 5.").notices).toEqual(["Không tìm thấy nhiệm vụ nào trong văn bản."]);
  });

  test("a Word document copied whole: the text is read as text, its table as a table", () => {
    const text = [
      "I. Nhiệm vụ chung",
      "- Tổng kết năm:",
      "+ Phòng chủ trì tham mưu: Văn phòng Sở.",
      "II. Danh mục nhiệm vụ",
      "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời hạn",
      "1\tĐấu thầu thuốc\tNghiệp vụ Dược\tKHTC",
      "BVĐK tỉnh\tNăm 2026",
      "2\tKiểm tra\tThanh tra Sở\t\tQuý II/2026",
      "",
      "",
      "Nơi nhận:",
    ].join("\n");
    const result = read(text);
    expect(result.tasks.map((t) => [t.id, t.title, t.lead, t.partners])).toEqual([
      ["I.1", "Tổng kết năm", "Văn phòng Sở", []],
      ["1", "Đấu thầu thuốc", "Phòng Nghiệp vụ Dược", ["Phòng Kế hoạch - Tài chính", "Bệnh viện Đa khoa tỉnh"]],
      ["2", "Kiểm tra", "Thanh tra Sở", []],
    ]);
    expect(result.notices).toEqual([]);
  });

  test("a tab-separated table pasted as text is read as a table", () => {
    const text = "STT\tNội dung\tCơ quan chủ trì\tThời hạn\n1\tTập huấn\tVăn phòng Sở\tQuý I/2026\n2\tKiểm tra\tThanh tra Sở\tQuý II/2026\n";
    expect(brief(text).map((t) => [t.id, t.lead])).toEqual([
      ["1", "Văn phòng Sở"],
      ["2", "Thanh tra Sở"],
    ]);
  });

  test("a labelled form kept as two-column tables and copied as text: the tab stands for the colon", () => {
    const text = "Nhiệm vụ 1\nTên nhiệm vụ\tTập huấn phần mềm\nCơ quan chủ trì\tVăn phòng Sở\nCơ quan phối hợp\tThanh tra Sở\nThời gian hoàn thành\tQuý I/2026";
    const result = read(text);
    expect(brief(text)).toEqual([{ id: "1", title: "Tập huấn phần mềm", lead: "Văn phòng Sở", partners: ["Thanh tra Sở"], due: "2026-03-31" }]);
    expect(result.notices).toEqual([]);
  });

  test("tasks headed by their number in words (Nhiệm vụ thứ hai)", () => {
    const block = (ordinal: string, title: string) =>
      `Nhiệm vụ thứ ${ordinal}\n1. Tên nhiệm vụ: ${title}\n2. Cơ quan chủ trì: Văn phòng Sở\n3. Thời gian hoàn thành: Quý I/2026`;
    const result = read(`${block("nhất", "Tập huấn phần mềm")}\n${block("hai", "Kiểm tra thuốc")}`);
    expect(result.tasks.map((t) => [t.id, t.title])).toEqual([
      ["1", "Tập huấn phần mềm"],
      ["2", "Kiểm tra thuốc"],
    ]);
    expect(result.unplaced).toEqual([]);
  });

  test("block form: 'Phân công thực hiện' holds the lead and partner labels below it", () => {
    const text = "I. ĐỀ ÁN A\n1. Nội dung: Tập huấn phần mềm.\n2. Phân công thực hiện:\na) Cơ quan chủ trì: Văn phòng Sở.\nb) Cơ quan phối hợp: Thanh tra Sở.\n3. Thời gian thực hiện: Quý I/2026.";
    expect(brief(text)).toEqual([{ id: "I", title: "Tập huấn phần mềm", lead: "Văn phòng Sở", partners: ["Thanh tra Sở"], due: "2026-03-31" }]);
  });

  test("tasks under a unit's name (Tổ chức thực hiện): bullets, or paragraphs when no bullet comes first", () => {
    const text = [
      "IV. TỔ CHỨC THỰC HIỆN",
      "1. Văn phòng Sở:",
      "- Tổ chức hội nghị sơ kết, hoàn thành trước ngày 15/7/2026;",
      "- Theo dõi, đôn đốc việc thực hiện Kế hoạch.",
      "2. Các đơn vị trực thuộc căn cứ chức năng, nhiệm vụ:",
      "Xây dựng kế hoạch hoạt động của đơn vị, gửi về Sở Y tế trước ngày 31/01/2026.",
    ].join("\n");
    expect(brief(text)).toEqual([
      { id: "IV.1.1", title: "Tổ chức hội nghị sơ kết", lead: "Văn phòng Sở", partners: [], due: "2026-07-15" },
      { id: "IV.1.2", title: "Theo dõi, đôn đốc việc thực hiện Kế hoạch", lead: "Văn phòng Sở", partners: [], due: null },
      { id: "IV.2.1", title: "Xây dựng kế hoạch hoạt động của đơn vị, gửi về Sở Y tế", lead: "Các đơn vị trực thuộc", partners: [], due: "2026-01-31" },
    ]);
  });

  test("roles written after the names: 'X chủ trì; Y, Z phối hợp'", () => {
    const text = "II. ĐỀ ÁN B\n1. Nội dung: Kiểm tra thuốc.\n2. Cơ quan chủ trì, phối hợp: Phòng Nghiệp vụ Dược chủ trì; Trung tâm Kiểm nghiệm, Thanh tra Sở phối hợp.\n3. Thời gian thực hiện: Quý III/2026.";
    expect(brief(text)).toEqual([
      { id: "II", title: "Kiểm tra thuốc", lead: "Phòng Nghiệp vụ Dược", partners: ["Trung tâm Kiểm nghiệm", "Thanh tra Sở"], due: "2026-09-30" },
    ]);
  });

  test("fields with no column (Cấp trình, Mục tiêu, Lãnh đạo Sở phụ trách) neither split the task nor name one", () => {
    const text = [
      "Nhiệm vụ 1",
      "- Tên nhiệm vụ: Tập huấn phần mềm.",
      "- Cơ quan chủ trì: Văn phòng Sở.",
      "- Cấp trình: Giám đốc Sở.",
      "- Lãnh đạo Sở phụ trách: Phó Giám đốc Trần Thị Thu Hà.",
      "- Mục tiêu: 100% đơn vị sử dụng.",
      "- Thời gian trình: Quý I/2026.",
    ].join("\n");
    const result = read(text);
    expect(brief(text)).toEqual([{ id: "1", title: "Tập huấn phần mềm", lead: "Văn phòng Sở", partners: [], due: "2026-03-31" }]);
    expect(result.unplaced).toHaveLength(3);
  });

  test.each([
    ["Phân công: Văn phòng Sở (chủ trì); Phòng Kế hoạch - Tài chính, Công an tỉnh (phối hợp)"],
    ["Trách nhiệm thực hiện: Văn phòng Sở chủ trì; Phòng Kế hoạch - Tài chính, Công an tỉnh phối hợp"],
    ["Cơ quan chủ trì: Văn phòng Sở (chủ trì), Phòng Kế hoạch - Tài chính, Công an tỉnh"],
  ])("the roles of one unit field: %s", (line) => {
    const result = read(`1. Tên nhiệm vụ: Đánh giá Đề án 06\n2. ${line}\n3. Thời gian hoàn thành: Tháng 11/2026`);
    expect(result.tasks).toHaveLength(1);
    expect(result.tasks[0]).toMatchObject({
      lead: "Văn phòng Sở",
      partners: ["Phòng Kế hoạch - Tài chính", "Công an tỉnh"],
      due: "2026-11-30",
      warnings: [],
    });
  });

  test("'Trách nhiệm thực hiện' and 'Phân công' as a heading of their own are no label", () => {
    const result = read("V. TRÁCH NHIỆM THỰC HIỆN\n1. Văn phòng Sở chủ trì tổng hợp báo cáo trước ngày 15/12/2026.");
    expect(result.tasks.map((t) => [t.section, t.lead])).toEqual([["V. TRÁCH NHIỆM THỰC HIỆN", "Văn phòng Sở"]]);
  });

  test.each([
    ["- Trung tâm Kiểm soát bệnh tật chủ trì;\n- Các Trung tâm Y tế huyện, thị xã, thành phố phối hợp."],
    ["- Trung tâm Kiểm soát bệnh tật chủ trì, phối hợp với các Trung tâm Y tế huyện, thị xã, thành phố."],
  ])("roles after the names as bullets under 'Cơ quan chủ trì, phối hợp:' are its value, not prose tasks: %j", (lines) => {
    const text = `II. NHIỆM VỤ\n1. Y tế cơ sở\na) Nội dung: Quản lý bệnh không lây nhiễm tại trạm y tế xã.\nb) Cơ quan chủ trì, phối hợp:\n${lines}\nc) Thời gian: Năm 2026.`;
    expect(brief(text)).toEqual([
      {
        id: "II.1",
        title: "Quản lý bệnh không lây nhiễm tại trạm y tế xã",
        lead: "Trung tâm Kiểm soát bệnh tật",
        partners: ["Các Trung tâm Y tế huyện, thị xã, thành phố"],
        due: "2026-12-31",
      },
    ]);
  });

  test("'2. Tổ chức thực hiện:' inside a block that has its content opens the roles below; as a part of the plan it is a heading", () => {
    const text = [
      "II. NHIỆM VỤ",
      "Nhiệm vụ 1: Kiểm soát bệnh truyền nhiễm",
      "1. Nội dung: Giám sát, xử lý kịp thời các ổ dịch sốt xuất huyết.",
      "2. Tổ chức thực hiện:",
      "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật.",
      "- Đơn vị phối hợp: Bệnh viện Sản - Nhi.",
      "3. Thời gian: Năm 2026.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Tổ chức thực hiện: Văn phòng Sở theo dõi, đôn đốc.",
    ].join("\n");
    expect(brief(text)).toEqual([
      { id: "II.1", title: "Giám sát, xử lý kịp thời các ổ dịch sốt xuất huyết", lead: "Trung tâm Kiểm soát bệnh tật", partners: ["Bệnh viện Sản - Nhi"], due: "2026-12-31" },
    ]);
  });
});
