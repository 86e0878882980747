import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readTrackerFile, readTrackerWorkbook, TrackerReadError } from "../../src/xlsx/readTracker";
import { HEADERS, plainTracker, taskRow, tempDir } from "./sheetFixtures";

describe("finding the task table", () => {
  it("finds a table moved down and right, with retyped headers, extra columns and blank rows", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ghi chú").getCell("A1").value = "Sổ theo dõi năm 2026";
    const sheet = workbook.addWorksheet("Theo dõi");
    sheet.getCell("C2").value = "DANH MỤC NHIỆM VỤ TRỌNG TÂM";
    // Headers typed without diacritics / in capitals, a user column in the middle and one at the end.
    const headers = ["MA NV", "Người nhập", ...HEADERS.slice(1, 10).map((h) => h.toUpperCase()), "noi dung khac", "Liên hệ"];
    headers[2] = "van ban  giao";
    sheet.getRow(5).values = [, , , ...headers];
    const values = (id: string, who: string, lead: string, contact: string) => [
      , , , id, who, "KH 01", "I", 3, `Nhiệm vụ ${id}`, "Báo cáo", lead, "", "", "Quý I/2026", "x", contact,
    ];
    sheet.getRow(6).values = values("NV01", "An", "Văn phòng Sở", "0901");
    sheet.getRow(9).values = values("NV02", "Bình", "Thanh tra Sở", "0902");
    sheet.getRow(10).values = values("NV03", "", "Phòng Nghiệp vụ Y", "");

    const tracker = readTrackerWorkbook(workbook, "so.xlsx");

    expect(tracker.sheet).toBe("Theo dõi");
    expect(tracker.headerRow).toBe(5);
    expect(tracker.rowNumbers).toEqual([6, 9, 10]);
    expect(tracker.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03"]);
    expect(tracker.rows.map((r) => r.lead)).toEqual(["Văn phòng Sở", "Thanh tra Sở", "Phòng Nghiệp vụ Y"]);
    expect(tracker.columnOf("id")).toBe("C");
    expect(tracker.columnOf("source")).toBe("E");
    expect(tracker.columnOf("deadlineText")).toBe("M");
    expect(tracker.columnOf("status")).toBeNull();
    expect(tracker.cellOf(1, "lead")).toBe("J9");
    expect(tracker.extraColumns.map((c) => c.header)).toEqual(["Người nhập", "noi dung khac", "Liên hệ"]);
    expect(tracker.extras[1]).toEqual(["Bình", "x", "0902"]);
  });

  it("prefers the sheet whose header row has every required column", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tổng hợp").addRow(["Đơn vị chủ trì", "Tình trạng", "Tiến độ (%)", "Hạn hoàn thành", "Sản phẩm"]);
    const tasks = workbook.addWorksheet("Nhiệm vụ");
    tasks.addRow(["Mã NV", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn"]);
    tasks.addRow(["NV01", "Nhiệm vụ", "Văn phòng Sở", "Năm 2026"]);
    const tracker = readTrackerWorkbook(workbook);
    expect(tracker.sheet).toBe("Nhiệm vụ");
    expect(tracker.rows).toHaveLength(1);
  });

  it("ends the table at a long run of blank rows, so a signature block below is not a task", () => {
    const workbook = plainTracker(["NV01", "NV02"]);
    workbook.getWorksheet("Nhiệm vụ")!.getCell("E80").value = "Người lập biểu";
    expect(readTrackerWorkbook(workbook).rows).toHaveLength(2);
  });

  it("says so when rows below such a gap read like tasks, at the first of them", () => {
    const workbook = plainTracker(["NV01", "NV02"]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getRow(90).values = taskRow("NV03");
    sheet.getCell("E120").value = "Người lập biểu";
    const tracker = readTrackerWorkbook(workbook);
    expect(tracker.rows).toHaveLength(2);
    expect(tracker.findings).toEqual([expect.objectContaining({ sheet: "Nhiệm vụ", cell: "A90", rule: "rows-after-gap", severity: "warning" })]);
    expect(tracker.findings[0].message).toMatch(/Từ dòng 90 .* 50 dòng trống/);
  });

  it("reads every row inside an Excel table, however many are blank in between", () => {
    const workbook = plainTracker(["NV01"]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getRow(100).values = taskRow("NV02");
    sheet.addTable({
      name: "BangNhiemVu",
      ref: "A1",
      headerRow: true,
      columns: HEADERS.map((name) => ({ name })),
      rows: Array.from({ length: 99 }, (_, i) => (i === 0 ? taskRow("NV01") : i === 98 ? taskRow("NV02") : HEADERS.map(() => null))),
    });
    const tracker = readTrackerWorkbook(workbook);
    expect(tracker.rows.map((row) => row.id)).toEqual(["NV01", "NV02"]);
    expect(tracker.rowNumbers).toEqual([2, 100]);
    expect(tracker.findings).toEqual([]);
  });
});

describe("cell values", () => {
  it("reads rich text, hyperlinks, cached formula results and dates; error cells become blank findings", () => {
    const workbook = plainTracker([]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.addRow(
      taskRow("NV01", {
        title: { richText: [{ text: "Rà soát " }, { font: { bold: true }, text: "quy hoạch" }] },
        evidence: { text: "Báo cáo số 12/BC-SYT", hyperlink: "https://example.invalid/bc12" },
        progress: { formula: "50+50", result: 100 },
        doneDate: new Date(Date.UTC(2026, 2, 15)),
        extendedDue: { error: "#REF!" },
      }),
    );
    const tracker = readTrackerWorkbook(workbook);
    const row = tracker.rows[0];
    expect(row.title).toBe("Rà soát quy hoạch");
    expect(row.evidence).toBe("Báo cáo số 12/BC-SYT");
    expect(row.progress).toBe(100);
    expect((row.doneDate as Date).toISOString().slice(0, 10)).toBe("2026-03-15");
    expect(row.extendedDue).toBeNull();
    expect(tracker.findings).toEqual([
      expect.objectContaining({ sheet: "Nhiệm vụ", cell: "L2", id: "NV01", field: "extendedDue", rule: "cell-error", severity: "error" }),
    ]);
    expect(tracker.findings[0].message).toContain("#REF!");
  });

  it("reports merged cells in the table at their top-left cell and reads the value on every merged row", () => {
    const workbook = plainTracker(["NV01", "NV02", "NV03"]);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.mergeCells("G2:G3");
    sheet.getCell("G2").value = "Thanh tra Sở";
    const tracker = readTrackerWorkbook(workbook);
    expect(tracker.rows.map((r) => r.lead)).toEqual(["Thanh tra Sở", "Thanh tra Sở", "Văn phòng Sở"]);
    expect(tracker.findings).toEqual([
      expect.objectContaining({ cell: "G2", id: "NV01", field: "lead", rule: "merged-cells", severity: "warning" }),
    ]);
    expect(tracker.findings[0].message).toContain("G2:G3");
  });
});

describe("settings", () => {
  function withSettings(reportDate: ExcelJS.CellValue): ExcelJS.Workbook {
    const workbook = plainTracker(["NV01"]);
    const lists = workbook.addWorksheet("Danh mục");
    const values: [string, ExcelJS.CellValue][] = [
      ["NgayBaoCao", reportDate],
      ["SoNgayCanhBao", 14],
      ["DiemDungHan", 100],
      ["DiemTreHan", 60],
      ["DiemQuaHan", 0],
      ["MucXuatSac", 95],
      ["MucTot", 80],
      ["MucHoanThanh", 50],
    ];
    values.forEach(([name, value], i) => {
      lists.getCell(`B${i + 2}`).value = value;
      workbook.definedNames.add(`'Danh mục'!$B$${i + 2}`, name);
    });
    return workbook;
  }

  it("reads the report date typed in its cell, the window and the scoring", () => {
    const { settings } = readTrackerWorkbook(withSettings(new Date(Date.UTC(2026, 5, 30))));
    expect(settings.reportDate).toBe("2026-06-30");
    expect(settings.windowDays).toBe(14);
    expect(settings.scoring.late).toBe(60);
    expect(settings.scoring.bands.map((b) => b.min)).toEqual([95, 80, 50, 0]);
  });

  it("takes =TODAY() as no fixed report date", () => {
    expect(readTrackerWorkbook(withSettings({ formula: "TODAY()", date1904: false })).settings.reportDate).toBeNull();
  });

  it("falls back to the defaults when the workbook has no settings", () => {
    const { settings } = readTrackerWorkbook(plainTracker(["NV01"]));
    expect(settings).toEqual(expect.objectContaining({ reportDate: null, windowDays: 7 }));
    expect(settings.scoring.onTime).toBe(100);
  });
});

describe("inputs that cannot be read give a Vietnamese error with the fix", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  async function errorOf(path: string): Promise<TrackerReadError> {
    try {
      await readTrackerFile(path);
    } catch (error) {
      if (error instanceof TrackerReadError) return error;
      throw error;
    }
    throw new Error("read did not fail");
  }

  async function saved(name: string, workbook: ExcelJS.Workbook): Promise<string> {
    await workbook.xlsx.writeFile(tmp.path(name));
    return tmp.path(name);
  }

  function bytes(name: string, content: Buffer | string): string {
    writeFileSync(tmp.path(name), content);
    return tmp.path(name);
  }

  const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);

  it.each([
    ["a missing file", () => tmp.path("khong-co.xlsx"), "notFound", /Không tìm thấy tệp/],
    ["an empty file", () => bytes("rong.xlsx", ""), "empty", /rỗng/],
    ["a password-protected file", () => bytes("mat-khau.xlsx", cfb), "encrypted", /mật khẩu.*\.xls/],
    ["a CSV renamed to .xlsx", () => bytes("bang.xlsx", "Mã NV,Nội dung\nNV01,abc\n"), "notXlsx", /không phải tệp Excel \.xlsx/],
    ["a truncated zip", () => bytes("hong.xlsx", Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64, 7)])), "corrupt", /bị hỏng/],
  ])("%s", async (_label, make, kind, message) => {
    const error = await errorOf(make());
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it.each([
    ["a real password-protected .xlsx", "mat-khau-x.xlsx", "encrypted", /được đặt mật khẩu \(mã hóa\)/],
    ["a real Excel 97-2003 file", "excel-97-2003.xls", "oldXls", /Excel 97-2003 \(\.xls\).*\*\.xlsx/],
  ])("%s is told apart from other OLE files", async (_label, fixture, kind, message) => {
    const error = await errorOf(join(__dirname, "fixtures", fixture));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(fixture);
  });

  it("a workbook without a task table names the headers it looked for", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").addRow(["STT", "Họ tên", "Điện thoại"]);
    const error = await errorOf(await saved("khac.xlsx", workbook));
    expect(error.kind).toBe("noTable");
    expect(error.message).toContain("khac.xlsx");
    expect(error.message).toContain('"Mã NV"');
  });

  it("a table missing a required column names the sheet, the header row and the column to add back", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhiệm vụ 2026");
    sheet.addRow([]);
    sheet.addRow(HEADERS.filter((h) => h !== "Thời hạn"));
    sheet.addRow(["NV01", "", "", 1, "Nhiệm vụ", "", "Văn phòng Sở"]);
    const error = await errorOf(await saved("thieu-cot.xlsx", workbook));
    expect(error.kind).toBe("missingColumns");
    expect(error.message).toMatch(/trang "Nhiệm vụ 2026" \(dòng tiêu đề 2\)/);
    expect(error.message).toContain('"Thời hạn"');
  });
});
