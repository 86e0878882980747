// News items and portal notices assign in running prose: an official's title before the body, a
// partner list running on into the verb, subject-first sentences after a connective or a purpose
// clause, tasks run inline after a colon, long co-lead lists. Every text here is written for the
// test; the real documents in test/cases/import (real-*) are the evidence the rules hold on.
import { importText } from "../../../src/core/import/importDirective";
import { addressedBodies, isUnitList, withoutManner } from "../../../src/core/import/unitList";
import { frontedSubject } from "../../../src/core/import/unitPhrase";
import { splitUnitList } from "../../../src/core/units/match";
import { DEFAULT_CATALOG } from "../../../src/core/units/preset";

const read = (text: string) => importText(text, { catalog: DEFAULT_CATALOG, planYear: 2026 });
const brief = (text: string) => read(text).tasks.map((t) => ({ lead: t.lead, partners: t.partners, title: t.title }));

describe("an official's title before a body addresses the body", () => {
  test.each([
    ["Giám đốc Sở Xây dựng và Chủ tịch UBND cấp xã", "Sở Xây dựng và UBND cấp xã"],
    ["Thủ trưởng các đơn vị trực thuộc", "các đơn vị trực thuộc"],
    ["Sở Nội vụ, Phó Chủ tịch Ủy ban nhân dân các xã", "Sở Nội vụ, Ủy ban nhân dân các xã"],
  ])("%s → %s", (written, body) => {
    expect(addressedBodies(written)).toBe(body);
  });

  test("a title before no body stays as written", () => {
    expect(addressedBodies("Giám đốc điều hành dự án")).toBe("Giám đốc điều hành dự án");
  });

  test("the body leads the task, its words kept as written", () => {
    expect(brief("Giao Giám đốc Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan thông báo lịch sửa chữa trạm y tế.")).toEqual([
      { lead: "Sở Xây dựng", partners: ["Các cơ quan, đơn vị liên quan"], title: "Thông báo lịch sửa chữa trạm y tế" },
    ]);
  });
});

describe("the partner list stops at the verb", () => {
  test("phối hợp with no với", () => {
    expect(brief("UBND tỉnh giao Sở Tư pháp phối hợp Sở Nội vụ rà soát quy chế làm việc của các trạm y tế.")).toEqual([
      { lead: "Sở Tư pháp", partners: ["Sở Nội vụ"], title: "Rà soát quy chế làm việc của các trạm y tế" },
    ]);
  });

  test("a manner phrase after the units is dropped from the units and the title", () => {
    expect(withoutManner("Sở Nội vụ và UBND cấp xã theo chức năng, nhiệm vụ được giao")).toBe("Sở Nội vụ và UBND cấp xã");
    const [task] = brief("UBND tỉnh giao Sở Nội vụ và UBND cấp xã theo chức năng, nhiệm vụ được giao quán triệt quy định về giờ làm việc.");
    expect(task).toEqual({ lead: "Sở Nội vụ", partners: ["UBND cấp xã"], title: "Quán triệt quy định về giờ làm việc" });
  });
});

describe("subject-first sentences in a text that assigns", () => {
  const assigning = "Giao Sở Tài chính chủ trì thẩm định dự toán mua thuốc.";

  test.each([
    ["Đồng thời, Sở Nội vụ chủ động phối hợp chặt chẽ với Sở Tư pháp tiếp tục rà soát biên chế.", "Sở Nội vụ", ["Sở Tư pháp"], "Tiếp tục rà soát biên chế"],
    ["Song song đó, Sở Xây dựng, Công an tỉnh kiểm tra an toàn cháy nổ tại bệnh viện.", "Sở Xây dựng", ["Công an tỉnh"], "Kiểm tra an toàn cháy nổ tại bệnh viện"],
    ["Để kịp mùa mưa, trong tháng 4, Sở Xây dựng chỉ đạo các nhà thầu hoàn thành mái che.", "Sở Xây dựng", [], "Chỉ đạo các nhà thầu hoàn thành mái che"],
  ])("%s", (sentence, lead, partners, title) => {
    expect(brief(`${assigning}\n${sentence}`)[1]).toEqual({ lead, partners, title });
  });

  test("a story told is no task: it is reported", () => {
    const result = read(`${assigning}\nĐồng thời, Sở Nội vụ đã rà soát biên chế của các trạm y tế.`);
    expect(result.tasks).toHaveLength(1);
    expect(result.unplaced).toEqual(["Đồng thời, Sở Nội vụ đã rà soát biên chế của các trạm y tế."]);
  });

  test("in a text that assigns nothing the same sentence is reported, not read", () => {
    const result = read("Đồng thời, Sở Nội vụ rà soát biên chế của các trạm y tế.");
    expect(result.tasks).toEqual([]);
    expect(result.unplaced).toEqual(["Đồng thời, Sở Nội vụ rà soát biên chế của các trạm y tế."]);
  });

  test("the sentences after the fronted one are reported", () => {
    expect(frontedSubject("Để kịp mùa mưa, Sở Xây dựng chỉ đạo các nhà thầu hoàn thành mái che. Các trường sẽ có hướng dẫn riêng.")).toMatchObject({
      lead: "Sở Xây dựng",
      rest: "Các trường sẽ có hướng dẫn riêng.",
    });
  });

  test("a later clause that assigns is a task, the clause before it reported", () => {
    const result = read(
      "UBND tỉnh giao Sở Nội vụ rà soát biên chế các trạm y tế. Nếu thiếu người, các xã tự bố trí tạm thời; đồng thời những việc vượt thẩm quyền, giao Sở Tài chính tổng hợp, báo cáo UBND tỉnh.",
    );
    expect(result.tasks.map((t) => [t.lead, t.title])).toEqual([
      ["Sở Nội vụ", "Rà soát biên chế các trạm y tế"],
      ["Sở Tài chính", "Tổng hợp, báo cáo UBND tỉnh"],
    ]);
    expect(result.unplaced).toEqual(["Nếu thiếu người, các xã tự bố trí tạm thời; đồng thời những việc vượt thẩm quyền,"]);
  });
});

describe("what comes before the first task", () => {
  test("a headline is ignored; a sentence of the story is reported, never dropped", () => {
    const result = read(
      [
        "Sửa chữa trạm y tế trước mùa mưa",
        "Ngày 5/3, UBND tỉnh ban hành văn bản về việc sửa chữa các trạm y tế xuống cấp.",
        "UBND tỉnh giao Sở Xây dựng kiểm tra hiện trạng các trạm y tế.",
      ].join("\n"),
    );
    expect(result.tasks.map((t) => t.lead)).toEqual(["Sở Xây dựng"]);
    expect(result.unplaced).toEqual(["Ngày 5/3, UBND tỉnh ban hành văn bản về việc sửa chữa các trạm y tế xuống cấp."]);
  });

  test("a headline naming who issued which document is no task", () => {
    const result = read("Sở Tài chính: Công văn hỏa tốc về việc thanh toán chi phí cách ly\n\nGiao Sở Nội vụ rà soát biên chế.");
    expect(result.tasks.map((t) => t.title)).toEqual(["Rà soát biên chế"]);
    expect(result.unplaced).toEqual([]);
  });
});

describe("tasks run inline after an introducing colon", () => {
  test("each sentence is a task; a sentence naming its own units leads with them", () => {
    const tasks = brief(
      "Để bảo đảm đủ thuốc, Sở Y tế đã có công văn đề nghị Bệnh viện Đa khoa tỉnh và Bệnh viện Phổi triển khai các nhiệm vụ sau: Rà soát cơ số thuốc chống lao. Đối với các bệnh viện đang thiếu thuốc, đề nghị báo cáo ngay về Sở. Giao Phòng Nghiệp vụ Dược tổng hợp nhu cầu.",
    );
    expect(tasks).toEqual([
      { lead: "Bệnh viện Đa khoa tỉnh", partners: ["Bệnh viện Phổi"], title: "Rà soát cơ số thuốc chống lao" },
      { lead: "các bệnh viện đang thiếu thuốc", partners: [], title: "Báo cáo ngay về Sở" },
      { lead: "Phòng Nghiệp vụ Dược", partners: [], title: "Tổng hợp nhu cầu" },
    ]);
  });
});

describe("a long co-lead list is read item by item, not cut at a word count", () => {
  test.each([
    ["Sở Nội vụ, Ủy ban nhân dân các xã, phường, đặc khu Côn Đảo và các sở, ban, ngành, đoàn thể tỉnh", true],
    ["Phòng khám Đa khoa 115 Hưng Lâm, Bệnh viện Phổi", true],
    ["Sở Nội vụ, các đơn vị đã tổ chức hội nghị tập huấn cho cán bộ trạm y tế các xã", false],
    ["Sở Nội vụ. Các đơn vị", false],
  ])("%s → %s", (text, list) => {
    expect(isUnitList(text)).toBe(list);
  });

  test("eighteen words of units before the verb: one lead, the rest partners", () => {
    const [task] = read(
      "UBND tỉnh yêu cầu Sở Nội vụ, Ủy ban nhân dân các xã, phường, đặc khu Côn Đảo và các sở, ban, ngành, đoàn thể tỉnh triển khai kế hoạch tinh gọn bộ máy.",
    ).tasks;
    expect([task.lead, task.partners, task.title]).toEqual([
      "Sở Nội vụ",
      ["Ủy ban nhân dân các xã, phường, đặc khu Côn Đảo", "các sở, ban, ngành, đoàn thể tỉnh"],
      "Triển khai kế hoạch tinh gọn bộ máy",
    ]);
  });

  test("the department beside another body is a co-lead, not its owner", () => {
    const [task] = read("UBND tỉnh yêu cầu Sở Y tế, Ủy ban nhân dân các xã, phường và Công an tỉnh kiểm tra các cơ sở hành nghề.").tasks;
    // "Ủy ban nhân dân các xã, phường" is an alias the catalog holds for "UBND cấp xã".
    expect([task.lead, task.partners]).toEqual(["Sở Y tế", ["UBND cấp xã", "Công an tỉnh"]]);
  });
});

describe("group names are kept whole", () => {
  test.each([
    ["UBND các huyện, thành phố, thị xã", ["UBND các huyện, thành phố, thị xã"]],
    ["Trung tâm Y tế khu vực Lam Thượng, Tân Nguyên, Đồng Xuyên và Sở Tài chính", ["Trung tâm Y tế khu vực Lam Thượng, Tân Nguyên, Đồng Xuyên", "Sở Tài chính"]],
  ])("%s", (text, units) => {
    expect(splitUnitList(text)).toEqual(units);
  });
});
