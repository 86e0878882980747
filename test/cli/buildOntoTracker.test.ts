// `build` onto a tracker that already holds tasks loses nothing: a second plan that numbers its tasks
// 1, 2, 3 again is added under new ids and listed; a progress list is refused, not turned into blank tasks.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run as build } from "../../src/cli/commands/build";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const SAMPLES = join(__dirname, "..", "..", "samples");

function plan(tasks: [string, string, string, string][]): object[] {
  return tasks.map(([id, title, lead, deadlineText]) => ({ id, title, lead, deadlineText, partners: [] }));
}

describe("build onto an existing tracker", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("adds a second plan's tasks whose Mã NV the first plan used, under new ids, and lists each", async () => {
    const first = tmp.path("ke-hoach-1.json");
    const second = tmp.path("ke-hoach-2.json");
    writeFileSync(first, JSON.stringify(plan([["1", "Xây dựng kế hoạch cải cách hành chính", "Văn phòng Sở", "Quý I/2026"], ["2", "Kiểm tra hành nghề dược", "Phòng Nghiệp vụ Dược", "Quý II/2026"]])));
    writeFileSync(second, JSON.stringify(plan([["1", "Tổ chức tập huấn an toàn thực phẩm", "Chi cục An toàn vệ sinh thực phẩm", "Tháng 5/2026"], ["2", "Kiểm tra hành nghề dược", "Phòng Nghiệp vụ Dược", "Quý II/2026"], ["3", "Báo cáo công tác y tế dự phòng", "Trung tâm Kiểm soát bệnh tật", "Quý III/2026"]])));
    const out = tmp.path("so.xlsx");
    expect((await runCommand(build, [first, "--out", out])).code).toBe(0);

    const result = await runCommand(build, [second, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("giữ 2 nhiệm vụ đã có, thêm 2 nhiệm vụ mới");
    expect(result.stderr).toContain('Mã NV "1" đã thuộc một nhiệm vụ khác');
    expect(result.stderr).toContain('"1 (2)"');
    const tracker = await readTrackerFile(out);
    expect(tracker.rows.map((r) => [r.id, r.title])).toEqual([
      ["1", "Xây dựng kế hoạch cải cách hành chính"],
      ["2", "Kiểm tra hành nghề dược"],
      ["1 (2)", "Tổ chức tập huấn an toàn thực phẩm"],
      ["3", "Báo cáo công tác y tế dự phòng"],
    ]);

    // Building the same plan again adds nothing: the renamed task is found by its title and lead.
    const bytes = readFileSync(out);
    const again = await runCommand(build, [second, "--out", out]);
    expect(again.stdout).toContain("thêm 0 nhiệm vụ mới");
    expect(again.stderr).not.toContain("Mã NV");
    expect((await readTrackerFile(out)).rows).toHaveLength(4);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("refuses a progress list (entries with neither id nor title) instead of adding blank tasks marked Hoàn thành", async () => {
    const out = tmp.path("mau.xlsx");
    expect((await runCommand(build, [join(SAMPLES, "ke-hoach-mau-2026.txt"), "--out", out, "--year", "2026"])).code).toBe(0);
    const before = readFileSync(out);
    const result = await runCommand(build, [join(SAMPLES, "tien-do-mau-2026.json"), "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('có 18 mục không có "id" và cũng không có "title"');
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it("gives every new task the status Chưa thực hiện, as the add-in does", async () => {
    const out = tmp.path("moi.xlsx");
    await runCommand(build, [join(SAMPLES, "ke-hoach-mau-2026.txt"), "--out", out, "--year", "2026"]);
    const tracker = await readTrackerFile(out);
    expect(new Set(tracker.rows.map((r) => r.status))).toEqual(new Set(["Chưa thực hiện"]));
  });
});
