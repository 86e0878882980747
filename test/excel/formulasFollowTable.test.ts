// Issue 14 §1: whatever a user does to the task table between two commands (insert or move a column,
// rename its sheet or a header, sort it, show its total row), every formula a writing command writes
// afterwards names the columns that hold its data: structured references to headers the table has,
// and new rows' values under their own headers.
import { excelActions } from "../../src/excel";
import { HELPER_HEADERS } from "../../src/core/strings/workbook";
import type { FakeExcelHost } from "../fakes/excel";
import { importedTask, importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const TASKS = "Nhiệm vụ";

/** Every formula of every sheet, with where it is. */
function allFormulas(h: FakeExcelHost): { where: string; formula: string }[] {
  return h.sheetNames().flatMap((name) =>
    h
      .sheet(name)
      .formulas()
      .flatMap((row, r) => row.map((f, c) => ({ where: `${name}!R${r + 1}C${c + 1}`, formula: String(f) })))
      .filter((f) => f.formula.startsWith("=")),
  );
}

/** [where, table, column] of each structured reference; "@" references are the formula's own table's. */
function structuredReferences(h: FakeExcelHost): [string, string, string][] {
  const column = String.raw`\[((?:[^[\]']|'.)*)\]`;
  const pattern = new RegExp(String.raw`(\w*)\[(?:\[#This Row\],|@)?${column}(?::${column})?\]`, "g");
  return allFormulas(h).flatMap(({ where, formula }) =>
    [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(pattern)].flatMap((m) =>
      [m[2], m[3]].filter((c) => c !== undefined).map((c): [string, string, string] => [where, m[1] || "BangNhiemVu", c.replace(/'(.)/g, "$1")]),
    ),
  );
}

function expectReferencesResolve(h: FakeExcelHost, only: (where: string) => boolean = () => true): void {
  const table = h.tables().find((t) => t.name === "BangNhiemVu")!;
  const refs = structuredReferences(h).filter(([where, name]) => name === "BangNhiemVu" && only(where));
  expect(refs.length).toBeGreaterThan(0);
  const headers = new Set(table.headers);
  expect(refs.filter(([, , c]) => !headers.has(c))).toEqual([]);
}

/** The values of one row by header, as a reader finds them whatever the column order. */
function rowByHeader(h: FakeExcelHost, id: string): Record<string, unknown> {
  const table = h.tables().find((t) => t.name === "BangNhiemVu")!;
  const sheet = h.sheet(table.sheet);
  const rows = sheet.values(table.address);
  const formulas = sheet.formulas(table.address);
  const idAt = table.headers.indexOf("Mã NV");
  const r = rows.findIndex((row) => row[idAt] === id);
  expect(r).toBeGreaterThan(0);
  return Object.fromEntries(table.headers.map((header, c) => [header, formulas[r][c] !== "" && String(formulas[r][c]).startsWith("=") ? formulas[r][c] : rows[r][c]]));
}

const NEW_TASK = importedTask(20, { id: "MOI", title: "Nhiệm vụ mới", lead: "Thanh tra Sở", deadlineText: "Quý III/2026", due: "2026-09-30" });

describe("writing commands after the user changed the task table", () => {
  beforeEach(async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
  });

  it("after a column inserted at B: Thêm nhiệm vụ writes each value under its header and the row's formulas by header", async () => {
    host().userInsertsColumn(TASKS, "B");
    expect(host().tables()[0].headers.slice(0, 3)).toEqual(["Mã NV", "Column1", "Văn bản giao"]);
    await excelActions.createOrExtendTracker([...importedTasks(5), NEW_TASK], 2026);
    const row = rowByHeader(host(), "MOI");
    expect([row["Đơn vị chủ trì"], row["Column1"], row["Thời hạn"]]).toEqual(["Thanh tra Sở", "", "Quý III/2026"]);
    expect(String(row["Đánh giá"])).toMatch(/^=IF\(COUNTA\(\[@\[Mã NV\]:\[Ghi chú \/ khó khăn\]\]\)=0,"",IF\(AND\(TRIM\(\[@\[Tình trạng\]\]\)/);
    expect(row[HELPER_HEADERS.effectiveDue]).toMatch(/\[@\[Hạn điều chỉnh\]\]/);
    expect(row[HELPER_HEADERS.leadText]).toMatch(/\[@\[Đơn vị chủ trì\]\]/);
    expectReferencesResolve(host());
  });

  it("after a column moved: Thêm nhiệm vụ and Cập nhật tổng hợp still name the moved column, and its value lands under it", async () => {
    host().userMovesColumn(TASKS, "M", "B"); // Tình trạng right after Mã NV
    expect(host().tables()[0].headers.slice(0, 3)).toEqual(["Mã NV", "Tình trạng", "Văn bản giao"]);
    await excelActions.createOrExtendTracker([...importedTasks(5), { ...NEW_TASK, status: "Đang thực hiện" } as never], 2026);
    const row = rowByHeader(host(), "MOI");
    expect(row["Nội dung nhiệm vụ"]).toBe("Nhiệm vụ mới");
    // Tình trạng now stands among the task columns: COUNTA lists them one by one or spans them, never Đánh giá.
    expect(String(row["Đánh giá"])).not.toContain("[Đánh giá]");
    await excelActions.refreshSummary();
    expectReferencesResolve(host());
  });

  it("after a header renamed to another wording the tracker knows: new formulas use the header as it reads now", async () => {
    host().sheet(TASKS).type("Q1", [["Ghi chú"]]);
    await excelActions.createOrExtendTracker([...importedTasks(5), NEW_TASK], 2026);
    expect(String(rowByHeader(host(), "MOI")["Đánh giá"])).toContain("[@[Mã NV]:[Ghi chú]]");
    await excelActions.refreshSummary();
    // The rows written before the rename keep the old name here: Excel renames it in them itself, the fake does not.
    expectReferencesResolve(host(), (where) => !/^Nhiệm vụ!R[2-6]C/.test(where));
  });

  it("after the task sheet is renamed: Cập nhật tổng hợp writes no reference to a sheet by name", async () => {
    host().userRenamesSheet(TASKS, "NV 2026");
    await excelActions.refreshSummary();
    const bySheetName = allFormulas(host()).filter((f) => /'?(Nhiệm vụ|NV 2026)'?!/.test(f.formula.replace(/"(?:[^"]|"")*"/g, "")));
    expect(bySheetName).toEqual([]);
    expectReferencesResolve(host());
    await excelActions.createOrExtendTracker([...importedTasks(5), NEW_TASK], 2026);
    expect(rowByHeader(host(), "MOI")["Đơn vị chủ trì"]).toBe("Thanh tra Sở");
  });

  it("after the table is sorted: new rows go below it with the same formulas as every other row", async () => {
    host().userSortsTable("BangNhiemVu", "Đơn vị chủ trì", true);
    await excelActions.createOrExtendTracker([...importedTasks(5), NEW_TASK], 2026);
    const table = host().tables()[0];
    const sheet = host().sheet(TASKS);
    const formulas = sheet.formulas(`R2:R${table.rowCount + 1}`).map((r) => r[0]);
    expect(new Set(formulas).size).toBe(1);
    expect(rowByHeader(host(), "MOI")["Mã NV"]).toBe("MOI");
    expectReferencesResolve(host());
  });

  it("with the total row shown: the summary counts the table's data rows only (structured references leave the total row out)", async () => {
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("BangNhiemVu").showTotals = true;
      await context.sync();
    });
    await excelActions.refreshSummary();
    const summaryFormulas = allFormulas(host()).filter((f) => f.where.startsWith("Tổng hợp!"));
    expect(summaryFormulas.length).toBeGreaterThan(50);
    // No A1 range into the task sheet, which would take the total row in; the table's columns are its data rows.
    expect(summaryFormulas.filter((f) => /\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/.test(f.formula))).toEqual([]);
    expectReferencesResolve(host());
  });

  it("in a tracker made before the helper columns: Cập nhật tổng hợp appends them, with their formulas, before counting them", async () => {
    for (const letter of ["V", "U", "T", "S"]) host().userDeletesColumn(TASKS, letter);
    expect(host().tables()[0].headers).not.toContain(HELPER_HEADERS.effectiveDue);
    await excelActions.refreshSummary();
    expect(host().tables()[0].headers.slice(-4)).toEqual(Object.values(HELPER_HEADERS));
    expect(rowByHeader(host(), importedTasks(5)[4].id)[HELPER_HEADERS.leadText]).toMatch(/^=TRIM\(SUBSTITUTE\(\[@\[Đơn vị chủ trì\]\]/);
    expectReferencesResolve(host());
    // Appended as hidden as a new tracker has them.
    for (const letter of ["S", "T", "U", "V"]) expect(host().sheet(TASKS).columnHidden(letter)).toBe(true);
  });
});

describe("the helper columns of a tracker the add-in creates", () => {
  it("are hidden, as in the files the command line writes, and Tổng hợp's working columns too", async () => {
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    const headers = host().tables()[0].headers;
    const letterOf = (header: string) => String.fromCharCode(65 + headers.indexOf(header));
    for (const header of Object.values(HELPER_HEADERS)) expect(host().sheet(TASKS).columnHidden(letterOf(header))).toBe(true);
    expect(host().sheet(TASKS).columnHidden("R")).toBe(false);
    expect(["K", "L"].map((letter) => host().sheet("Tổng hợp").columnHidden(letter))).toEqual([true, true]);
  });
});
