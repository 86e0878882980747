import { renderTable, textWidth } from "../../src/cli/format/table";

describe("terminal tables", () => {
  it.each([
    ["plain", "Tong", 4],
    ["precomposed Vietnamese", "Tổng", 4],
    ["decomposed Vietnamese (as some PDFs paste it)", "Tổng".normalize("NFD"), 4],
    ["empty", "", 0],
  ])("counts the width of %s text as the eye sees it", (_label, text, width) => {
    expect(textWidth(text)).toBe(width);
  });

  it("aligns numbers right and text left under their headers, with totals after a rule", () => {
    const lines = renderTable(
      [
        { header: "Đơn vị", align: "left" },
        { header: "Quá hạn", align: "right" },
      ],
      [
        ["Phòng Nghiệp vụ Dược".normalize("NFD"), "12"],
        ["Văn phòng Sở", "3"],
      ],
      [["Tổng cộng", "15"]],
    ).split("\n");
    expect(lines).toEqual([
      "Đơn vị                Quá hạn",
      "--------------------  -------",
      "Phòng Nghiệp vụ Dược".normalize("NFD") + "       12",
      "Văn phòng Sở                3",
      "--------------------  -------",
      "Tổng cộng                  15",
    ]);
  });
});
