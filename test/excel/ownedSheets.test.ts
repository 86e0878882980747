// The add-in writes only into sheets it created (marked by a defined name), never into a user's sheet
// that happens to carry one of its names; a create that fails midway leaves nothing, and a retry works.
import { OWNED_TEXT } from "../../src/core/strings/pane";
import { excelActions } from "../../src/excel";
import { CREATING_MARK } from "../../src/excel/writeTracker";
import { ownerMarkName } from "../../src/workbook/ownership";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

/** When set, writing a formula onto this sheet fails (a request that breaks midway). */
let breakOn: string | null = null;
const host = useFakeExcel({
  evaluate: (_formula, sheet) => {
    if (breakOn !== null && sheet.name === breakOn) throw Object.assign(new Error("boom"), { code: "GeneralException", debugInfo: {} });
    return "";
  },
});

afterEach(() => {
  breakOn = null;
});

async function renameSheet(from: string, to: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

async function deleteSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).delete();
    await context.sync();
  });
}

describe("a sheet of the user's under one of the add-in's names", () => {
  it("Kiểm tra: the user's sheet is kept, the findings go to Kiểm tra (2) and the pane is told; the next check rewrites (2)", async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await deleteSheet("Kiểm tra");
    host().addSheet("Kiểm tra").type("A1", [["Ghi chép của tôi", 42]]);

    const notes: string[] = [];
    await excelActions.runCheck(undefined, (text) => notes.push(text));
    expect(host().sheet("Kiểm tra").values("A1:B1")).toEqual([["Ghi chép của tôi", 42]]);
    expect(host().sheetNames()).toContain("Kiểm tra (2)");
    expect(notes).toEqual([OWNED_TEXT.renamed("Kiểm tra", "Kiểm tra (2)")]);

    await excelActions.runCheck();
    expect(host().sheetNames().filter((n) => n.startsWith("Kiểm tra"))).toEqual(["Kiểm tra", "Kiểm tra (2)"]);
    expect(host().sheet("Kiểm tra").values("A1:B1")).toEqual([["Ghi chép của tôi", 42]]);
  });

  it("Kiểm tra renamed by the user stays as it is; a new Kiểm tra is written", async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await renameSheet("Kiểm tra", "Kiểm tra tháng 6");
    host().sheet("Kiểm tra tháng 6").type("H1", [["đã xem"]]);
    await excelActions.runCheck();
    expect(host().sheet("Kiểm tra tháng 6").values("H1")).toEqual([["đã xem"]]);
    expect(host().sheetNames()).toContain("Kiểm tra");
  });

  it("Tổng hợp: a user's sheet of that name is never cleared; the summary goes to Tổng hợp (2)", async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await deleteSheet("Tổng hợp");
    host().addSheet("Tổng hợp").type("A1", [["Bảng của phòng", 7]]);
    const result = await excelActions.refreshSummary();
    expect(host().sheet("Tổng hợp").values("A1:B1")).toEqual([["Bảng của phòng", 7]]);
    expect(host().sheet("Tổng hợp (2)").values("A1")[0][0]).not.toBe("");
    expect(result.notes).toEqual([OWNED_TEXT.renamed("Tổng hợp", "Tổng hợp (2)")]);
    // Ours now: the next refresh rewrites it in place, with one chart.
    await excelActions.refreshSummary();
    expect(host().sheetNames().filter((n) => n.startsWith("Tổng hợp"))).toEqual(["Tổng hợp", "Tổng hợp (2)"]);
    expect(host().sheet("Tổng hợp (2)").charts).toHaveLength(1);
  });

  it("our own Tổng hợp is rebuilt in place, and a tracker made before marks (no mark at all) keeps that behaviour", async () => {
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await Excel.run(async (context) => {
      for (const n of host().names().filter((n) => n.name.startsWith("TDNV_"))) context.workbook.names.getItem(n.name).delete();
      await context.sync();
    });
    const result = await excelActions.refreshSummary();
    expect(result.notes).toBeUndefined();
    await excelActions.runCheck();
    expect(host().sheetNames().filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
  });

  it("create: a user's sheet holding data keeps it; ours goes under (2), formulas and names follow, and the pane is told", async () => {
    host().addSheet("Danh mục").type("A1", [["danh mục riêng của tôi"]]);
    const result = await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    expect(result.notes).toEqual([OWNED_TEXT.renamed("Danh mục", "Danh mục (2)")]);
    expect(host().sheet("Danh mục").values("A1")).toEqual([["danh mục riêng của tôi"]]);
    const names = host().names();
    expect(names.find((n) => n.name === "NgayBaoCao")?.reference).toContain("'Danh mục (2)'!");
    expect(names.find((n) => n.name === ownerMarkName("Danh mục (2)"))?.reference).toBe("='Danh mục (2)'!$A$1");
    expect(names.filter((n) => n.reference.includes("'Danh mục'!"))).toEqual([]);
    // The tracker reads back from the renamed sheet.
    expect((await excelActions.readSettings()).windowDays).toBeGreaterThan(0);
  });
});

describe("a create that fails midway", () => {
  it("takes away the sheets and names it added, and a retry then creates the tracker", async () => {
    host().addSheet("Ghi chú").type("A1", [["của tôi"]]);
    const before = { sheets: host().sheetNames(), names: host().names() };
    breakOn = "Tổng hợp";
    await expect(excelActions.createOrExtendTracker(importedTasks(5), 2026)).rejects.toThrow();
    expect(host().sheetNames()).toEqual(before.sheets);
    expect(host().names()).toEqual(before.names);
    expect(host().tables()).toEqual([]);

    breakOn = null;
    const result = await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    expect(result).toMatchObject({ created: true, added: 5 });
    expect(result.notes).toBeUndefined();
    expect(host().sheet("Ghi chú").values("A1")).toEqual([["của tôi"]]);
    // The tracker is whole: the name that marks a create under way is gone, so the next run extends.
    expect(host().names().map((n) => n.name)).not.toContain(CREATING_MARK);
    expect(await excelActions.createOrExtendTracker(importedTasks(6), 2026)).toMatchObject({ created: false, added: 1 });
  });

  it("on an empty sheet of the user's it wrote into: takes its table away and empties it again, so the retry uses it", async () => {
    host().addSheet("Nhiệm vụ");
    breakOn = "Tổng hợp";
    await expect(excelActions.createOrExtendTracker(importedTasks(5), 2026)).rejects.toThrow();
    expect(host().tables()).toEqual([]);
    expect(host().sheet("Nhiệm vụ").usedAddress()).toBeNull();
    expect(host().names()).toEqual([]);

    breakOn = null;
    const result = await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    expect(result).toMatchObject({ created: true, added: 5 });
    expect(result.notes).toBeUndefined();
    expect(host().tables().find((t) => t.name === "BangNhiemVu")).toMatchObject({ sheet: "Nhiệm vụ", rowCount: 5 });
  });

  it("when even the undo fails, the half-built sheets are marked ours and the retry rewrites them (no 'sheet taken')", async () => {
    breakOn = "Tổng hợp";
    let undoing = false;
    await expect(
      excelActions.createOrExtendTracker(importedTasks(5), 2026, (_, label) => {
        // Excel stops answering as the undo starts: nothing can be taken away.
        if (label.startsWith("Đang hoàn tác") && !undoing) {
          undoing = true;
          host().cellEditMode = true;
        }
      }),
    ).rejects.toThrow();
    host().cellEditMode = false;
    breakOn = null;
    expect(host().sheetNames()).toContain("Nhiệm vụ");
    const result = await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    expect(result).toMatchObject({ created: true, added: 5 });
    expect(result.notes ?? []).toEqual([]);
    expect(host().tables().find((t) => t.name === "BangNhiemVu")).toMatchObject({ sheet: "Nhiệm vụ", rowCount: 5 });
    expect(host().sheetNames().filter((n) => /\(\d+\)$/.test(n))).toEqual([]);
  });

  it("reports progress per request of a long write", async () => {
    const seen: number[] = [];
    await excelActions.createOrExtendTracker(importedTasks(5), 2026, (fraction) => seen.push(fraction));
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen.filter((f) => f > 0.2 && f < 1).length).toBeGreaterThanOrEqual(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
