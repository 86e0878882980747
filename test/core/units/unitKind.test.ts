import { readUnitKind } from "../../../src/core/units/unitKind";

describe("readUnitKind (Danh mục sheet)", () => {
  test.each([
    ["Ban Giám đốc", "board"],
    ["phòng chức năng", "office"],
    ["Don vi truc thuoc", "attached"],
    [" Cơ quan ngoài Sở ", "outside"],
    ["Nhóm đơn vị", "group"],
    ["outside", "outside"],
    ["Bệnh viện", null],
    ["", null],
  ])("%j → %j", (text, kind) => {
    expect(readUnitKind(text)).toBe(kind);
  });
});
