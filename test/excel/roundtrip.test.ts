// The pane's round trip against the strict fake: reading the tracker for splitting and merging,
// writing a merge (exactly the edited cells, the Đối chiếu report, the ledger), refusing a stale
// preview, never replacing a user's own sheet, and opening unit copies only where the host can.
import { RECONCILE_TEXT } from "../../src/core/strings/merge";
import { UI } from "../../src/core/strings/ui";
import type { MergeResult } from "../../src/core/roundtrip/types";
import type { RawRow } from "../../src/core/types";
import { excelActions } from "../../src/excel";
import { AddinError } from "../../src/excel/actions";
import { LEDGER_SHEET, LEDGER_MARKER } from "../../src/workbook/roundtrip/ledgerSheet";
import { trackerIdOf } from "../../src/workbook/schema/trackerId";
import { importedTasks } from "./factories";
import { syncsOf, useFakeExcel } from "./fakeExcel";

const TASKS = "Nhiệm vụ";
const REPORT = RECONCILE_TEXT.sheet;

function emptyResult(): MergeResult {
  return { applied: [], conflicts: [], refused: [], proposals: [], edits: [] };
}

/** A merge that sets status, progress and doneDate of the rows at `indexes` (indexes into tracker.rows). */
function mergeOf(rows: RawRow[], indexes: number[]): MergeResult {
  const result = emptyResult();
  for (const row of indexes) {
    const id = String(rows[row].id);
    result.edits.push({ row, field: "status", value: "Hoàn thành" }, { row, field: "progress", value: 100 }, { row, field: "doneDate", value: "2026-06-15" });
    result.applied.push(
      { id, field: "status", from: "Chưa thực hiện", to: "Hoàn thành", file: "copy.xlsx", unit: "Văn phòng Sở" },
      { id, field: "progress", from: "", to: "100", file: "copy.xlsx", unit: "Văn phòng Sở" },
      { id, field: "doneDate", from: "", to: "2026-06-15", file: "copy.xlsx", unit: "Văn phòng Sở" },
    );
  }
  result.refused.push({ file: "copy.xlsx", id: String(rows[0].id), field: "title", reason: "outsideUnitColumns", value: "Tên khác", unit: "Văn phòng Sở" });
  return result;
}

describe("readTrackerForRoundTrip", () => {
  const host = useFakeExcel();

  it("reads the rows with their table rows, settings, catalog and an empty ledger, in 2 syncs", async () => {
    await excelActions.createOrExtendTracker(importedTasks(6), 2026);
    let tracker!: Awaited<ReturnType<typeof excelActions.readTrackerForRoundTrip>>;
    expect(await syncsOf(host(), async () => (tracker = await excelActions.readTrackerForRoundTrip()))).toBe(2);
    expect(tracker.sheet).toBe(TASKS);
    expect(tracker.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV04", "NV05", "NV06"]);
    expect(tracker.tableRows).toEqual([0, 1, 2, 3, 4, 5]);
    expect(tracker.settings.trackerId).toBeUndefined();
    expect(tracker.ledger).toEqual({ returns: [], said: [] });
    expect(tracker.catalog.units.length).toBeGreaterThan(5);
  });

  it("writes a MaSoTheoDoi before splitting when the tracker has none, and keeps it afterwards", async () => {
    await excelActions.createOrExtendTracker(importedTasks(6), 2026);
    const tracker = await excelActions.readTrackerForRoundTrip({ ensureTrackerId: true });
    expect(tracker.settings.trackerId).toBe(trackerIdOf(tracker.rows));
    const again = await excelActions.readTrackerForRoundTrip({ ensureTrackerId: true });
    expect(again.settings.trackerId).toBe(tracker.settings.trackerId);
    expect(host().syncs.slice(-2).every((s) => s.changes === 0)).toBe(true);
  });

  it("refuses without a tracker", async () => {
    await expect(excelActions.readTrackerForRoundTrip()).rejects.toMatchObject({ code: "NoTracker" });
  });
});

describe("applyMerge", () => {
  const host = useFakeExcel();

  async function setUp(count: number) {
    await excelActions.createOrExtendTracker(importedTasks(count), 2026);
    return excelActions.readTrackerForRoundTrip({ ensureTrackerId: true });
  }

  it("writes exactly the edited cells (dates as serials dd/mm/yyyy) and the Đối chiếu sheet, leaving every other cell alone", async () => {
    const tracker = await setUp(10);
    const sheet = host().sheet(TASKS);
    const before = sheet.formulas("A1:R11");
    const result = mergeOf(tracker.rows, [1, 4]);
    const outcome = await excelActions.applyMerge({ result, basis: tracker });
    // Done without a Kết quả: each row gains an "evidence-expected" warning; NV05's due-mismatch was there before.
    expect(outcome).toEqual({ written: 6, skipped: 0, sheet: REPORT, renamed: false, checkSheet: "Kiểm tra", newFindings: 2, earlierFindings: 1 });

    const after = sheet.formulas("A1:R11");
    const changed: string[] = [];
    after.forEach((row, r) => row.forEach((value, c) => value !== before[r][c] && changed.push(`${String.fromCharCode(65 + c)}${r + 1}`)));
    expect(changed.sort()).toEqual(["M3", "M6", "N3", "N6", "O3", "O6"]);
    expect(sheet.cell("M3").value).toBe("Hoàn thành");
    expect(sheet.cell("N3").value).toBe(100);
    expect(sheet.cell("O3")).toMatchObject({ value: 46188, numberFormat: "dd/mm/yyyy" });

    const report = host().sheet(REPORT).values("A1:I14");
    expect(report[0][0]).toBe(RECONCILE_TEXT.title);
    expect(report[1]).toEqual(Object.values(RECONCILE_TEXT.headers));
    const kinds = report.slice(2).map((row) => row[5]).filter((k) => k !== "");
    expect(kinds).toEqual([
      ...new Array(6).fill(RECONCILE_TEXT.kinds.applied),
      RECONCILE_TEXT.kinds.refused,
      ...new Array(3).fill(RECONCILE_TEXT.kinds.finding),
    ]);
    expect(host().tables().map((t) => t.name)).toContain(RECONCILE_TEXT.table);
  });

  it("applying the same merge again lists nothing twice on Đối chiếu and keeps the sheet ours", async () => {
    const tracker = await setUp(10);
    const result = mergeOf(tracker.rows, [2]);
    await excelActions.applyMerge({ result, basis: tracker });
    const kindsNow = () =>
      host()
        .sheet(REPORT)
        .values("F3:F20")
        .map((row) => row[0])
        .filter((k) => k !== "");
    // 3 changes, 1 refusal, NV03's new "evidence-expected" and the count of its finding from before.
    expect(kindsNow()).toHaveLength(6);
    const fresh = await excelActions.readTrackerForRoundTrip();
    // The same cells again (values now equal to what the second preview saw).
    await excelActions.applyMerge({ result, basis: fresh });
    expect(kindsNow()).toHaveLength(6);
    expect(host().sheetNames().filter((n) => n.startsWith(REPORT))).toEqual([REPORT]);
  });

  it("keeps the ledger in a very hidden sheet and reads it back for the next merge", async () => {
    const tracker = await setUp(4);
    const ledger = { returns: [{ sendId: "S1", unit: "Văn phòng Sở", savedAt: "2026-06-20T08:00:00Z", hash: "abc", file: "copy.xlsx" }], said: [{ sendId: "S1", id: "NV02", field: "status" as const, value: "Hoàn thành" }] };
    await excelActions.applyMerge({ result: mergeOf(tracker.rows, [1]), basis: tracker, ledger });
    expect(host().workbook.findSheet(LEDGER_SHEET)?.visibility).toBe("VeryHidden");
    expect(host().sheet(LEDGER_SHEET).values("A1")[0][0]).toBe(LEDGER_MARKER);
    const again = await excelActions.readTrackerForRoundTrip();
    expect(again.ledger).toEqual(ledger);
    // Rewritten in place the second time: still one ledger sheet, still hidden.
    const longer = { ...ledger, returns: [...ledger.returns, { ...ledger.returns[0], sendId: "S2", hash: "def" }] };
    await excelActions.applyMerge({ result: emptyResult(), basis: again, ledger: longer });
    expect((await excelActions.readTrackerForRoundTrip()).ledger).toEqual(longer);
    expect(host().sheetNames().filter((n) => n === LEDGER_SHEET)).toHaveLength(1);
  });

  it("refuses, writing nothing, when the rows moved since the preview", async () => {
    const tracker = await setUp(10);
    // The user sorts: NV02 and NV03 swap rows after the preview.
    const sheet = host().sheet(TASKS);
    const row3 = sheet.values("A3:Q3")[0];
    const row4 = sheet.values("A4:Q4")[0];
    sheet.type("A3", [row4.map((v) => (typeof v === "string" ? `'${v}` : v))]);
    sheet.type("A4", [row3.map((v) => (typeof v === "string" ? `'${v}` : v))]);
    const before = sheet.formulas("A1:R11");
    const syncsBefore = host().syncCount;
    const error = await excelActions.applyMerge({ result: mergeOf(tracker.rows, [1]), basis: tracker }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).code).toBe("StalePreview");
    expect((error as AddinError).message).toBe(UI.roundTrip.receive.stale("NV02"));
    expect(sheet.formulas("A1:R11")).toEqual(before);
    expect(host().sheetNames()).not.toContain(REPORT);
    expect(host().syncs.slice(syncsBefore).every((s) => s.changes === 0)).toBe(true);
  });

  it("refuses when an edited cell was changed in the master since the preview", async () => {
    const tracker = await setUp(5);
    host().sheet(TASKS).type("M3", [["Đang thực hiện"]]);
    await expect(excelActions.applyMerge({ result: mergeOf(tracker.rows, [1]), basis: tracker })).rejects.toMatchObject({ code: "StalePreview" });
    expect(host().sheet(TASKS).cell("M3").value).toBe("Đang thực hiện");
  });

  it("never replaces a user's own sheet named Đối chiếu: the report goes to Đối chiếu (2), and says so", async () => {
    const tracker = await setUp(5);
    host().addSheet(REPORT).type("A1", [["Ghi chép riêng của tôi"], ["không được xoá"]]);
    const outcome = await excelActions.applyMerge({ result: mergeOf(tracker.rows, [0]), basis: tracker });
    expect(outcome).toMatchObject({ sheet: `${REPORT} (2)`, renamed: true });
    expect(host().sheet(REPORT).values("A1:A2")).toEqual([["Ghi chép riêng của tôi"], ["không được xoá"]]);
    expect(host().sheet(`${REPORT} (2)`).values("A1")[0][0]).toBe(RECONCILE_TEXT.title);
    // A second merge replaces its own (2), not the user's sheet, and adds no (3).
    const fresh = await excelActions.readTrackerForRoundTrip();
    await excelActions.applyMerge({ result: mergeOf(fresh.rows, [3]), basis: fresh });
    expect(host().sheetNames().filter((n) => n.startsWith(REPORT))).toEqual([REPORT, `${REPORT} (2)`]);
    expect(host().sheet(REPORT).values("A1")[0][0]).toBe("Ghi chép riêng của tôi");
  });

  it("skips an edit whose column the table no longer has, and says how many", async () => {
    const tracker = await setUp(3);
    const result = emptyResult();
    result.edits.push({ row: 0, field: "note", value: "ghi chú" });
    const renamed = { ...tracker, basis: tracker };
    // The user renamed the Ghi chú header to something no reader knows.
    host().sheet(TASKS).type("Q1", [["Cột riêng"]]);
    const outcome = await excelActions.applyMerge({ result, basis: renamed.basis });
    expect(outcome).toMatchObject({ written: 0, skipped: 1 });
  });

  const counts: Record<number, number> = {};
  afterAll(() => console.log(`applyMerge sync() calls: ${Object.entries(counts).map(([rows, n]) => `${rows} rows: ${n}`).join(", ")}`));

  it.each([10, 1000])("stays within 5 syncs with %i rows (every row edited)", async (rows) => {
    const tracker = await setUp(rows);
    const result = mergeOf(tracker.rows, tracker.rows.map((_, i) => i));
    const h = host();
    const n = await syncsOf(h, () => excelActions.applyMerge({ result, basis: tracker, ledger: { returns: [], said: [] } }));
    counts[rows] = n;
    expect(n).toBeLessThanOrEqual(5);
    expect(h.syncs.every((s) => !s.failed)).toBe(true);
    expect(h.sheet(TASKS).cell(`M${rows + 1}`).value).toBe("Hoàn thành");
    const read = await syncsOf(h, () => excelActions.readTrackerForRoundTrip({ ensureTrackerId: true }));
    expect(read).toBeLessThanOrEqual(3);
  }, 60_000);

  it("needs as many syncs for 1,000 rows as for 10 (Kiểm tra and Đối chiếu rewritten with every row's finding)", () => {
    expect(counts[1000]).toBe(counts[10]);
  });
});

describe("opening a unit copy in Excel", () => {
  // The smallest zip: an empty end-of-central-directory record would not start with PK\x03\x04, so a local header.
  const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);

  describe("on a host with ExcelApi 1.8", () => {
    const host = useFakeExcel();
    it("opens the bytes as a new workbook", async () => {
      expect(excelActions.openWorkbookSupport()).toEqual({ supported: true, reason: null });
      await excelActions.openWorkbook(XLSX);
      expect(host().createdWorkbooks).toEqual(["UEsDBBQAAAAIAA=="]);
    });
  });

  describe.each(["1.4", "1.7"])("on a host with ExcelApi %s only", (excelApi) => {
    const host = useFakeExcel({ excelApi });
    it("offers the download only, with the reason, and refuses to open", async () => {
      expect(excelActions.openWorkbookSupport()).toEqual({ supported: false, reason: UI.roundTrip.noCreateWorkbook });
      await expect(excelActions.openWorkbook(XLSX)).rejects.toMatchObject({ code: "ApiNotFound", message: UI.roundTrip.noCreateWorkbook });
      expect(host().createdWorkbooks).toEqual([]);
    });

    it("still reads and merges", async () => {
      await excelActions.createOrExtendTracker(importedTasks(4), 2026);
      const tracker = await excelActions.readTrackerForRoundTrip({ ensureTrackerId: true });
      await excelActions.applyMerge({ result: mergeOf(tracker.rows, [0]), basis: tracker });
      expect(host().sheet(TASKS).cell("M2").value).toBe("Hoàn thành");
      expect(host().sheetNames()).toContain(REPORT);
    });
  });
});
