import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run as build } from "../../src/cli/commands/build";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const SAMPLE = join(__dirname, "..", "..", "samples", "ke-hoach-mau-2026.txt");

describe("build INPUT: the forms a directive or task list arrives in", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("a directive in list form (.txt) becomes one row per task, with real due dates", async () => {
    const out = tmp.path("mau.xlsx");
    const result = await runCommand(build, [SAMPLE, "--out", out, "--year", "2026"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("với 21 nhiệm vụ");
    expect(result.stdout).toContain("=TODAY()");
    const tracker = await readTrackerFile(out);
    expect(tracker.rows).toHaveLength(21);
    expect(tracker.rows[0]).toEqual(expect.objectContaining({ lead: "Văn phòng Sở", deadlineText: "Quý I/2026" }));
    expect((tracker.rows[0].due as Date).toISOString().slice(0, 10)).toBe("2026-03-31");
    expect(tracker.rows[0].partners).toBe("Phòng Tổ chức cán bộ");
  });

  it("a table saved as .csv, with a group heading row, becomes its tasks", async () => {
    const input = tmp.path("bang.csv");
    writeFileSync(
      input,
      [
        "STT,Nội dung nhiệm vụ,Cơ quan chủ trì,Cơ quan phối hợp,Sản phẩm,Thời gian hoàn thành",
        "I,CÔNG TÁC DƯỢC,,,,",
        "1,Kiểm tra cơ sở bán lẻ thuốc,Phòng Nghiệp vụ Dược,Thanh tra Sở,Báo cáo,Quý III/2026",
        "2,Lấy mẫu thuốc kiểm nghiệm,Trung tâm Kiểm nghiệm,,Kết quả kiểm nghiệm,Tháng 10/2026",
      ].join("\n"),
    );
    const out = tmp.path("bang.xlsx");
    expect((await runCommand(build, [input, "--out", out])).code).toBe(0);
    const tracker = await readTrackerFile(out);
    expect(tracker.rows.map((r) => r.lead)).toEqual(["Phòng Nghiệp vụ Dược", "Trung tâm Kiểm nghiệm"]);
    expect(tracker.rows.map((r) => r.product)).toEqual(["Báo cáo", "Kết quả kiểm nghiệm"]);
  });

  it("a task list (.json) carries the units' progress into its cells, wrong entries included", async () => {
    const input = tmp.path("tien-do.json");
    writeFileSync(
      input,
      JSON.stringify({
        tasks: [
          { id: "A1", title: "Báo cáo sơ kết 6 tháng", lead: "Văn phòng Sở", deadlineText: "Tháng 7/2026", due: "2026-07-31", status: "Hoàn thành", progress: 100, doneDate: "2026-07-10", evidence: "Báo cáo số 9/BC-SYT", note: "Đã gửi UBND tỉnh", leader: "Giám đốc Sở", month: 7 },
          { id: "A2", title: "Kiểm tra", lead: "KHTC", deadlineText: "sớm", status: "Xong rồi", progress: "nửa chừng", doneDate: "31/7/2026" },
        ],
      }),
    );
    const out = tmp.path("tien-do.xlsx");
    expect((await runCommand(build, [input, "--out", out])).code).toBe(0);
    const [done, wrong] = (await readTrackerFile(out)).rows;
    expect(done).toEqual(expect.objectContaining({ status: "Hoàn thành", progress: 100, evidence: "Báo cáo số 9/BC-SYT", note: "Đã gửi UBND tỉnh", leader: "Giám đốc Sở", month: 7 }));
    expect((done.doneDate as Date).toISOString().slice(0, 10)).toBe("2026-07-10");
    // Wrong entries are the user's data: written as given, for `check` to report.
    expect(wrong).toEqual(expect.objectContaining({ lead: "KHTC", deadlineText: "sớm", status: "Xong rồi", progress: "nửa chừng", doneDate: "31/7/2026" }));
  });

  it("a tracker workbook (.xlsx), its task table behind the guide sheet, gives its rows with the units' entries", async () => {
    const input = tmp.path("don-vi.json");
    writeFileSync(
      input,
      JSON.stringify([
        { id: "B1", title: "Tổng kết công tác dược", lead: "Phòng Nghiệp vụ Dược", deadlineText: "Tháng 12/2026", due: "2026-12-31", status: "Đang thực hiện", progress: 40, note: "Chờ số liệu" },
        { id: "B2", title: "Kiểm tra an toàn thực phẩm", lead: "Chi cục An toàn vệ sinh thực phẩm", deadlineText: "Quý II/2026", due: "2026-06-30", status: "Hoàn thành", progress: 100, doneDate: "2026-06-20", evidence: "Báo cáo số 7/BC" },
      ]),
    );
    const returned = tmp.path("don-vi-gui-ve.xlsx");
    expect((await runCommand(build, [input, "--out", returned])).code).toBe(0);

    const out = tmp.path("tu-so-don-vi.xlsx");
    const result = await runCommand(build, [returned, "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("với 2 nhiệm vụ");
    const rows = (await readTrackerFile(out)).rows;
    expect(rows.map((r) => r.id)).toEqual(["B1", "B2"]);
    expect(rows[0]).toEqual(expect.objectContaining({ status: "Đang thực hiện", progress: 40, note: "Chờ số liệu" }));
    expect(rows[1]).toEqual(expect.objectContaining({ status: "Hoàn thành", evidence: "Báo cáo số 7/BC" }));
    expect((rows[1].doneDate as Date).toISOString().slice(0, 10)).toBe("2026-06-20");
  });

  it.each([
    ["a password-protected .xlsx", "mat-khau.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]), /được đặt mật khẩu/],
    ["a corrupt .xlsx", "hong.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)]), /bị hỏng/],
  ])("%s given as INPUT exits 2 with the reader's message and writes nothing", async (_label, name, content, message) => {
    const input = tmp.path(name);
    writeFileSync(input, content);
    const out = tmp.path(`tu-${name}`);
    const result = await runCommand(build, [input, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ["a Word file", "ke-hoach.docx", "x", /Không hỗ trợ loại tệp này/],
    ["a missing directive", "khong-co.txt", null, /Không tìm thấy tệp/],
    ["a JSON file that does not parse", "hong.json", "{ tasks: [", /không phải JSON hợp lệ/],
  ])("%s exits 2 with a Vietnamese message", async (_label, name, content, message) => {
    const input = tmp.path(name);
    if (content !== null) writeFileSync(input, content);
    const result = await runCommand(build, [input, "--out", tmp.path("x.xlsx")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
