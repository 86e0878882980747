import { lineShape } from "../../../src/core/import/lineShape";
import { SectionTracker, sectionNumber, sectionText } from "../../../src/core/import/sections";

function walk(lines: string[]) {
  const tracker = new SectionTracker();
  return lines.map((line) => {
    const shape = lineShape(line);
    const node = tracker.push(shape.numbering!, shape.text, shape.body);
    return [sectionNumber(node), sectionText(node)];
  });
}

describe("heading paths", () => {
  test("numbering styles nest by kind; a frame part (B. NỘI DUNG) is left out", () => {
    expect(walk(["B. NỘI DUNG", "I. Khám chữa bệnh", "1. Cấp cứu", "a) Xe cấp cứu", "2. Y học gia đình", "II. Dược"])).toEqual([
      ["", ""],
      ["I", "I. Khám chữa bệnh"],
      ["I.1", "I. Khám chữa bệnh > 1. Cấp cứu"],
      ["I.1.a", "I. Khám chữa bệnh > 1. Cấp cứu > a) Xe cấp cứu"],
      ["I.2", "I. Khám chữa bệnh > 2. Y học gia đình"],
      ["II", "II. Dược"],
    ]);
  });

  test("a C. after B. is a letter, an I. at the start is a Roman numeral", () => {
    const tracker = new SectionTracker();
    const kinds = ["I. Mục tiêu", "A. Lĩnh vực y tế", "B. Lĩnh vực dược", "C. Lĩnh vực khác"].map((line) => {
      const n = lineShape(line).numbering!;
      const kind = tracker.kindOf(n);
      tracker.push(n, line, line);
      return kind;
    });
    expect(kinds).toEqual(["roman", "upper", "upper", "upper"]);
  });

  test("1.2 under 1. is not numbered twice", () => {
    expect(walk(["II. Dược", "1. Thuốc", "1.2. Đấu thầu"]).at(-1)?.[0]).toBe("II.1.2");
  });

  test.each([
    ["- + Phòng chủ trì: X", { bullet: true, numbering: null }],
    ["1.Tên nhiệm vụ: X", { bullet: false, numbering: { kind: "arabic", number: "1", ambiguous: false } }],
    ["30/6/2026 là hạn", { bullet: false, numbering: null }],
    ["1.2.2026 là hạn", { bullet: false, numbering: null }],
    ["Nhiệm vụ 3: Tập huấn", { bullet: false, numbering: { kind: "task", number: "3", ambiguous: false } }],
    ["(2) Kết quả", { bullet: false, numbering: { kind: "paren", number: "2", ambiguous: false } }],
  ])("line shape of %j", (line, expected) => {
    expect(lineShape(line)).toMatchObject(expected);
  });
});
