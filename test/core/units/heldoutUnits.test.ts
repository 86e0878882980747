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
  ["Sở Y tế", null],
  ["Phòng Tài chính - Kế hoạch huyện", null],
];

describe("matchUnit: held-out ways of writing a unit", () => {
  test.each(HELD_OUT)("%s → %s", (text, code) => {
    expect(matchUnit(DEFAULT_CATALOG, text).unit?.code ?? null).toBe(code);
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
