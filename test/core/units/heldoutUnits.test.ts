// Unit names as directives write them, made up by an auditor and run through the matcher before
// they were added here: abbreviations, dashes, "Sở Y tế" and "tỉnh" tails, old tone placement,
// missing diacritics and typos. Expected by catalog code; null where no unit of the preset is meant.
import { matchUnit } from "../../../src/core/units/match";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const HELD_OUT: [text: string, code: string | null][] = [
  ["Phòng KH-TC", "KHTC"],
  ["KHTC", "KHTC"],
  ["Phòng Kế hoạch - Tài chính Sở Y tế", "KHTC"],
  ["phong ke hoach tai chinh", "KHTC"],
  ["P. KHTC", "KHTC"],
  ["Phòng KHTC Sở Y tế", "KHTC"],
  ["Phòng Kế hoạch-Tài chính", "KHTC"],
  ["Phòng Kế hoạch – Tài chính", "KHTC"],
  ["Phòng Kê hoạch Tài chính", "KHTC"],
  ["Phòng Kế hoạch Tài chánh", "KHTC"],
  ["Phòng TCCB", "TCCB"],
  ["P.TCCB", "TCCB"],
  ["Phòng Tổ chức - Cán bộ Sở Y tế", "TCCB"],
  ["Phòng Nghiệp Vụ Y", "NVY"],
  ["Phòng NVY", "NVY"],
  ["Phòng Nghiệp vụ dược", "NVD"],
  ["Phòng NVD", "NVD"],
  ["Phòng Quản lý hành nghề YDTN", "QLHN"],
  ["Văn phòng Sở Y tế", "VP"],
  ["Văn Phòng", "VP"],
  ["Thanh tra Sở Y tế", "TTRA"],
  ["Thanh tra sở", "TTRA"],
  ["Uỷ ban nhân dân tỉnh", "UBND"],
  ["Ủy ban nhân dân tỉnh", "UBND"],
  ["UBND Tỉnh", "UBND"],
  ["Uy ban nhan dan tinh", "UBND"],
  ["Chi cục DS-KHHGĐ", "CCDS"],
  ["Chi cục Dân số-Kế hoạch hoá gia đình", "CCDS"],
  ["Chi cục Dân số và KHHGĐ", "CCDS"],
  ["Chi cục ATVSTP tỉnh", "CCATTP"],
  ["Chi cục An toàn vệ sinh thực phẩm tỉnh", "CCATTP"],
  ["TT Kiểm soát bệnh tật", "CDC"],
  ["Trung tâm Kiểm soát Bệnh tật tỉnh", "CDC"],
  ["Trung tâm KSBT tỉnh", "CDC"],
  ["TTKSBT", "CDC"],
  ["Trung tâm kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "TTKN"],
  ["BVĐK Tỉnh", "BVDK"],
  ["Bệnh viện đa khoa tỉnh", "BVDK"],
  ["Bệnh viện Y học cổ truyền tỉnh", "BVYDCT"],
  ["TTYT huyện Lam Thuợng", "TTYT-LT"],
  ["Trung tâm Y tế Dong Xuyen", "TTYT-DX"],
  ["Sở Tài Chính", "STC"],
  ["Sở Kế hoạch & Đầu tư", "SKHDT"],
  ["Sở Khoa học & Công nghệ", "SKHCN"],
  ["Sở KH và CN", "SKHCN"],
  ["Sở Xây Dựng", "SXD"],
  ["Sở LĐ-TBXH", "SLDTBXH"],
  ["Bảo hiểm Xã hội tỉnh", "BHXH"],
  ["Công an tỉnh", "CAT"],
  ["Các phòng chức năng thuộc Sở", "G-PHONG"],
  ["Các đơn vị trực thuộc Sở Y tế", "G-DONVI"],
  ["Các phòng, đơn vị trực thuộc", "G-PHONGDV"],
  ["Các cơ quan đơn vị liên quan", "G-LIENQUAN"],
  ["Ban Giám Đốc", "BGD"],
  ["Lãnh đạo Sở Y tế", "BGD"],
  ["Sở Tư pháp", "STP"],
  ["Sở Nội Vụ", "SNV"],
  ["Phòng KH-TC chủ trì", "KHTC"],
  ["Văn phòng Sở Y tế chủ trì", "VP"],
  ["Phòng Kế hoạch", null],
  ["Sở Y tế", "SYT"],
  ["Phòng Tài chính - Kế hoạch huyện", null],
];

// A second round by another auditor, decided before it was run: 52 of 53 matched as they stood;
// "Phòng Y tế huyện Lam Thượng" (the district People's Committee's health office) was read as the
// district health centre, because "Phòng" is dropped as an affix and "Trung tâm" as a type word.
const SECOND_ROUND: [text: string, code: string | null][] = [
  ["P.KHTC", "KHTC"],
  ["P. KH-TC Sở Y tế", "KHTC"],
  ["Phòng KH - TC", "KHTC"],
  ["Phòng Kế hoạch tài chính Sở Y tế", "KHTC"],
  ["Phong KHTC", "KHTC"],
  ["P.NVY", "NVY"],
  ["Phòng Nghiệp vụ Y Sở Y tế", "NVY"],
  ["Phòng Nghiep vu Y", "NVY"],
  ["Phòng Nghiệp vụ Dược Sở Y tế", "NVD"],
  ["P. NVD", "NVD"],
  ["Phòng Tổ chức Cán bộ Sở Y tế", "TCCB"],
  ["Phòng Tổ chức cán bọ", "TCCB"],
  ["VP Sở Y tế", "VP"],
  ["Văn phòng SYT", "VP"],
  ["Thanh tra SYT", "TTRA"],
  ["TT KSBT tỉnh", "CDC"],
  ["TTKSBT tỉnh", "CDC"],
  ["Trung tâm Kiểm soát bệnh tật (CDC)", "CDC"],
  ["Trung tam Kiem soat benh tat", "CDC"],
  ["Trung tâm Kiểm soát bênh tật tỉnh", "CDC"],
  ["BV ĐK tỉnh", "BVDK"],
  ["Benh vien da khoa tinh", "BVDK"],
  ["Chi cục DS - KHHGĐ tỉnh", "CCDS"],
  ["Chi cục Dân số - Kế hoạch hoá gia đình tỉnh", "CCDS"],
  ["Chi cuc Dan so", "CCDS"],
  ["Chi cục ATTP tỉnh", "CCATTP"],
  ["Chi cục An toàn VSTP", "CCATTP"],
  ["TT Kiểm nghiệm", "TTKN"],
  ["Trung tâm Kiểm nghiệm Thuốc, Mỹ phẩm, Thực phẩm tỉnh", "TTKN"],
  ["TT Pháp y tỉnh", "TTPY"],
  ["TT Giám định Y khoa", "TTGDYK"],
  ["BV Y dược cổ truyền tỉnh", "BVYDCT"],
  ["BV Phục hồi chức năng", "BVPHCN"],
  ["Bệnh viện Sản Nhi", "BVSN"],
  ["TTYT TP. Hưng Lâm", "TTYT-HL"],
  ["Trung tâm Y tế TX Phú Khê", "TTYT-PK"],
  ["Sở KH&ĐT", "SKHDT"],
  ["Sở LĐTB&XH", "SLDTBXH"],
  ["Sở Thông tin & Truyền thông", "STTTT"],
  ["Sở GD-ĐT", "SGDDT"],
  ["BGĐ Sở", "BGD"],
  // other departments' offices, district offices, private and other sectors' facilities
  ["Văn phòng Sở Tài nguyên và Môi trường", null],
  ["Văn phòng Sở Giáo dục và Đào tạo", null],
  ["Phòng Kế hoạch - Tài chính Sở Giáo dục và Đào tạo", null],
  ["Thanh tra Sở Xây dựng", null],
  ["Phòng Y tế huyện Lam Thượng", null],
  ["Bệnh viện đa khoa tư nhân Hưng Lâm", null],
  ["Bệnh viện Quốc tế Phú Khê", null],
  ["Phòng khám đa khoa tư nhân", null],
  ["Trung tâm Y tế Bộ Giao thông vận tải", null],
  ["Sở Y tế tỉnh bạn", null],
  ["Phòng Tài chính - Kế hoạch", null],
  ["Văn phòng Tỉnh ủy", null],
];

// A third round, decided before it was run, across the whole preset: attached units, the outside
// agencies and the groups, then names of bodies the preset does not hold. 51 of 53 matched as they
// stood; the groups written with "trong tỉnh" ("UBND các xã, phường, thị trấn trong tỉnh") did not.
// The last two were added after the fix: "trong tỉnh" is dropped like "tỉnh", but "trên địa bàn
// tỉnh" (every hospital there, private ones too) is not the provincial hospitals.
const THIRD_ROUND: [text: string, code: string | null][] = [
  ["Phòng Quản lý hành nghề Y, Dược tư nhân", "QLHN"],
  ["P.QLHN", "QLHN"],
  ["Trung tâm Pháp Y", "TTPY"],
  ["TTGĐYK tỉnh", "TTGDYK"],
  ["Trung tâm Giám định Y khoa tỉnh", "TTGDYK"],
  ["BV Lao và Bệnh phổi tỉnh", "BVPHOI"],
  ["Bệnh viện Phổi tỉnh", "BVPHOI"],
  ["BV Sản - Nhi tỉnh", "BVSN"],
  ["Bệnh viện YHCT tỉnh", "BVYDCT"],
  ["BV PHCN tỉnh", "BVPHCN"],
  ["TTYT Thị xã Phú Khê", "TTYT-PK"],
  ["TTYT H. Tân Nguyên", "TTYT-TN"],
  ["Trung tâm y tế Tân Nguyên", "TTYT-TN"],
  ["Văn phòng UBND Tỉnh", "VPUBND"],
  ["Sở Nông nghiệp & PTNT", "SNNPTNT"],
  ["Sở NN và PTNT", "SNNPTNT"],
  ["Sở Tài nguyên & Môi trường", "STNMT"],
  ["Sở TN&MT", "STNMT"],
  ["Sở Công thương", "SCT"],
  ["Sở Văn hoá, Thể thao và Du lịch", "SVHTTDL"],
  ["Sở GD & ĐT", "SGDDT"],
  ["Sở Giáo dục - Đào tạo", "SGDDT"],
  ["Sở Thông tin và Truyền thông tỉnh", "STTTT"],
  ["BHXH Tỉnh", "BHXH"],
  ["Công an Tỉnh", "CAT"],
  ["UBND các huyện, TX, TP", "UBNDH"],
  ["UBND huyện, thị xã, thành phố", "UBNDH"],
  ["UBND các xã, phường, thị trấn trong tỉnh", "UBNDX"],
  ["Các TTYT huyện, TX, TP", "G-TTYT"],
  ["Các Trung tâm Y tế huyện, thị xã, thành phố trong tỉnh", "G-TTYT"],
  ["Các bệnh viện tuyến tỉnh trực thuộc Sở", "G-BV"],
  ["Các BV tuyến tỉnh", "G-BV"],
  ["Các phòng chuyên môn Sở Y tế", "G-PHONG"],
  ["Các đơn vị y tế trực thuộc Sở", "G-DONVI"],
  ["Các sở, ngành liên quan", "G-LIENQUAN"],
  ["Các Sở, ban, ngành có liên quan", "G-LIENQUAN"],
  ["Giám đốc Sở Y tế", "BGD"],
  ["Chi cục Dân số – KHHGĐ", "CCDS"],
  ["Trung tâm Kiểm nghiệm Thuốc - Mỹ phẩm - Thực phẩm tỉnh", "TTKN"],
  ["CDC Tỉnh", "CDC"],
  // not a unit of the preset
  ["Sở Y tế tỉnh", null],
  ["Bộ Y tế", null],
  ["Bệnh viện Đa khoa khu vực Phú Khê", null],
  ["Trung tâm Y tế huyện Bình Sơn", null],
  ["UBND huyện Lam Thượng", null],
  ["Sở Y tế Hà Nội", null],
  ["Cục Quản lý Dược", null],
  ["Phòng Văn hóa - Thông tin huyện", null],
  ["Ban Chỉ đạo", null],
  ["Hội Chữ thập đỏ tỉnh", null],
  ["Tỉnh ủy", null],
  ["Bệnh viện Phổi Trung ương", null],
  ["Công an huyện Tân Nguyên", null],
  ["Các cơ sở y tế trong tỉnh", null],
  ["Các bệnh viện trên địa bàn tỉnh", null],
];

describe("matchUnit: held-out ways of writing a unit", () => {
  test.each(HELD_OUT)("%s → %s", (text, code) => {
    expect(matchUnit(DEFAULT_CATALOG, text).unit?.code ?? null).toBe(code);
  });

  test.each(SECOND_ROUND)("second round: %s → %s", (text, code) => {
    expect(matchUnit(DEFAULT_CATALOG, text).unit?.code ?? null).toBe(code);
  });

  test.each(THIRD_ROUND)("third round: %s → %s", (text, code) => {
    expect(matchUnit(DEFAULT_CATALOG, text).unit?.code ?? null).toBe(code);
  });

  it("does not read a 'Phòng' as the centre, branch or hospital of the same field", () => {
    for (const text of ["Phòng Y tế huyện Lam Thượng", "P. Y tế huyện Lam Thượng", "Phòng Kiểm nghiệm"]) {
      expect(matchUnit(DEFAULT_CATALOG, text).unit).toBeNull();
    }
    expect(matchUnit(DEFAULT_CATALOG, "Phòng Nghiệp vụ Y").unit?.code).toBe("NVY");
  });

  it("offers a name with a trailing 'tỉnh' as a correction, not as the catalog's wording", () => {
    const m = matchUnit(DEFAULT_CATALOG, "Chi cục ATVSTP tỉnh");
    expect(m.unit?.code).toBe("CCATTP");
    expect(m.confidence).toBeLessThan(1);
    expect(m.exact).toBe(false);
  });

  it("keeps a unit whose own name ends in 'tỉnh' exact", () => {
    expect(matchUnit(DEFAULT_CATALOG, "UBND tỉnh")).toMatchObject({ confidence: 1, exact: true });
  });
});
