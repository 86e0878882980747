import type { Catalog } from "../../../src/core/types";
import { matchUnit } from "../../../src/core/units/match";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const KHTC = "Phòng Kế hoạch - Tài chính";
const TCCB = "Phòng Tổ chức cán bộ";
const NVY = "Phòng Nghiệp vụ Y";
const NVD = "Phòng Nghiệp vụ Dược";
const CDC = "Trung tâm Kiểm soát bệnh tật";
const SKHDT = "Sở Kế hoạch và Đầu tư";

describe("matchUnit: names the catalog knows, however they are written", () => {
  test.each([
    // canonical and aliases
    [KHTC, KHTC],
    ["Kế hoạch tài chính", KHTC],
    ["Phòng KH-TC", KHTC],
    ["KHTC", KHTC],
    ["Phòng Kế hoạch - Tài chính Sở Y tế", KHTC],
    ["TCCB", TCCB],
    ["Tổ chức cán bộ", TCCB],
    ["NVY", NVY],
    ["NVD", NVD],
    ["CDC", CDC],
    ["Sở KH-ĐT", SKHDT],
    ["Sở KHĐT", SKHDT],
    ["Sở KH&ĐT", SKHDT],
    // case, diacritics, old tone placement
    ["ke hoach tai chinh", KHTC],
    ["KẾ HOẠCH TÀI CHÍNH", KHTC],
    ["Phong To chuc can bo", TCCB],
    ["Uỷ ban nhân dân tỉnh", "UBND tỉnh"],
    ["Ủy ban nhân dân tỉnh", "UBND tỉnh"],
    ["Sở Khoa hoc và Cong nghe", "Sở Khoa học và Công nghệ"],
    ["Chi cục Dân số - KHHGD", "Chi cục Dân số - KHHGĐ"],
    // punctuation and affixes
    ["Phòng KH - TC", KHTC],
    ["P. KHTC", KHTC],
    ["Phòng Kế hoạch Tài chính.", KHTC],
    ["- Kế hoạch tài chính;", KHTC],
    ["**Kế hoạch tài chính.**", KHTC],
    ["TCCB Sở", TCCB],
    ["Văn phòng sở", "Văn phòng Sở"],
    ["Văn phòng Sở Y tế", "Văn phòng Sở"],
    ["Thanh tra Sở Y tế", "Thanh tra Sở"],
    ["Nghiệp vụ Y của Sở", NVY],
    ["Các phòng, đơn vị trực thuộc sở", "Các phòng, đơn vị trực thuộc Sở"],
    ["Sở Kế hoạch Đầu tư", SKHDT],
    ["Văn phòng Sở (đầu mối)", "Văn phòng Sở"],
    // abbreviations the matcher derives itself
    ["Phòng TCCB", TCCB],
    ["Chi cục DS-KHHGĐ", "Chi cục Dân số - KHHGĐ"],
    ["Chi cục ATVSTP", "Chi cục An toàn vệ sinh thực phẩm"],
    ["Trung tâm KSBT", CDC],
    ["Sở KH&CN", "Sở Khoa học và Công nghệ"],
    ["UBND Tỉnh", "UBND tỉnh"],
    ["Kiểm nghiệm", "Trung tâm Kiểm nghiệm"],
    ["TTYT Lam Thượng", "Trung tâm Y tế huyện Lam Thượng"],
  ])("%s → %s", (text, expected) => {
    const m = matchUnit(DEFAULT_CATALOG, text);
    expect(m.unit?.name).toBe(expected);
    expect(m.confidence).toBe(1);
  });

  test.each([KHTC, "Sở Tư pháp", "Văn phòng Sở", "Các cơ quan, đơn vị liên quan"])(
    "the canonical name %s is an exact hit",
    (name) => {
      expect(matchUnit(DEFAULT_CATALOG, name)).toEqual({ unit: expect.objectContaining({ name }), confidence: 1, exact: true });
    },
  );

  test.each(["Kế hoạch tài chính", "phòng kế hoạch - tài chính", "KHTC"])("%s is recognised but not exact", (text) => {
    expect(matchUnit(DEFAULT_CATALOG, text).exact).toBe(false);
  });
});

describe("matchUnit: provincial agencies health plans name as partners", () => {
  test.each([
    ["Sở Công Thương", "SCT"],
    ["Sở Công thương", "SCT"],
    ["Sở Tài chính", "STC"],
    ["Sở Nội vụ", "SNV"],
    ["Sở Giáo dục và Đào tạo", "SGDDT"],
    ["Sở Xây dựng", "SXD"],
    ["Sở Khoa học và Công nghệ", "SKHCN"],
    // after the 2025 mergers, and the two agencies merged into it
    ["Sở Nông nghiệp và Môi trường", "SNNMT"],
    ["Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT"],
    ["Sở Tài nguyên và Môi trường", "STNMT"],
    ["Sở TN&MT", "STNMT"],
    ["Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL"],
    ["Công an tỉnh", "CAT"],
    ["Bảo hiểm xã hội tỉnh", "BHXH"],
    ["UBND các huyện, thị xã, thành phố", "UBNDH"],
    ["UBND các xã, phường, thị trấn", "UBNDX"],
    ["Ủy ban nhân dân các xã, phường, thị trấn", "UBNDX"],
    ["UBND cấp xã", "UBNDXP"],
    ["UBND các xã", "UBNDXP"],
    ["Sở Y tế", "SYT"],
  ])("%s → %s", (text, code) => {
    const m = matchUnit(DEFAULT_CATALOG, text);
    expect(m.unit?.code).toBe(code);
    expect(m.unit?.kind).toBe("outside");
    expect(m.confidence).toBe(1);
  });
});

describe("matchUnit: groups of attached units directives name together", () => {
  const HOSPITALS = "G-BV";
  const CENTRES = "G-TTYT";
  test.each([
    ["Các bệnh viện tuyến tỉnh", HOSPITALS],
    ["Các bệnh viện trực thuộc", HOSPITALS],
    ["Các bệnh viện trực thuộc Sở", HOSPITALS],
    ["Các bệnh viện trực thuộc Sở Y tế", HOSPITALS],
    ["các Bệnh viện tuyến tỉnh", HOSPITALS],
    ["Các bệnh viện", HOSPITALS],
    ["Các Trung tâm Y tế huyện, thị xã, thành phố", CENTRES],
    ["Các TTYT huyện, thị xã, thành phố", CENTRES],
    ["TTYT các huyện, thị xã, thành phố", CENTRES],
    ["Trung tâm Y tế các huyện, thị xã, thành phố", CENTRES],
    ["Các Trung tâm Y tế huyện", CENTRES],
    ["Các TTYT huyện", CENTRES],
    ["TTYT các huyện", CENTRES],
    ["Các Trung tâm Y tế tuyến huyện", CENTRES],
    ["Các Trung tâm Y tế", CENTRES],
    ["Các TTYT", CENTRES],
  ])("%s → %s", (text, code) => {
    const m = matchUnit(DEFAULT_CATALOG, text);
    expect(m.unit?.code).toBe(code);
    expect(m.unit?.kind).toBe("group");
    expect(m.confidence).toBe(1);
  });

  test.each(["Các bệnh viện tư nhân", "Các bệnh viện ngoài công lập", "Trung tâm Y tế", "Trạm Y tế xã", "UBND các huyện"])(
    "%j is not read as either group",
    (text) => {
      expect(["G-BV", "G-TTYT"]).not.toContain(matchUnit(DEFAULT_CATALOG, text).unit?.code);
    },
  );
});

describe("matchUnit: near misses are offered with a confidence below 1", () => {
  test.each([
    ["Kế hoạch Tài chín", KHTC],
    ["Phòng Kê hoạch - Tài chánh", KHTC],
    ["Phòng Tổ chức cán bội", TCCB],
    ["Trung tâm Kiểm soát bệnh tậc", CDC],
    ["Trung tâm Kiểm sóat bệnh tậtt", CDC],
    ["Văn phòng UBND", "Văn phòng UBND tỉnh"],
    ["Sở Kế hoạch và Đầu tu tỉnh", SKHDT],
    ["Chi cục An toàn vệ sinh thực phầm tỉnh", "Chi cục An toàn vệ sinh thực phẩm"],
  ])("%s → %s", (text, expected) => {
    const m = matchUnit(DEFAULT_CATALOG, text);
    expect(m.unit?.name).toBe(expected);
    expect(m.confidence).toBeGreaterThanOrEqual(0.75);
    expect(m.confidence).toBeLessThan(1);
    expect(m.exact).toBe(false);
  });
});

describe("matchUnit: nothing close", () => {
  test.each([
    "",
    "   ",
    "xyz",
    "Phòng",
    "Sở Giao thông vận tải",
    "Phòng Nghiệp vụ", // Y or Dược: a guess either way, so none is offered
    "KHDN",
    "Hội Chữ thập đỏ tỉnh",
    "Trung tâm Y tế",
    // two units the catalog knows, not a near miss of a third
    "Văn phòng Sở và UBND tỉnh",
    "Văn phòng Sở, UBND tỉnh",
    "Văn phòng Sở; UBND tỉnh",
  ])("%j has no unit", (text) => {
    expect(matchUnit(DEFAULT_CATALOG, text)).toEqual({ unit: null, confidence: 0, exact: false });
  });

  test.each([", ", "; ", " và "])("two catalog units joined by %j are never read as one", (sep) => {
    const names = DEFAULT_CATALOG.units.map((u) => u.name);
    const wrong: string[] = [];
    for (const a of names) {
      for (const b of names) {
        if (a === b) continue;
        const m = matchUnit(DEFAULT_CATALOG, a + sep + b);
        if (m.unit) wrong.push(`${a}${sep}${b} → ${m.unit.name}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("matchUnit: the catalog is data", () => {
  const merged: Catalog = {
    units: [
      { code: "KHTC", name: "Phòng Kế hoạch - Tài chính", kind: "office", aliases: [] },
      { code: "STC", name: "Sở Tài chính", kind: "outside", aliases: ["Sở Kế hoạch và Đầu tư"] },
    ],
    leaders: [],
  };

  test("an alias added by the province is honoured (2025 merger of Sở KH&ĐT into Sở Tài chính)", () => {
    expect(matchUnit(merged, "Sở KH&ĐT").unit?.code).toBe("STC");
  });

  test("a unit removed from the catalog is no longer found", () => {
    expect(matchUnit(merged, "Phòng Nghiệp vụ Y").unit).toBeNull();
  });

  test("initials shared by two units point to neither", () => {
    const clash: Catalog = {
      units: [
        { code: "A", name: "Phòng Kế hoạch Tổng hợp", kind: "office", aliases: [] },
        { code: "B", name: "Phòng Kiểm tra Thanh tra", kind: "office", aliases: [] },
      ],
      leaders: [],
    };
    expect(matchUnit(clash, "KHTH").unit?.code).toBe("A");
    expect(matchUnit(clash, "KTTT").unit?.code).toBe("B");
    const twin: Catalog = {
      units: [...clash.units, { code: "C", name: "Phòng Kỹ thuật Tổng thể", kind: "office", aliases: [] }],
      leaders: [],
    };
    expect(matchUnit(twin, "KTTT").unit).toBeNull();
  });
});
