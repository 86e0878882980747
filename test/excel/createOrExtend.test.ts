// Creating the tracker renders the whole plan; running it again only appends tasks it does not hold.
import { TASK_HEADERS } from "../../src/core/strings/vi";
import { HELPER_HEADERS } from "../../src/core/strings/workbook";
import { TASK_FIELDS } from "../../src/core/types";
import { excelActions } from "../../src/excel";
import { importedTask, importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";

describe("createOrExtendTracker on a workbook without a tracker", () => {
  it("adds the tracker sheets after the user's own, names, and activates the task sheet", async () => {
    const result = await excelActions.createOrExtendTracker(importedTasks(10), 2026);
    expect(result).toEqual({ created: true, added: 10, skipped: 0, renamed: [] });
    expect(host().sheetNames()).toEqual(["Sheet1", "Hướng dẫn", TASKS, "Tổng hợp", "Ma trận", "Phân công", "Danh mục", "Kiểm tra"]);
    expect(host().selection().active).toBe(TASKS);
    expect(host().names().map((n) => n.name)).toEqual(
      expect.arrayContaining(["NgayBaoCao", "SoNgayCanhBao", "DiemDungHan", "DiemTreHan", "DiemQuaHan", "MucXuatSac", "MucTot", "MucHoanThanh"]),
    );
  });

  it("writes the task table: headers, text as text, real dates, and the Đánh giá formula on every row", async () => {
    await excelActions.createOrExtendTracker(
      [importedTask(0, { id: "01", title: "- Lập kế hoạch 2026", deadlineText: "30/6/2026", due: "2026-06-30" }), ...importedTasks(9, 1)],
      2026,
    );
    expect(host().tables().filter((t) => t.sheet === TASKS)).toEqual([
      // Issue 14 §5: the hidden helper columns close the table.
      expect.objectContaining({ name: "BangNhiemVu", sheet: TASKS, address: "A1:V11", headers: [...TASK_FIELDS.map((f) => TASK_HEADERS[f]), ...Object.values(HELPER_HEADERS)], rowCount: 10 }),
    ]);
    const sheet = host().sheet(TASKS);
    const row2 = sheet.cell("A2");
    expect(row2.value).toBe("01");
    expect(sheet.cell("E2")).toMatchObject({ value: "- Lập kế hoạch 2026", formula: null });
    expect(sheet.cell("J2")).toMatchObject({ value: "30/6/2026", formula: null });
    expect(sheet.cell("K2")).toMatchObject({ value: 46203, numberFormat: "dd/mm/yyyy" });
    // Issue 14 §1: the same formula on every row, naming the row's own cells by header.
    for (let row = 2; row <= 11; row++) {
      expect(sheet.cell(`R${row}`).formula).toMatch(/^=IF\(COUNTA\(\[@\[Mã NV\]:\[Ghi chú \/ khó khăn\]\]\)=0,"",/);
    }
  });

  it("puts dropdowns and number rules on the right columns, the state colours on every row, and freezes the header", async () => {
    await excelActions.createOrExtendTracker(importedTasks(10), 2026);
    const sheet = host().sheet(TASKS);
    const rules = Object.fromEntries(sheet.validations().map((v) => [v.address, v.rule]));
    expect(rules["G2:G11"]).toEqual({ list: { inCellDropDown: true, source: "=DsDonVi" } });
    expect(rules["M2:M11"]).toEqual({ list: { inCellDropDown: true, source: "=DsTinhTrang" } });
    expect(rules["N2:N11"]).toEqual({ wholeNumber: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(rules["K2:K11"]).toEqual({ date: expect.objectContaining({ operator: "Between" }) });
    expect(sheet.cell("M2").validation?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(sheet.cell("G2").validation?.errorAlert).toMatchObject({ style: "Warning" });
    const formats = sheet.conditionalFormats();
    expect(formats).toHaveLength(6);
    for (const cf of formats) {
      expect(cf.address).toBe("A2:R11");
      expect(cf.formula).toMatch(/^=\$R2="/);
      expect(cf.fill).toMatch(/^#[0-9A-F]{6}$/);
    }
    expect(sheet.freeze).toEqual({ rows: 1, columns: 1 });
    expect(sheet.columnWidth("E")!).toBeGreaterThan(sheet.columnWidth("A")!);
  });

  it("keeps the report date on =TODAY() and the window at 7 days", async () => {
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    expect(await excelActions.readSettings()).toEqual({ reportDate: null, windowDays: 7 });
    const reference = host().names().find((n) => n.name === "NgayBaoCao")!.reference;
    const cell = reference.split("!")[1].replace(/\$/g, "");
    expect(host().sheet("Danh mục").cell(cell).formula).toBe("=TODAY()");
  });

  it.each([
    [2026, 2026, ["deadline-outside-plan"]],
    [undefined, "", []],
  ])("keeps plan year %p in NamKeHoach (%p), which the checks then read", async (planYear, cellValue, rules) => {
    await excelActions.createOrExtendTracker([importedTask(0, { deadlineText: "Tháng 3/2027", due: "2027-03-31" })], planYear);
    const reference = host().names().find((n) => n.name === "NamKeHoach")!.reference;
    expect(host().sheet("Danh mục").cell(reference.split("!")[1].replace(/\$/g, "")).value).toBe(cellValue);
    const findings = await excelActions.runCheck();
    expect(findings.map((f) => f.rule).filter((r) => r === "deadline-outside-plan")).toEqual(rules);
  });

  it("never writes over a same-named sheet of the user's: its own goes under (2), and it says so", async () => {
    host().addSheet("Tổng hợp").type("A1", [["số liệu của tôi"]]);
    const result = await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    expect(result.notes).toEqual([expect.stringContaining("Tổng hợp (2)")]);
    expect(host().sheetNames()).toContain("Tổng hợp (2)");
    expect(host().sheet("Tổng hợp").values("A1")).toEqual([["số liệu của tôi"]]);
  });

  it("recreates the tracker after its sheets were deleted, replacing the names left behind", async () => {
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    const names = host().names().map((n) => n.name);
    await Excel.run(async (context) => {
      for (const name of host().sheetNames().filter((n) => n !== "Sheet1")) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
    expect(host().names().map((n) => n.name)).toEqual(names);
    expect(await excelActions.createOrExtendTracker(importedTasks(4), 2026)).toEqual({ created: true, added: 4, skipped: 0, renamed: [] });
    expect(host().names().map((n) => n.name).sort()).toEqual([...names].sort());
    expect(host().tables()[0]).toMatchObject({ name: "BangNhiemVu", rowCount: 4 });
  });

  it("reuses an empty sheet of the same name", async () => {
    host().addSheet("Kiểm tra");
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    expect(host().sheetNames().filter((n) => n === "Kiểm tra")).toHaveLength(1);
    expect(host().sheet("Kiểm tra").values("A1")[0][0]).not.toBe("");
  });
});

describe("createOrExtendTracker on an existing tracker", () => {
  it("appends only the tasks whose id is new, below the table, with their own row's formula and the column rules", async () => {
    await excelActions.createOrExtendTracker(importedTasks(10), 2026);
    const result = await excelActions.createOrExtendTracker(importedTasks(10, 5), 2026);
    expect(result).toEqual({ created: false, added: 5, skipped: 5, renamed: [] });
    const sheet = host().sheet(TASKS);
    expect(host().tables()[0]).toMatchObject({ address: "A1:V16", rowCount: 15 });
    expect(sheet.values("A2:A16").map((r) => r[0])).toEqual(importedTasks(15).map((t) => t.id));
    expect(sheet.cell("R16").formula).toContain("TRIM([@[Tình trạng]])");
    expect(sheet.cell("M16").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=DsTinhTrang" } });
    expect(sheet.cell("K16").numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.conditionalFormats().map((cf) => cf.address)).toEqual(new Array(6).fill("A2:R16"));
  });

  it("never touches what users filled in, and a second run changes nothing", async () => {
    await excelActions.createOrExtendTracker(importedTasks(10), 2026);
    const sheet = host().sheet(TASKS);
    sheet.type("M4", [["Hoàn thành", 100, "15/03/2026", "Báo cáo số 12/BC-SYT"]]);
    sheet.type("E5", [["Nội dung do đơn vị sửa"]]);
    await excelActions.createOrExtendTracker(importedTasks(12), 2026);
    const after = sheet.formulas();
    expect(sheet.values("M4:P4")).toEqual([["Hoàn thành", 100, 46096, "Báo cáo số 12/BC-SYT"]]);
    expect(sheet.values("E5")).toEqual([["Nội dung do đơn vị sửa"]]);

    const syncsBefore = host().syncCount;
    expect(await excelActions.createOrExtendTracker(importedTasks(12), 2026)).toEqual({ created: false, added: 0, skipped: 12, renamed: [] });
    expect(sheet.formulas()).toEqual(after);
    expect(host().syncs.slice(syncsBefore).map((s) => s.changes)).toEqual([0, 0]);
  });

  it("fills the empty row a new table starts with, but not a row where something was typed", async () => {
    await excelActions.createOrExtendTracker([], 2026);
    expect(host().tables()[0]).toMatchObject({ address: "A1:V2", rowCount: 1 });
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    const sheet = host().sheet(TASKS);
    expect(host().tables()[0]).toMatchObject({ address: "A1:V4", rowCount: 3 });
    expect(sheet.values("A2:A4")).toEqual([["NV01"], ["NV02"], ["NV03"]]);
    expect(sheet.cell("R2").formula).toContain("TRIM([@[Tình trạng]])");

    await Excel.run(async (context) => {
      context.workbook.tables.getItem("BangNhiemVu").rows.add(undefined, [new Array(22).fill("")]);
      await context.sync();
    });
    sheet.type("Q5", [["ghi chú của đơn vị"]]);
    await excelActions.createOrExtendTracker(importedTasks(4), 2026);
    expect(sheet.values("A5:A6")).toEqual([[""], ["NV04"]]);
    expect(sheet.values("Q5")).toEqual([["ghi chú của đơn vị"]]);
  });

  it("matches tasks without an id by their title", async () => {
    const noId = importedTask(0, { id: "" });
    await excelActions.createOrExtendTracker([noId], 2026);
    expect((await excelActions.createOrExtendTracker([noId, importedTask(1)], 2026)).added).toBe(1);
  });
});

describe("at 10,000 rows", () => {
  it("the tracker has the same shape: every row written, its formula on its own row, rules and colours to the last row", async () => {
    const tasks = importedTasks(10_000);
    await excelActions.createOrExtendTracker(tasks, 2026);
    expect(host().tables()[0]).toMatchObject({ name: "BangNhiemVu", address: "A1:V10001", rowCount: 10_000 });
    const sheet = host().sheet(TASKS);
    expect(sheet.values("A10001:B10001")).toEqual([[tasks[9_999].id, ""]]);
    expect(sheet.cell("E10001").value).toBe(tasks[9_999].title);
    expect(sheet.cell("R10001").formula).toBe(sheet.cell("R2").formula);
    expect(sheet.numberFormats("K10001")).toEqual([["dd/mm/yyyy"]]);
    const rules = Object.fromEntries(sheet.validations().map((v) => [v.address, v.rule]));
    expect(rules["M2:M10001"]).toEqual({ list: { inCellDropDown: true, source: "=DsTinhTrang" } });
    for (const cf of sheet.conditionalFormats()) expect(cf.address).toBe("A2:R10001");

    await excelActions.createOrExtendTracker(importedTasks(10, 10_000), 2026);
    expect(host().tables()[0]).toMatchObject({ address: "A1:V10011", rowCount: 10_010 });
    expect(sheet.cell("R10011").formula).toBe(sheet.cell("R2").formula);
    expect(sheet.cell("M10011").validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=DsTinhTrang" } });
    for (const cf of sheet.conditionalFormats()) expect(cf.address).toBe("A2:R10011");
    const tracking = await excelActions.readTracking();
    expect(tracking.rows).toHaveLength(10_010);
    expect(tracking.rows[10_009]).toMatchObject({ id: importedTasks(1, 10_009)[0].id, cell: "A10011" });
  }, 60_000);
});
