import { UnitResolver } from "../../../src/core/import/resolveUnits";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const names = (text: string) => new UnitResolver(DEFAULT_CATALOG).list(text).map((u) => (u.known ? u.name : `${u.name} (?)`));

describe("unit lists as written in directives", () => {
  test.each([
    ["Sở Y tế, Sở Thông tin và Truyền thông", ["Sở Y tế", "Sở Thông tin và Truyền thông"]],
    ["Văn phòng Sở; Sở Thông tin và Truyền thông", ["Văn phòng Sở", "Sở Thông tin và Truyền thông"]],
    // an alias: the official name, with its hyphen
    ["Sở Lao động, Thương binh và Xã hội", ["Sở Lao động - Thương binh và Xã hội"]],
    ["UBND các huyện, thị xã, thành phố", ["UBND các huyện, thị xã, thành phố"]],
    ["Không", []],
    ["Không có", []],
    ["-", []],
    ["Trung tâm Kiểm nghiệm, Thanh tra Sở phối hợp", ["Trung tâm Kiểm nghiệm", "Thanh tra Sở"]],
    // the district health centres' group, never "UBND các huyện, thị xã, thành phố"
    ["TTYT các huyện, thị xã, thành phố", ["Các Trung tâm Y tế huyện, thị xã, thành phố"]],
    ["Các bệnh viện tuyến tỉnh và các Trung tâm Y tế huyện, thị xã, thành phố", ["Các bệnh viện tuyến tỉnh", "Các Trung tâm Y tế huyện, thị xã, thành phố"]],
    ["Các bệnh viện trực thuộc; UBND các huyện, thị xã, thành phố", ["Các bệnh viện tuyến tỉnh", "UBND các huyện, thị xã, thành phố"]],
    ["Sở Tài chính và các sở, ban, ngành liên quan", ["Sở Tài chính", "Các cơ quan, đơn vị liên quan"]],
    // not the catalog's "Các sở, ban, ngành liên quan" word for word: kept as written
    ["Sở Tài chính và các sở, ngành liên quan", ["Sở Tài chính", "các sở, ngành liên quan (?)"]],
    ["Sở Y tế (Trung tâm KSBT)", ["Trung tâm Kiểm soát bệnh tật"]],
    ["Sở Khoa học và Công nghệ; Công an tỉnh (Phòng Cảnh sát quản lý hành chính về trật tự xã hội); BHXH tỉnh", ["Sở Khoa học và Công nghệ", "Công an tỉnh", "Bảo hiểm xã hội tỉnh"]],
    ["Sở Y tế (Ban Quản lý dự án đầu tư xây dựng tỉnh là chủ đầu tư)", ["Sở Y tế"]],
    ["Trung tâm Y tế (các huyện)", ["Trung tâm Y tế (các huyện) (?)"]],
    ["Sở Y tế (giao Trung tâm Giám định y khoa tham mưu)", ["Trung tâm Giám định y khoa"]],
    ["Sở Y tế (qua Phòng KH-TC)", ["Phòng Kế hoạch - Tài chính"]],
    ["Văn phòng Sở và các phòng chuyên môn", ["Văn phòng Sở", "Các phòng chức năng Sở"]],
    ["Phòng KH-TC Sở Y tế tỉnh Hưng Lâm", ["Phòng Kế hoạch - Tài chính"]],
    ["Phòng Kế hoạch - Tài chính sở y tế", ["Phòng Kế hoạch - Tài chính"]],
    ["Văn phòng Sở và UBND tỉnh", ["Văn phòng Sở", "UBND tỉnh"]],
    ["Văn phòng Sở, UBND tỉnh", ["Văn phòng Sở", "UBND tỉnh"]],
    ["Sở Y tế (Trung tâm KSBT); Sở Tài chính", ["Trung tâm Kiểm soát bệnh tật", "Sở Tài chính"]],
    ["Công an tỉnh (Phòng Cảnh sát kinh tế).; Sở Tài chính", ["Công an tỉnh", "Sở Tài chính"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test("a near miss is kept as written: check offers the correction, the import never makes it", () => {
    expect(names("Phòng Nghiệp vụ Dượ")).toEqual(["Phòng Nghiệp vụ Dượ (?)"]);
    expect(names("Chi cục ATVSTP tỉnh")).toEqual(["Chi cục ATVSTP tỉnh (?)"]);
  });

  test.each([
    ["Bộ Tài chính", ["Bộ Tài chính (?)"]],
    ["Bộ Tư pháp", ["Bộ Tư pháp (?)"]],
    ["Các bộ, ngành", ["Các bộ, ngành (?)"]],
    ["Ủy ban nhân dân các cấp", ["Ủy ban nhân dân các cấp (?)"]],
    ["UBND cấp xã", ["UBND cấp xã"]],
    ["Sở Nông nghiệp và Môi trường", ["Sở Nông nghiệp và Môi trường"]],
    ["Sở Nông nghiệp và Phát triển nông thôn", ["Sở Nông nghiệp và Phát triển nông thôn"]],
    ["Sở, ban, ngành, tổ chức chính trị - xã hội", ["Sở, ban, ngành, tổ chức chính trị - xã hội (?)"]],
    ["Cơ quan, địa phương liên quan", ["Cơ quan, địa phương liên quan (?)"]],
  ])("another body is never read as a catalog unit: %s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("two units joined by a comma, a semicolon or 'và' are two units, never one swallowing the other", () => {
  const writings = [
    ...DEFAULT_CATALOG.units.filter((u) => u.kind !== "group").map((u) => u.name),
    "Phòng KH-TC",
    "Trung tâm KSBT",
    "BVĐK tỉnh",
    "Sở KH&CN",
    "Chi cục ATTP",
    "các phòng chuyên môn",
    "các đơn vị trực thuộc",
  ];
  test.each([", ", "; ", " và "])("joined by %j", (sep) => {
    const wrong: string[] = [];
    for (const a of writings) {
      for (const b of writings) {
        if (a === b) continue;
        const got = new UnitResolver(DEFAULT_CATALOG).list(a + sep + b);
        if (got.length !== 2 || got.some((u) => !u.known)) wrong.push(`${a}${sep}${b} → ${got.map((u) => u.name).join(" | ")}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
