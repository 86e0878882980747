// `build` onto a tracker that already holds tasks loses nothing: a second plan that numbers its tasks
// 1, 2, 3 again is added under new ids and listed; a progress list is refused, not turned into blank tasks.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run as build } from "../../src/cli/commands/build";
import { summariseTracker } from "../../src/cli/commands/summary";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";
import { editTracker } from "./unitCopyFixture";

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

  describe("a monthly obligation an older tracker holds as one row", () => {
    const MONTHLY: [string, string, string, string] = ["5", "Báo cáo tình hình dịch bệnh truyền nhiễm", "Trung tâm Kiểm soát bệnh tật", "Trước ngày 15 hằng tháng"];
    const ONE_OFF: [string, string, string, string] = ["1", "Xây dựng kế hoạch cải cách hành chính", "Văn phòng Sở", "Quý I/2026"];
    const NEW_TASK: [string, string, string, string] = ["8", "Tổ chức hội nghị sơ kết 6 tháng", "Văn phòng Sở", "Tháng 7/2026"];
    const ids = async (out: string) => (await readTrackerFile(out)).rows.map((r) => String(r.id ?? ""));
    const total = async (out: string) => summariseTracker(await readTrackerFile(out), "2026-06-30", "2026-06-30").headline.total;

    it("keeps the row, adds only the new tasks, names the row, and switches to occurrences once its Mã NV is cleared", async () => {
      // Before issue 13 (here: no plan year) the obligation was one row, id 5.
      const older = tmp.path("cu.json");
      writeFileSync(older, JSON.stringify(plan([ONE_OFF, MONTHLY])));
      const out = tmp.path("so-cu.xlsx");
      expect((await runCommand(build, [older, "--out", out])).code).toBe(0);
      await editTracker(out, [{ id: "5", field: "status", value: "Đang thực hiện" }]);
      expect(await ids(out)).toEqual(["1", "5"]);
      const before = await total(out);

      const current = tmp.path("moi.json");
      writeFileSync(current, JSON.stringify(plan([ONE_OFF, MONTHLY, NEW_TASK])));
      const result = await runCommand(build, [current, "--out", out, "--year", "2026"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("thêm 1 nhiệm vụ mới");
      expect(result.stderr).toContain('Dòng Mã NV "5" ("Báo cáo tình hình dịch bệnh truyền nhiễm")');
      expect(result.stderr).toContain("12 dòng theo từng kỳ (5.T01 … 5.T12) không được thêm");
      expect(await ids(out)).toEqual(["1", "5", "8"]);
      expect(await total(out)).toBe(before + 1);
      expect((await readTrackerFile(out)).rows[1].status).toBe("Đang thực hiện");

      // Again: nothing more.
      expect((await runCommand(build, [current, "--out", out, "--year", "2026"])).stdout).toContain("thêm 0 nhiệm vụ mới");
      expect(await ids(out)).toEqual(["1", "5", "8"]);

      // The user switches to per-occurrence tracking as the notice says: the 12 occurrences come.
      await editTracker(out, [{ id: "5", field: "id", value: null }]);
      const switched = await runCommand(build, [current, "--out", out, "--year", "2026"]);
      expect(switched.stdout).toContain("thêm 12 nhiệm vụ mới");
      expect(switched.stderr).toContain("dòng cũ không có Mã NV của nhiệm vụ này vẫn được tính");
      const rows = await ids(out);
      expect(rows.filter((id) => id.startsWith("5.T"))).toEqual(Array.from({ length: 12 }, (_, i) => `5.T${String(i + 1).padStart(2, "0")}`));
      expect(rows).toHaveLength(15);
      expect((await runCommand(build, [current, "--out", out, "--year", "2026"])).stdout).toContain("thêm 0 nhiệm vụ mới");
      expect(await ids(out)).toHaveLength(15);
    });

    it("does not add the obligation as one row to a tracker that tracks it per occurrence", async () => {
      const tasks = tmp.path("ke-hoach.json");
      writeFileSync(tasks, JSON.stringify(plan([ONE_OFF, MONTHLY])));
      const out = tmp.path("so-theo-ky.xlsx");
      expect((await runCommand(build, [tasks, "--out", out, "--year", "2026"])).code).toBe(0);
      expect(await ids(out)).toHaveLength(13);
      // The same plan without its year (an older plan text): id 5 as one row is the obligation the tracker already holds.
      const again = await runCommand(build, [tasks, "--out", out]);
      expect(again.stdout).toContain("thêm 0 nhiệm vụ mới");
      expect(await ids(out)).toHaveLength(13);
    });
  });
});
