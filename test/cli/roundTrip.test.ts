import { existsSync, writeFileSync } from "node:fs";
import { run as build } from "../../src/cli/commands/build";
import { run as check } from "../../src/cli/commands/check";
import { run as summary } from "../../src/cli/commands/summary";
import { localToday } from "../../src/cli/format/args";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const TASKS = [
  {
    id: "NV01",
    title: "Xây dựng quy chế làm việc của Sở",
    lead: "Văn phòng Sở",
    partners: ["Thanh tra Sở"],
    deadlineText: "Quý I/2026",
    due: "2026-03-31",
    status: "Hoàn thành",
    progress: 100,
    doneDate: "2026-03-20",
    evidence: "Quyết định số 15/QĐ-SYT",
  },
  {
    id: "NV02",
    title: "Báo cáo tình hình thực hiện dự toán 6 tháng",
    lead: "Phòng Kế hoạch - Tài chính",
    deadlineText: "20/7/2026",
    due: "2026-07-20",
    status: "Đang thực hiện",
    progress: 50,
  },
  {
    id: "NV03",
    title: "Kiểm tra, đánh giá chất lượng bệnh viện",
    lead: "Phòng Nghiệp vụ Y",
    deadlineText: "Tháng 6/2026",
    due: "2026-06-30",
    status: "Đang thực hiện",
    progress: 70,
  },
];

describe("build → check → summary on a temporary folder", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const input = tmp.path("nhiem-vu.json");
  const out = tmp.path("so-theo-doi.xlsx");

  beforeAll(async () => {
    writeFileSync(input, JSON.stringify(TASKS));
    const built = await runCommand(build, [input, "--out", out, "--as-of", "2026-07-15"]);
    expect(built.code).toBe(0);
  });

  it("build confirms the file, the task count and the report date in Vietnamese", async () => {
    const again = await runCommand(build, [input, "--out", out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(out);
    expect(again.stdout).toMatch(/giữ 3 nhiệm vụ đã có, thêm 0 nhiệm vụ mới/);
    expect(again.stdout).toContain("Ngày báo cáo: 15/07/2026");
  });

  it("check finds nothing wrong in consistent entries and exits 0", async () => {
    const checked = await runCommand(check, [out, "--json"]);
    const findings = JSON.parse(checked.stdout) as { severity: string }[];
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(checked.code).toBe(0);
  });

  it("summary judges the rows as of the report-date cell", async () => {
    const result = await runCommand(summary, [out, "--json"]);
    expect(result.code).toBe(0);
    const data = JSON.parse(result.stdout);
    expect(Object.keys(data)).toEqual(["asOf", "headline", "units", "tasks"]);
    expect(data.asOf).toBe("2026-07-15");
    expect(data.headline).toEqual(expect.objectContaining({ total: 3, done: 1 }));
    expect(data.tasks).toEqual([
      { id: "NV01", state: "doneOnTime", daysLate: 0 },
      { id: "NV02", state: "dueSoon", daysLate: 0 },
      { id: "NV03", state: "overdue", daysLate: 15 },
    ]);
    expect(data.units.map((u: { unit: string }) => u.unit)).toEqual(["Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ Y", "Văn phòng Sở"]);
    expect(data.units[2]).toEqual({
      unit: "Văn phòng Sở",
      total: 1,
      doneOnTime: 1,
      doneLate: 0,
      inProgress: 0,
      dueSoon: 0,
      overdue: 0,
      ongoing: 0,
      score: 100,
      rating: "Hoàn thành xuất sắc nhiệm vụ",
    });
    expect(data.units[0].score).toBeNull();
  });

  it("summary of a tracker whose report date is =TODAY() judges as of today", async () => {
    const live = tmp.path("hom-nay.xlsx");
    expect((await runCommand(build, [input, "--out", live])).code).toBe(0);
    const data = JSON.parse((await runCommand(summary, [live, "--json"])).stdout);
    expect(data.asOf).toBe(localToday());
  });

  it("summary --as-of overrides the report-date cell", async () => {
    const data = JSON.parse((await runCommand(summary, [out, "--json", "--as-of", "2026-06-01"])).stdout);
    expect(data.asOf).toBe("2026-06-01");
    expect(data.tasks.map((t: { state: string }) => t.state)).toEqual(["doneOnTime", "inProgress", "inProgress"]);
  });

  it("summary without --json prints an aligned table with Vietnamese headers", async () => {
    const { stdout } = await runCommand(summary, [out]);
    expect(stdout).toContain("đến ngày 15/07/2026");
    expect(stdout).toContain("1/3 nhiệm vụ hoàn thành");
    const lines = stdout.split("\n");
    const header = lines.find((l) => l.startsWith("Đơn vị chủ trì"))!;
    expect(header).toMatch(/Tổng\s+Xong đúng hạn\s+Xong quá hạn\s+Trong hạn\s+Sắp đến hạn\s+Quá hạn\s+Thường xuyên\s+Điểm\s+Xếp loại/);
    const row = lines.find((l) => l.startsWith("Văn phòng Sở"))!;
    // The score column lines up with its header, whatever the length of the unit names.
    expect(row.indexOf("100,0") + "100,0".length).toBe(header.indexOf("Điểm") + "Điểm".length);
    expect(stdout).toContain("NV03: quá hạn 15 ngày");
    // The department as a whole: one done on time (100) and one overdue (0) count; the due-soon one does not yet.
    expect(lines).toContainEqual(expect.stringMatching(/^Tổng cộng\s+3\s+1\s+0\s+0\s+1\s+1\s+0\s+50,0\s+Hoàn thành nhiệm vụ$/));
  });

  it("check reports wrong entries at their cells and exits 1", async () => {
    const wrongInput = tmp.path("sai.json");
    const wrongOut = tmp.path("sai.xlsx");
    writeFileSync(wrongInput, JSON.stringify([...TASKS, { ...TASKS[1], title: "Một nhiệm vụ khác trùng mã" }]));
    expect((await runCommand(build, [wrongInput, "--out", wrongOut])).code).toBe(0);

    const json = await runCommand(check, [wrongOut, "--json"]);
    expect(json.code).toBe(1);
    const findings = JSON.parse(json.stdout);
    const duplicate = findings.find((f: { rule: string }) => f.rule === "id-duplicate");
    expect(duplicate).toEqual(expect.objectContaining({ sheet: "Nhiệm vụ", cell: "A5", id: "NV02", field: "id", severity: "error" }));
    expect(Object.keys(duplicate)).toEqual(["sheet", "cell", "id", "field", "rule", "severity", "message", "fix"]);

    const text = await runCommand(check, [wrongOut]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/\d+ lỗi/);
    expect(text.stdout).toContain("Lỗi Nhiệm vụ!A5 (NV02, Mã NV)");
  });
});

describe("exit codes and messages for bad use", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it.each([
    ["check without a file", check, [], /Thiếu tệp đầu vào/],
    ["check of a missing file", check, ["khong-co.xlsx"], /Không tìm thấy tệp/],
    ["summary with a bad date", summary, ["x.xlsx", "--as-of", "30/06/2026"], /YYYY-MM-DD/],
    ["summary with an unknown flag", summary, ["x.xlsx", "--csv"], /Không hiểu tùy chọn --csv/],
    ["build without --out", build, ["a.json"], /Thiếu --out/],
    ["build to a non-.xlsx file", build, ["a.json", "--out", "b.xls"], /phải có đuôi \.xlsx/],
    ["build with a bad year", build, ["a.json", "--out", "b.xlsx", "--year", "26"], /4 chữ số/],
  ])("%s exits 2 with a Vietnamese message", async (_label, command, args, message) => {
    const result = await runCommand(command, args as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("build from a JSON file that is not a task list exits 2 and writes nothing", async () => {
    const input = tmp.path("khac.json");
    writeFileSync(input, JSON.stringify({ ten: "không phải danh sách" }));
    const result = await runCommand(build, [input, "--out", tmp.path("khong-tao.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không phải danh sách nhiệm vụ/);
    expect(existsSync(tmp.path("khong-tao.xlsx"))).toBe(false);
  });

  it("build into a folder that does not exist exits 2 and says so", async () => {
    const input = tmp.path("mot.json");
    writeFileSync(input, JSON.stringify([TASKS[0]]));
    const result = await runCommand(build, [input, "--out", tmp.path("khong-co-thu-muc/so.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/thư mục chứa tệp không tồn tại/);
  });

  it("check and summary of a password-protected file exit 2 and say so", async () => {
    const locked = tmp.path("khoa.xlsx");
    writeFileSync(locked, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
    for (const command of [check, summary]) {
      const result = await runCommand(command, [locked]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("được đặt mật khẩu");
    }
  });
});
