import type { Catalog } from "../types";

/**
 * A typical Sở Y tế, before the 2025 mergers (old directives still name the old agencies).
 * Data only: provinces edit it in the workbook's Danh mục sheet. District names and people are fictional.
 * Aliases list only what matching cannot derive itself (case, diacritics, punctuation, the
 * "Phòng"/"Sở"/"Sở Y tế" affixes and initials such as KHTC are handled by the matcher).
 */
export const DEFAULT_CATALOG: Catalog = {
  units: [
    { code: "BGD", name: "Ban Giám đốc", kind: "board", aliases: ["BGĐ", "Ban Giám đốc Sở", "Lãnh đạo Sở", "Giám đốc Sở"] },
    { code: "VP", name: "Văn phòng Sở", kind: "office", aliases: ["VPS", "VP Sở"] },
    { code: "TTRA", name: "Thanh tra Sở", kind: "office", aliases: ["TTr", "TTS"] },
    { code: "TCCB", name: "Phòng Tổ chức cán bộ", kind: "office", aliases: ["Tổ chức - Cán bộ", "TC-CB"] },
    { code: "KHTC", name: "Phòng Kế hoạch - Tài chính", kind: "office", aliases: ["KH-TC", "Kế hoạch tài chính"] },
    { code: "NVY", name: "Phòng Nghiệp vụ Y", kind: "office", aliases: ["NV Y", "Nghiệp vụ Y tế"] },
    { code: "NVD", name: "Phòng Nghiệp vụ Dược", kind: "office", aliases: ["NV Dược"] },
    {
      code: "QLHN",
      name: "Phòng Quản lý hành nghề y dược tư nhân",
      kind: "office",
      aliases: ["Quản lý hành nghề", "QLHN", "Quản lý hành nghề YDTN"],
    },
    {
      code: "CCDS",
      name: "Chi cục Dân số - KHHGĐ",
      kind: "attached",
      aliases: ["Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục Dân số", "DS-KHHGĐ", "CCDS", "Chi cục DS"],
    },
    {
      code: "CCATTP",
      name: "Chi cục An toàn vệ sinh thực phẩm",
      kind: "attached",
      aliases: ["Chi cục ATVSTP", "Chi cục An toàn thực phẩm", "Chi cục ATTP", "CCATTP", "ATTP"],
    },
    {
      code: "CDC",
      name: "Trung tâm Kiểm soát bệnh tật",
      kind: "attached",
      aliases: ["CDC", "TT KSBT", "Trung tâm KSBT", "CDC tỉnh", "Trung tâm Kiểm soát bệnh tật tỉnh"],
    },
    {
      code: "TTKN",
      name: "Trung tâm Kiểm nghiệm",
      kind: "attached",
      aliases: ["Trung tâm Kiểm nghiệm Thuốc - Mỹ phẩm - Thực phẩm", "TTKN", "Trung tâm Kiểm nghiệm tỉnh"],
    },
    { code: "TTPY", name: "Trung tâm Pháp y", kind: "attached", aliases: ["TTPY", "Trung tâm Pháp y tỉnh"] },
    {
      code: "TTGDYK",
      name: "Trung tâm Giám định y khoa",
      kind: "attached",
      aliases: ["TTGĐYK", "Trung tâm GĐYK", "Trung tâm Giám định y khoa tỉnh"],
    },
    {
      code: "BVDK",
      name: "Bệnh viện Đa khoa tỉnh",
      kind: "attached",
      aliases: ["BVĐK tỉnh", "BVĐK", "Bệnh viện tỉnh", "BV Đa khoa tỉnh"],
    },
    {
      code: "BVYDCT",
      name: "Bệnh viện Y dược cổ truyền",
      kind: "attached",
      aliases: ["BV YDCT", "BVYDCT", "Bệnh viện Y học cổ truyền", "Bệnh viện Y dược cổ truyền tỉnh", "BV YHCT"],
    },
    {
      code: "BVPHCN",
      name: "Bệnh viện Phục hồi chức năng",
      kind: "attached",
      aliases: ["BV PHCN", "BVPHCN", "Bệnh viện Phục hồi chức năng tỉnh"],
    },
    { code: "BVPHOI", name: "Bệnh viện Phổi", kind: "attached", aliases: ["Bệnh viện Lao và Bệnh phổi", "BV Phổi"] },
    { code: "BVSN", name: "Bệnh viện Sản - Nhi", kind: "attached", aliases: ["BV Sản Nhi", "Bệnh viện Sản Nhi tỉnh"] },
    {
      code: "TTYT-HL",
      name: "Trung tâm Y tế thành phố Hưng Lâm",
      kind: "attached",
      aliases: ["TTYT thành phố Hưng Lâm", "TTYT TP Hưng Lâm", "TTYT Hưng Lâm", "Trung tâm Y tế Hưng Lâm"],
    },
    {
      code: "TTYT-PK",
      name: "Trung tâm Y tế thị xã Phú Khê",
      kind: "attached",
      aliases: ["TTYT thị xã Phú Khê", "TTYT TX Phú Khê", "TTYT Phú Khê", "Trung tâm Y tế Phú Khê"],
    },
    {
      code: "TTYT-LT",
      name: "Trung tâm Y tế huyện Lam Thượng",
      kind: "attached",
      aliases: ["TTYT huyện Lam Thượng", "TTYT Lam Thượng", "Trung tâm Y tế Lam Thượng"],
    },
    {
      code: "TTYT-TN",
      name: "Trung tâm Y tế huyện Tân Nguyên",
      kind: "attached",
      aliases: ["TTYT huyện Tân Nguyên", "TTYT Tân Nguyên", "Trung tâm Y tế Tân Nguyên"],
    },
    {
      code: "TTYT-DX",
      name: "Trung tâm Y tế huyện Đồng Xuyên",
      kind: "attached",
      aliases: ["TTYT huyện Đồng Xuyên", "TTYT Đồng Xuyên", "Trung tâm Y tế Đồng Xuyên"],
    },
    { code: "UBND", name: "UBND tỉnh", kind: "outside", aliases: ["Ủy ban nhân dân tỉnh", "UBT"] },
    { code: "VPUBND", name: "Văn phòng UBND tỉnh", kind: "outside", aliases: ["VP UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh"] },
    { code: "STC", name: "Sở Tài chính", kind: "outside", aliases: ["STC"] },
    { code: "SKHDT", name: "Sở Kế hoạch và Đầu tư", kind: "outside", aliases: ["Sở KH-ĐT", "Sở KHĐT", "Sở KH&ĐT", "Sở Kế hoạch - Đầu tư"] },
    { code: "SXD", name: "Sở Xây dựng", kind: "outside", aliases: ["SXD"] },
    { code: "SKHCN", name: "Sở Khoa học và Công nghệ", kind: "outside", aliases: ["Sở KH&CN", "Sở KHCN", "Sở KH-CN"] },
    { code: "SNV", name: "Sở Nội vụ", kind: "outside", aliases: ["SNV"] },
    { code: "STP", name: "Sở Tư pháp", kind: "outside", aliases: ["STP"] },
    {
      code: "SLDTBXH",
      name: "Sở Lao động, Thương binh và Xã hội",
      kind: "outside",
      aliases: ["Sở LĐTBXH", "Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"],
    },
    {
      code: "SVHTTDL",
      name: "Sở Văn hóa, Thể thao và Du lịch",
      kind: "outside",
      aliases: ["Sở VHTTDL", "Sở VH-TT&DL", "Sở Văn hóa - Thể thao và Du lịch"],
    },
    {
      code: "SNNPTNT",
      name: "Sở Nông nghiệp và Phát triển nông thôn",
      kind: "outside",
      aliases: ["Sở NN&PTNT", "Sở NNPTNT", "Sở Nông nghiệp và PTNT", "Sở Nông nghiệp và Môi trường"],
    },
    { code: "STTTT", name: "Sở Thông tin và Truyền thông", kind: "outside", aliases: ["Sở TT&TT", "Sở TTTT"] },
    { code: "SGDDT", name: "Sở Giáo dục và Đào tạo", kind: "outside", aliases: ["Sở GD&ĐT", "Sở GDĐT"] },
    { code: "BHXH", name: "Bảo hiểm xã hội tỉnh", kind: "outside", aliases: ["BHXH tỉnh", "BHXH", "Bảo hiểm xã hội"] },
    { code: "CAT", name: "Công an tỉnh", kind: "outside", aliases: ["CA tỉnh"] },
    {
      code: "UBNDH",
      name: "UBND các huyện, thị xã, thành phố",
      kind: "outside",
      aliases: [
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
        "UBND các huyện, thành phố",
        "UBND các huyện, thị xã, thành phố trong tỉnh",
        "UBND cấp huyện",
        "UBND các huyện",
      ],
    },
    {
      code: "G-PHONG",
      name: "Các phòng chức năng Sở",
      kind: "group",
      aliases: ["Các phòng chức năng", "Các phòng chuyên môn", "Các phòng chuyên môn thuộc Sở", "Các phòng thuộc Sở", "Các phòng"],
    },
    {
      code: "G-DONVI",
      name: "Các đơn vị trực thuộc",
      kind: "group",
      aliases: ["Các đơn vị trực thuộc Sở", "Các đơn vị", "Các đơn vị y tế trực thuộc", "Các đơn vị thuộc Sở"],
    },
    {
      code: "G-PHONGDV",
      name: "Các phòng, đơn vị trực thuộc Sở",
      kind: "group",
      aliases: [
        "Các phòng, đơn vị thuộc Sở",
        "Các phòng, đơn vị",
        "Các phòng, ban, đơn vị trực thuộc Sở",
        "Các phòng chức năng, đơn vị trực thuộc Sở",
        "Các phòng, đơn vị liên quan",
      ],
    },
    {
      code: "G-LIENQUAN",
      name: "Các cơ quan, đơn vị liên quan",
      kind: "group",
      aliases: ["Các đơn vị liên quan", "Các cơ quan liên quan", "Các cơ quan, đơn vị có liên quan", "Các sở, ban, ngành liên quan"],
    },
  ],
  leaders: [
    {
      code: "GD",
      name: "Lê Minh Hoàng",
      title: "Giám đốc",
      aliases: ["GĐ", "Giám đốc Sở", "Đ/c Hoàng"],
    },
    {
      code: "PGD1",
      name: "Trần Thị Thu Hà",
      title: "Phó Giám đốc",
      aliases: ["PGĐ1", "PGĐ 1", "Phó Giám đốc 1"],
    },
    {
      code: "PGD2",
      name: "Nguyễn Quốc Bảo",
      title: "Phó Giám đốc",
      aliases: ["PGĐ2", "PGĐ 2", "Phó Giám đốc 2"],
    },
    {
      code: "PGD3",
      name: "Phạm Đức Long",
      title: "Phó Giám đốc",
      aliases: ["PGĐ3", "PGĐ 3", "Phó Giám đốc 3"],
    },
  ],
};
