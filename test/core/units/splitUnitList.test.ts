import type { Catalog } from "../../../src/core/types";
import { splitUnitList } from "../../../src/core/units/match";
import { stripListMarks } from "../../../src/core/units/unitKey";

describe("splitUnitList", () => {
  test.each([
    ["Phòng Kế hoạch - Tài chính; Văn phòng Sở", ["Phòng Kế hoạch - Tài chính", "Văn phòng Sở"]],
    ["Kế hoạch tài chính, Nghiệp vụ Y và Thanh tra Sở", ["Kế hoạch tài chính", "Nghiệp vụ Y", "Thanh tra Sở"]],
    ["Văn phòng Sở\nThanh tra Sở", ["Văn phòng Sở", "Thanh tra Sở"]],
    ["- Sở Tài chính\n- Sở Xây dựng\n+ Chi cục Dân số - KHHGĐ", ["Sở Tài chính", "Sở Xây dựng", "Chi cục Dân số - KHHGĐ"]],
    ["Chi cục Dân số - KHHGĐ", ["Chi cục Dân số - KHHGĐ"]],
    ["Phòng Kế hoạch - Tài chính", ["Phòng Kế hoạch - Tài chính"]],
    ["Các phòng, đơn vị trực thuộc sở.", ["Các phòng, đơn vị trực thuộc sở"]],
    ["Các phòng, đơn vị", ["Các phòng, đơn vị"]],
    ["Sở Lao động, Thương binh và Xã hội, Sở Tài chính", ["Sở Lao động, Thương binh và Xã hội", "Sở Tài chính"]],
    ["Sở Khoa học và Công nghệ và các đơn vị liên quan", ["Sở Khoa học và Công nghệ", "các đơn vị liên quan"]],
    ["UBND các huyện, thị xã, thành phố; Bảo hiểm xã hội tỉnh", ["UBND các huyện, thị xã, thành phố", "Bảo hiểm xã hội tỉnh"]],
    ["Các phòng: Nghiệp vụ Y, TCCB.", ["Phòng Nghiệp vụ Y", "Phòng TCCB"]],
    // "các sở:" / "các phòng:" / "các trung tâm:" name the type once for the units after it;
    // a unit written before the heading is kept
    [
      "Sở Y tế, các sở: Tài chính, Nội vụ, Giáo dục và Đào tạo",
      ["Sở Y tế", "Sở Tài chính", "Sở Nội vụ", "Sở Giáo dục và Đào tạo"],
    ],
    ["Các Sở: Tài chính, Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]],
    ["các sở: Tài chính, Xây dựng; Công an tỉnh", ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]],
    ["các sở: Lao động, Thương binh và Xã hội, Tài chính", ["Sở Lao động, Thương binh và Xã hội", "Sở Tài chính"]],
    ["các sở: Sở Tài chính, Nội vụ và UBND tỉnh", ["Sở Tài chính", "Sở Nội vụ", "UBND tỉnh"]],
    [
      "các phòng: Kế hoạch - Tài chính, Nghiệp vụ Y",
      ["Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ Y"],
    ],
    ["Văn phòng Sở và các phòng: Nghiệp vụ Y, Nghiệp vụ Dược", ["Văn phòng Sở", "Phòng Nghiệp vụ Y", "Phòng Nghiệp vụ Dược"]],
    ["các sở: Giao thông và Vận tải, Công Thương", ["Sở Giao thông và Vận tải", "Sở Công Thương"]],
    ["các Trung tâm: Kiểm soát bệnh tật, Kiểm nghiệm", ["Trung tâm Kiểm soát bệnh tật", "Trung tâm Kiểm nghiệm"]],
    // a heading that names no single type leaves its units as written
    ["Các phòng, đơn vị trực thuộc: Văn phòng Sở, Thanh tra Sở", ["Văn phòng Sở", "Thanh tra Sở"]],
    ["Sở Y tế, các đơn vị: Văn phòng Sở, Thanh tra Sở", ["Sở Y tế", "Văn phòng Sở", "Thanh tra Sở"]],
    ["Phòng A, Phòng B và Phòng C", ["Phòng A", "Phòng B", "Phòng C"]],
    ["Văn phòng Sở và UBND tỉnh", ["Văn phòng Sở", "UBND tỉnh"]],
    ["Văn phòng Sở, UBND tỉnh", ["Văn phòng Sở", "UBND tỉnh"]],
    // not in the catalog: "và" inside a name does not split it
    ["Sở Giao thông và Vận tải", ["Sở Giao thông và Vận tải"]],
    ["Sở Công Thương, Sở Giao thông vận tải", ["Sở Công Thương", "Sở Giao thông vận tải"]],
    ["KHTC;  ;NVY;", ["KHTC", "NVY"]],
    // a catalog name wrapped over two lines of the cell (copied from a PDF) is one unit
    ["Văn phòng Sở; Trung tâm Kiểm soát\nbệnh tật", ["Văn phòng Sở", "Trung tâm Kiểm soát bệnh tật"]],
    ["Phòng Kế hoạch -\nTài chính\nThanh tra Sở", ["Phòng Kế hoạch - Tài chính", "Thanh tra Sở"]],
    ["Sở Tài chính\nSở Xây dựng", ["Sở Tài chính", "Sở Xây dựng"]],
    ["", []],
    ["  \n ", []],
    // a bracket that closes inside the name is kept
    ["Sở Y tế (Trung tâm KSBT)", ["Sở Y tế (Trung tâm KSBT)"]],
    ["Công an tỉnh (Phòng Cảnh sát kinh tế); Sở Tài chính", ["Công an tỉnh (Phòng Cảnh sát kinh tế)", "Sở Tài chính"]],
    ["Văn phòng Sở (đầu mối).", ["Văn phòng Sở (đầu mối)"]],
  ])("%j", (text, expected) => {
    expect(splitUnitList(text)).toEqual(expected);
  });

  test("the catalog given decides which commas belong to a name", () => {
    const catalog: Catalog = {
      units: [{ code: "X", name: "Sở Nông nghiệp, Tài nguyên và Môi trường", kind: "outside", aliases: [] }],
      leaders: [],
    };
    const text = "Sở Nông nghiệp, Tài nguyên và Môi trường; Sở Y tế";
    expect(splitUnitList(text, catalog)).toEqual(["Sở Nông nghiệp, Tài nguyên và Môi trường", "Sở Y tế"]);
    expect(splitUnitList("Sở Nông nghiệp, Tài nguyên và Môi trường", { units: [], leaders: [] })).toEqual([
      "Sở Nông nghiệp",
      "Tài nguyên và Môi trường",
    ]);
  });
});

describe("stripListMarks", () => {
  test.each([
    ["- Văn phòng Sở;", "Văn phòng Sở"],
    ["1. Phòng KH-TC.", "Phòng KH-TC"],
    ["**Kế hoạch tài chính.**", "Kế hoạch tài chính"],
    ["“Thanh tra Sở”", "Thanh tra Sở"],
    // brackets: a pair inside the name stays, a pair around all of it or a stray one goes
    ["Sở Y tế (Trung tâm KSBT)", "Sở Y tế (Trung tâm KSBT)"],
    ["Sở Y tế (Trung tâm KSBT).", "Sở Y tế (Trung tâm KSBT)"],
    ["Công an tỉnh (Phòng Cảnh sát kinh tế));", "Công an tỉnh (Phòng Cảnh sát kinh tế)"],
    ["Văn phòng Sở (đầu mối)", "Văn phòng Sở (đầu mối)"],
    ["(Trung tâm KSBT)", "Trung tâm KSBT"],
    ["(Phòng KH-TC);", "Phòng KH-TC"],
    ["Phòng KHTC)", "Phòng KHTC"],
    ["(Phòng KHTC", "Phòng KHTC"],
    ["(Sở Y tế (Trung tâm KSBT))", "Sở Y tế (Trung tâm KSBT)"],
    ["(Sở Tài chính) (chủ trì)", "(Sở Tài chính) (chủ trì)"],
    ["", ""],
    [")", ""],
  ])("%j → %j", (text, expected) => {
    expect(stripListMarks(text)).toBe(expected);
  });

  test("strips deeply nested brackets", () => {
    const deep = "(".repeat(50_000) + "Văn phòng Sở" + ")".repeat(50_000);
    expect(stripListMarks(deep)).toBe("Văn phòng Sở");
    expect(stripListMarks("(".repeat(100_000))).toBe("");
  });
});
