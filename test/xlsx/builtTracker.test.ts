// Settings and catalog read back from a tracker as `build` writes it (names on Danh mục).
import ExcelJS from "exceljs";
import { DEFAULT_CATALOG } from "../../src/core/units/preset";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const ROWS = [{ id: "NV01", title: "Xây dựng kế hoạch kiểm tra", lead: "Thanh tra Sở", deadlineText: "Tháng 9/2026", due: "2026-09-30" }];

describe("a built tracker read back", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("has no fixed report date unless --as-of gave one, and the default window and scoring", async () => {
    const today = tmp.path("hom-nay.xlsx");
    const fixed = tmp.path("co-dinh.xlsx");
    await writeTracker(ROWS, today, { today: "2026-07-01" });
    await writeTracker(ROWS, fixed, { today: "2026-07-01", reportDate: "2026-06-30" });
    const a = await readTrackerFile(today);
    const b = await readTrackerFile(fixed);
    expect(a.settings.reportDate).toBeNull();
    expect(b.settings.reportDate).toBe("2026-06-30");
    expect(b.settings.windowDays).toBe(7);
    expect(b.settings.scoring.bands.map((band) => band.min)).toEqual([90, 70, 50, 0]);
    expect(b.sheet).toBe("Nhiệm vụ");
    expect(b.catalog.units.map((u) => u.name)).toEqual(DEFAULT_CATALOG.units.map((u) => u.name));
  });

  it("reads the settings and the unit catalog as users edited them on Danh mục", async () => {
    const path = tmp.path("sua-danh-muc.xlsx");
    await writeTracker(ROWS, path, { today: "2026-07-01" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const cell = (name: string) => {
      const ref = workbook.definedNames.getRanges(name).ranges[0];
      const [sheet, address] = ref.split("!");
      return workbook.getWorksheet(sheet.replace(/^'|'$/g, ""))!.getCell(address.replace(/\$/g, "").split(":")[0]);
    };
    cell("NgayBaoCao").value = new Date(Date.UTC(2026, 11, 31));
    cell("SoNgayCanhBao").value = 10;
    cell("DiemTreHan").value = 50;
    cell("MucXuatSac").value = 95;
    const excellent = cell("MucXuatSac");
    excellent.worksheet.getCell(Number(excellent.row), Number(excellent.col) - 1).value = "Xuất sắc";
    const units = cell("DmDonVi");
    const nameCell = units.worksheet.getCell(Number(units.row), Number(units.col) + 1);
    nameCell.value = "Văn phòng Sở Y tế tỉnh";
    await workbook.xlsx.writeFile(path);

    const { settings, catalog } = await readTrackerFile(path);
    expect(settings).toEqual(expect.objectContaining({ reportDate: "2026-12-31", windowDays: 10 }));
    expect(settings.scoring.late).toBe(50);
    expect(settings.scoring.bands[0]).toEqual({ min: 95, label: "Xuất sắc" });
    expect(settings.scoring.bands.map((b) => b.label).slice(1)).toEqual(["Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"]);
    expect(catalog.units[0].name).toBe("Văn phòng Sở Y tế tỉnh");
    expect(catalog.units[0].code).toBe(DEFAULT_CATALOG.units[0].code);
    expect(catalog.units[0].kind).toBe(DEFAULT_CATALOG.units[0].kind);
    expect(catalog.units[0].aliases).toEqual(DEFAULT_CATALOG.units[0].aliases);
  });
});

describe("a lead unit given after building", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const rows = [
    ...ROWS,
    { id: "NV02", title: "Tổng hợp báo cáo quý của các đơn vị", lead: "Văn phòng Sở", deadlineText: "Quý III/2026", due: "2026-09-30" },
    { id: "NV03", title: "Rà soát thủ tục hành chính của Sở", lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", due: "2026-12-31" },
  ];

  it("is a warning at its first task when Tổng hợp has no row to count it, and none once rebuilt", async () => {
    const out = tmp.path("doi-don-vi.xlsx");
    await writeTracker(rows, out, { today: "2026-07-01" });
    expect((await readTrackerFile(out)).findings).toEqual([]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("Nhiệm vụ")!;
    sheet.getCell("G2").value = " thanh tra\u00a0sở "; // a listed unit, spaced and cased otherwise: still counted
    sheet.getCell("G3").value = "Phòng Nghiệp vụ Dược";
    sheet.getCell("G4").value = "Phòng Nghiệp vụ Dược";
    await workbook.xlsx.writeFile(out);

    const edited = await readTrackerFile(out);
    expect(edited.findings).toEqual([
      expect.objectContaining({ sheet: "Nhiệm vụ", cell: "G3", id: "NV02", field: "lead", rule: "unit-not-in-summary", severity: "warning" }),
    ]);
    expect(edited.findings[0].message).toContain("“Phòng Nghiệp vụ Dược”");

    await writeTracker(rows, out, { today: "2026-07-01" });
    expect((await readTrackerFile(out)).findings).toEqual([]);
  });
});
