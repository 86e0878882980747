import type { Catalog } from "../../../src/core/types";
import { matchLeader } from "../../../src/core/units/match";

const catalog: Catalog = {
  units: [],
  leaders: [
    { code: "GD", name: "Lê Minh Hoàng", title: "Giám đốc", aliases: ["GĐ"] },
    { code: "P1", name: "Trần Thị Thu Hà", title: "Phó Giám đốc", aliases: ["PGĐ 1"] },
    { code: "P2", name: "Nguyễn Quốc Bảo", title: "Phó Giám đốc", aliases: [] },
  ],
};

describe("matchLeader", () => {
  test.each([
    ["Lê Minh Hoàng", "GD"],
    ["GĐ", "GD"],
    ["Giám đốc", "GD"], // the only Giám đốc
    ["Giám đốc Sở", "GD"],
    ["PGĐ Trần Thị Thu Hà", "P1"],
    ["Phó Giám đốc Trần Thị Thu Hà", "P1"],
    ["Tran Thi Thu Ha", "P1"],
    ["Đ/c Hà", "P1"],
    ["đồng chí Bảo", "P2"],
    ["PGĐ 1", "P1"],
    ["Thu Hà", "P1"],
  ])("%s → %s", (text, code) => {
    const m = matchLeader(catalog, text);
    expect(m.leader?.code).toBe(code);
    expect(m.confidence).toBe(1);
  });

  test("a misspelt name is a near miss", () => {
    const m = matchLeader(catalog, "Nguyễn Quốc Bảoo");
    expect(m.leader?.code).toBe("P2");
    expect(m.confidence).toBeLessThan(1);
  });

  test.each(["Phó Giám đốc", "", "Nguyễn Văn Tám", "Hà Bảo"])("%j names nobody for sure", (text) => {
    expect(matchLeader(catalog, text).leader).toBeNull();
  });
});
