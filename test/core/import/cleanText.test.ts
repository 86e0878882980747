import { logicalLines, physicalLines, stripEmphasis } from "../../../src/core/import/cleanText";

const lines = (text: string) => logicalLines(physicalLines(text));

describe("text cleanup", () => {
  test.each([
    ["- *Đề án xe cấp cứu:*", "- Đề án xe cấp cứu:"],
    ["+ Phòng chủ trì: **Kế hoạch tài chính.**", "+ Phòng chủ trì: Kế hoạch tài chính."],
    ["***Nơi nhận:***", "Nơi nhận:"],
    [" - * Văn phòng Sở thực hiện nội dung (1);", " - * Văn phòng Sở thực hiện nội dung (1);"],
  ])("emphasis markers go, bullets stay: %s", (input, output) => {
    expect(stripEmphasis(input)).toBe(output);
  });

  test("running heads and lone page numbers between lines are dropped and the sentence rejoined", () => {
    expect(lines("+ Cơ quan phối hợp: Sở Tài chính, Sở\nCÔNG BÁO/Số 286/Ngày 27-05-2026\n91\nXây dựng.")).toEqual([
      "+ Cơ quan phối hợp: Sở Tài chính, Sở Xây dựng.",
    ]);
  });

  test.each([
    ["a running head after its page number", "- Đề án y tế cơ sở, phối hợp Sở\n28 CÔNG BÁO/Số 09/Ngày 15-3-2026\nNội vụ.", "- Đề án y tế cơ sở, phối hợp Sở Nội vụ."],
    ["a year wrapped onto its own line, kept", "1. Nghị quyết thu hút bác sĩ giai đoạn 2026 -\n2030", "1. Nghị quyết thu hút bác sĩ giai đoạn 2026 - 2030"],
  ])("PDF page furniture: %s", (_, text, joined) => {
    expect(lines(text)).toEqual([joined]);
  });

  test.each([
    ["a quarter's numeral wrapped after 'Quý'", "c) Thời gian thực hiện: Quý\nIII/2026.", "c) Thời gian thực hiện: Quý III/2026."],
    ["a lower-case line after a semicolon", "- Tên nhiệm vụ: Nâng cao năng lực kiểm nghiệm thuốc;\nđầu tư trang thiết bị.", "- Tên nhiệm vụ: Nâng cao năng lực kiểm nghiệm thuốc; đầu tư trang thiết bị."],
  ])("PDF line breaks: %s", (_, text, joined) => {
    expect(lines(text)).toEqual([joined]);
  });

  test("a heading in capitals wrapped onto a short line of its own is one heading; PHỤ LỤC after a heading is not", () => {
    expect(lines("I. ĐỀ ÁN NÂNG CAO NĂNG LỰC\nKIỂM NGHIỆM THUỐC\n1. Nội dung: Đầu tư thiết bị.")).toEqual([
      "I. ĐỀ ÁN NÂNG CAO NĂNG LỰC KIỂM NGHIỆM THUỐC",
      "1. Nội dung: Đầu tư thiết bị.",
    ]);
    expect(lines("IV. TỔ CHỨC THỰC HIỆN\nPHỤ LỤC")).toHaveLength(2);
    expect(lines("II. NHIỆM VỤ\nKT. GIÁM ĐỐC")).toHaveLength(2);
  });

  test("a semicolon then a capitalised line or a bullet stays two lines", () => {
    expect(lines("Căn cứ Luật Y tế;\nCăn cứ Nghị định số 12/2026;")).toHaveLength(2);
    expect(lines("- Sở Tài chính;\n- các sở, ngành liên quan.")).toHaveLength(2);
  });

  test("a lone number after a finished line is a page number", () => {
    expect(lines("3. Thời gian thực hiện: Quý I/2026.\n2026\nII. Tiêm chủng")).toEqual(["3. Thời gian thực hiện: Quý I/2026.", "II. Tiêm chủng"]);
  });

  test("a line broken mid-sentence is joined; a word split at its hyphen is rejoined without a space", () => {
    expect(lines("- Đề án đào tạo, phối hợp Sở KH-\nĐT bố trí kinh phí cho\ncác trạm y tế:")).toEqual([
      "- Đề án đào tạo, phối hợp Sở KH-ĐT bố trí kinh phí cho các trạm y tế:",
    ]);
  });

  test.each([
    ["a bullet", "- Kế hoạch A\n- Kế hoạch B"],
    ["a label", "- Kế hoạch A\nThời gian hoàn thành: Năm 2026"],
    ["a heading", "Kế hoạch A\nII. Công tác dược"],
    ["a finished sentence", "Năm nay tăng 5%.\nTỷ lệ tiêm chủng đạt 95%."],
  ])("a line that opens %s is never joined to the one above", (_, text) => {
    expect(lines(text)).toHaveLength(2);
  });

  test.each([
    ["a month", "- Thời gian hoàn thành: Tháng 9/\n2026.", "- Thời gian hoàn thành: Tháng 9/2026."],
    ["a document number", "- Tên nhiệm vụ: Triển khai Quyết định số 120/\nQĐ-UBND của tỉnh.", "- Tên nhiệm vụ: Triển khai Quyết định số 120/QĐ-UBND của tỉnh."],
  ])("a line broken right after a slash is rejoined without a space: %s", (_, text, joined) => {
    expect(lines(text)).toEqual([joined]);
  });

  test.each([
    ["Courier New's second-level o", "o\tSở Công Thương;", "- Sở Công Thương;"],
    ["a Symbol glyph", "\uF0B7\tSở Tài chính;", "- Sở Tài chính;"],
    ["Wingdings' § when the font is lost", "§\tSở Xây dựng.", "- Sở Xây dựng."],
    ["a bullet glyph, kept", "•\tCơ quan chủ trì: Văn phòng Sở", "• Cơ quan chủ trì: Văn phòng Sở"],
    ["a bullet before a label and its value in two tab-separated cells", "•\tCơ quan chủ trì\tVăn phòng Sở", "• Cơ quan chủ trì: Văn phòng Sở"],
  ])("Word's list marker with a tab after it is a bullet: %s", (_, text, line) => {
    expect(lines(text)).toEqual([line]);
  });

  test("a word 'o' without a tab after it is no bullet", () => {
    expect(lines("o Sở Công Thương")).toEqual(["o Sở Công Thương"]);
  });

  test.each([
    ["1. Nội dung: Nâng cấp phòng thí nghiệm cho Trung tâm\nKiểm nghiệm.", "1. Nội dung: Nâng cấp phòng thí nghiệm cho Trung tâm Kiểm nghiệm."],
    ["b) Cơ quan phối hợp: Sở Tài chính, Chi cục\nAn toàn vệ sinh thực phẩm.", "b) Cơ quan phối hợp: Sở Tài chính, Chi cục An toàn vệ sinh thực phẩm."],
  ])("a line ending on the first words of a unit's name goes on: %s", (text, joined) => {
    expect(lines(text)).toEqual([joined]);
  });

  test("odd spaces become plain spaces", () => {
    expect(lines("Kế\u00a0hoạch\u2003năm\t2026")).toEqual(["Kế hoạch năm 2026"]);
  });
  test("a line printed beside the page number at two page breaks is a running head", () => {
    const text = [
      "1. Nội dung: Cử bác sĩ đi đào tạo chuyên khoa tại các cơ sở đào tạo vùng",
      "Kế hoạch số 233/KH-SYT ngày 12/02/2026 của Sở Y tế",
      "- 2 -",
      "khó khăn.",
      "2. Cơ quan chủ trì: Phòng Tổ chức cán bộ.",
      "Kế hoạch số 233/KH-SYT ngày 12/02/2026 của Sở Y tế",
      "- 3 -",
      "3. Thời gian thực hiện: Năm 2026.",
    ].join("\n");
    expect(physicalLines(text)).toEqual([
      "1. Nội dung: Cử bác sĩ đi đào tạo chuyên khoa tại các cơ sở đào tạo vùng",
      "khó khăn.",
      "2. Cơ quan chủ trì: Phòng Tổ chức cán bộ.",
      "3. Thời gian thực hiện: Năm 2026.",
    ]);
  });

  test("a line beside a single page number is kept", () => {
    expect(physicalLines("Kế hoạch số 233/KH-SYT của Sở Y tế\n- 2 -\nkhó khăn.")).toEqual(["Kế hoạch số 233/KH-SYT của Sở Y tế", "khó khăn."]);
  });
});
