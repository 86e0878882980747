// The CLI contract of the reports: `summary --json` with headline.errors and official labels (null when
// nothing is due), `snapshot` onto "Lịch sử" (in place after a backup, or --out; the same date replaces),
// and `build` turning a monthly obligation into one row per month of the plan year.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import ExcelJS from "exceljs";
import { run as build } from "../../src/cli/commands/build";
import { run as snapshot } from "../../src/cli/commands/snapshot";
import { run as summary } from "../../src/cli/commands/summary";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const OFFICIAL = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ", null];

const TASKS = [
  { id: "1", title: "Xây dựng quy chế làm việc", lead: "Văn phòng Sở", deadlineText: "Quý I/2026", due: "2026-03-31", status: "Hoàn thành", doneDate: "2026-03-20", progress: 100, evidence: "QĐ 15/QĐ-SYT" },
  { id: "2", title: "Kiểm tra chất lượng bệnh viện", lead: "Phòng Nghiệp vụ Y", deadlineText: "Tháng 4/2026", due: "2026-04-30", status: "Hoàn thành", progress: 100, evidence: "BC 20/BC-SYT" },
  { id: "3", title: "Tổng kết năm", lead: "Thanh tra Sở", deadlineText: "Tháng 12/2026", due: "2026-12-31", status: "Chưa thực hiện" },
  { id: "4", title: "Báo cáo tình hình dịch bệnh", lead: "Trung tâm Kiểm soát bệnh tật", deadlineText: "Báo cáo trước ngày 15 hằng tháng", status: "Chưa thực hiện" },
];

describe("reports from the command line", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  let tracker: string;

  beforeAll(async () => {
    const input = tmp.path("tasks.json");
    writeFileSync(input, JSON.stringify(TASKS));
    tracker = tmp.path("so.xlsx");
    expect((await runCommand(build, [input, "--out", tracker, "--year", "2026", "--as-of", "2026-06-30"])).code).toBe(0);
  });

  it("builds a monthly obligation as twelve rows, one per month, each with its own due date", async () => {
    const { rows } = await readTrackerFile(tracker);
    const ids = rows.map((r) => String(r.id));
    expect(ids).toEqual(["1", "2", "3", ...Array.from({ length: 12 }, (_, i) => `4.T${String(i + 1).padStart(2, "0")}`)]);
    expect(rows[3 + 5].due).toEqual(new Date("2026-06-15T00:00:00Z"));
  });

  it("summary --json: headline.errors counts the rows with check errors; ratings are official labels or null", async () => {
    const out = await runCommand(summary, [tracker, "--json"]);
    expect(out.code).toBe(0);
    const data = JSON.parse(out.stdout);
    // Task 2 is Hoàn thành without Ngày hoàn thành: a check error, counted as the unit declared it.
    expect(data.headline).toMatchObject({ errors: 1, total: 15 });
    for (const unit of data.units) expect(OFFICIAL).toContain(unit.rating);
    expect(data.units.find((u: { unit: string }) => u.unit === "Thanh tra Sở").rating).toBeNull();
    // Six monthly reports were due by 30/06 (15/01 … 15/06) and none is done.
    expect(data.units.find((u: { unit: string }) => u.unit === "Trung tâm Kiểm soát bệnh tật")).toMatchObject({ overdue: 6, score: 0 });
    const text = await runCommand(summary, [tracker]);
    expect(text.stdout).toContain("1 dòng có lỗi kiểm tra");
    expect(text.stdout).toContain("Hoàn thành xuất sắc nhiệm vụ (tạm tính)");
    expect(text.stdout).toContain("Chưa đánh giá");
  });

  it("snapshot writes the figures at a date to Lịch sử after a backup; the same date again replaces, never duplicates", async () => {
    const first = await runCommand(snapshot, [tracker, "--as-of", "2026-06-30", "--json"]);
    expect(first.code).toBe(0);
    const written = JSON.parse(first.stdout);
    expect(written).toMatchObject({ asOf: "2026-06-30", replaced: false, provisional: true, errors: 1 });
    expect(written.units.map((u: { unit: string }) => u.unit)).toContain("Văn phòng Sở");
    expect(readdirSync(dirname(tracker)).filter((f) => f.includes(".ban-sao-"))).toHaveLength(1);

    expect((await runCommand(snapshot, [tracker, "--as-of", "2026-03-31"])).code).toBe(0);
    const again = await runCommand(snapshot, [tracker, "--as-of", "2026-06-30", "--json"]);
    expect(JSON.parse(again.stdout)).toMatchObject({ replaced: true });

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tracker);
    const titles: string[] = [];
    workbook.getWorksheet("Lịch sử")!.eachRow((row) => {
      const a = row.getCell(1).value;
      if (typeof a === "string" && a.startsWith("Số liệu chốt")) titles.push(a);
    });
    expect(titles).toEqual(["Số liệu chốt đến ngày 31/03/2026", "Số liệu chốt đến ngày 30/06/2026"]);
    // The tracker is still a tracker the other commands read.
    expect((await runCommand(summary, [tracker, "--json"])).code).toBe(0);
  });

  it("snapshot --out writes a new file and leaves the tracker as it was", async () => {
    const out = tmp.path("bao-cao-q2.xlsx");
    const before = (await readTrackerFile(tracker)).rows.length;
    expect((await runCommand(snapshot, [tracker, "--as-of", "2026-09-30", "--out", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tracker);
    let found = false;
    workbook.getWorksheet("Lịch sử")!.eachRow((row) => (found ||= row.getCell(1).value === "Số liệu chốt đến ngày 30/09/2026"));
    expect(found).toBe(false);
    expect((await readTrackerFile(out)).rows.length).toBe(before);
  });

  it("snapshot without --as-of is a usage error", async () => {
    const out = await runCommand(snapshot, [tracker]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--as-of/);
  });
});
