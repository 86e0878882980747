import type { Catalog, Unit } from "../../../src/core/types";
import { groupMembers } from "../../../src/core/units/groupMembers";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const group = (name: string) => DEFAULT_CATALOG.units.find((u) => u.name === name)!;
const names = (units: Unit[]) => units.map((u) => u.name);

describe("groupMembers: who a group task goes to", () => {
  it("the provincial hospitals are the attached units named Bệnh viện", () => {
    expect(names(groupMembers(DEFAULT_CATALOG, group("Các bệnh viện tuyến tỉnh")))).toEqual([
      "Bệnh viện Đa khoa tỉnh",
      "Bệnh viện Y dược cổ truyền",
      "Bệnh viện Phục hồi chức năng",
      "Bệnh viện Phổi",
      "Bệnh viện Sản - Nhi",
    ]);
  });

  it("the district health centres are the attached units named Trung tâm Y tế", () => {
    const members = names(groupMembers(DEFAULT_CATALOG, group("Các Trung tâm Y tế huyện, thị xã, thành phố")));
    expect(members).toHaveLength(5);
    expect(members.every((n) => n.startsWith("Trung tâm Y tế "))).toBe(true);
  });

  it("the departments' offices and the attached units together for “Các phòng, đơn vị trực thuộc Sở”, never the Board or outside agencies", () => {
    const members = groupMembers(DEFAULT_CATALOG, group("Các phòng, đơn vị trực thuộc Sở"));
    expect(names(members)).toContain("Văn phòng Sở");
    expect(names(members)).toContain("Trung tâm Kiểm soát bệnh tật");
    expect(members.every((u) => u.kind === "office" || u.kind === "attached")).toBe(true);
    expect(names(groupMembers(DEFAULT_CATALOG, group("Các phòng chức năng Sở"))).every((n) => !n.startsWith("Trung tâm"))).toBe(true);
    expect(groupMembers(DEFAULT_CATALOG, group("Các đơn vị trực thuộc")).every((u) => u.kind === "attached")).toBe(true);
  });

  it("a group that names no definite members (“… liên quan”) and a plain unit have none", () => {
    expect(groupMembers(DEFAULT_CATALOG, group("Các cơ quan, đơn vị liên quan"))).toEqual([]);
    expect(groupMembers(DEFAULT_CATALOG, group("Văn phòng Sở"))).toEqual([]);
  });

  it("follows a province's own catalog: a hospital it adds is a member, a renamed group still reads", () => {
    const catalog: Catalog = {
      leaders: [],
      units: [
        { code: "BVA", name: "Bệnh viện Mắt", kind: "attached", aliases: [] },
        { code: "PA", name: "Phòng Pháp chế", kind: "office", aliases: [] },
        { code: "G", name: "Các bệnh viện trực thuộc Sở", kind: "group", aliases: [] },
      ],
    };
    expect(names(groupMembers(catalog, catalog.units[2]))).toEqual(["Bệnh viện Mắt"]);
  });
});
