// The pane's way back and its group expansion against the strict fake: a copy of the workbook read
// through Office's file API (all slices, the file closed, a clear message when the host cannot), and
// group tasks given one row per member unit in the open tracker (ids, idempotence, few requests).
import { UI } from "../../src/core/strings/ui";
import { TASK_HEADERS } from "../../src/core/strings/vi";
import { excelActions } from "../../src/excel";
import { AddinError } from "../../src/excel/actions";
import { installFakeExcel, type FakeDocument, type FakeExcelHost, type InstalledFakeExcel, type WorkbookSnapshot } from "../fakes/excel";
import { importedTask, importedTasks } from "./factories";
import { syncsOf, TODAY } from "./fakeExcel";

const TASKS = "Nhiệm vụ";
const HOSPITALS = "Các bệnh viện tuyến tỉnh";
const FILE_SETS = { File: "1.1", CompressedFile: "1.1" };

let fake: InstalledFakeExcel | undefined;
function install(otherSets: Record<string, string> = FILE_SETS): { host: FakeExcelHost; document: FakeDocument } {
  fake = installFakeExcel({ today: TODAY, otherSets });
  return fake;
}
afterEach(() => fake?.uninstall());

const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as WorkbookSnapshot;
const writes = (host: FakeExcelHost) => host.syncs.filter((s) => s.changes > 0 && !s.failed).length;

describe("copyWorkbook: the backup the pane downloads before writing", () => {
  it("reads every slice of the compressed file, in order, closes it, and gives the bytes with the document's name", async () => {
    const { document } = install();
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    // Just over 8 MB: three slices of at most 4 MB, the last one 5 bytes.
    const bytes = new Uint8Array(8 * 1024 * 1024 + 5);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
    document.fileBytes = bytes;
    document.url = "https://contoso.sharepoint.com/Shared%20Documents/S%E1%BB%95%20theo%20d%C3%B5i%202026.xlsx";
    expect(excelActions.workbookCopySupport!()).toEqual({ supported: true, reason: null });
    const copy = await excelActions.copyWorkbook!();
    expect(copy.fileName).toBe("Sổ theo dõi 2026.xlsx");
    // Compared as buffers: jest's deep equality walks 8 million elements one by one.
    expect(copy.bytes.length).toBe(bytes.length);
    expect(Buffer.from(copy.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(document.reads.at(-1)).toMatchObject({ slicesRead: [0, 1, 2], closed: true });
    expect(document.openFiles).toBe(0);
  });

  it("copies the workbook as it is when asked: values written later are not in it", async () => {
    const { host } = install();
    await excelActions.createOrExtendTracker(importedTasks(3), 2026);
    const copy = await excelActions.copyWorkbook!();
    host.sheet(TASKS).type("M2", [["Hoàn thành"]]);
    const tasks = decode(copy.bytes).sheets.find((s) => s.name === TASKS)!;
    expect(tasks.values[1][12]).toBe("Chưa thực hiện");
    expect(host.sheet(TASKS).cell("M2").value).toBe("Hoàn thành");
  });

  it("takes a copy again and again: each file is closed, so Office's two-open-files limit is never reached", async () => {
    const { document } = install();
    for (let i = 0; i < 4; i++) await excelActions.copyWorkbook!();
    expect(document.reads).toHaveLength(4);
    expect(document.openFiles).toBe(0);
  });

  it("without the File and CompressedFile requirement sets says why in Vietnamese and asks Office for nothing", async () => {
    const { document } = install({ File: "1.1" });
    expect(excelActions.workbookCopySupport!()).toEqual({ supported: false, reason: UI.roundTrip.backup.unsupported });
    await expect(excelActions.copyWorkbook!()).rejects.toMatchObject({ code: "ApiNotFound", message: UI.roundTrip.backup.unsupported });
    expect(document.reads).toHaveLength(0);
    install({});
    expect(excelActions.workbookCopySupport!().supported).toBe(false);
  });

  it("when Office fails to give the file, the error says nothing was written and what to do, and no file stays open", async () => {
    const { document } = install();
    document.failNext = "Lost connection";
    const error = await excelActions.copyWorkbook!().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AddinError);
    expect((error as AddinError).code).toBe("BackupFailed");
    expect((error as AddinError).message).toBe(UI.roundTrip.backup.failed("Lost connection (5001)"));
    expect((error as AddinError).message).toMatch(/chưa ghi gì vào sổ.*Lưu bản sao/);
    expect(document.openFiles).toBe(0);
  });
});

describe("expandGroupTasks: one row per member unit of a group task", () => {
  const groupTask = (i: number) => importedTask(i, { id: String(i + 1), lead: HOSPITALS, title: `Rà soát giá dịch vụ số ${i + 1}` });

  function tableRows(host: FakeExcelHost): unknown[][] {
    const table = host.tables().find((t) => t.sheet === TASKS)!;
    return host.sheet(TASKS).values(`A2:R${table.rowCount + 1}`);
  }

  it("appends <id>.1, <id>.2… for each hospital, fresh for the unit, with the Đánh giá formula, and keeps the group's row", async () => {
    const { host } = install();
    await excelActions.createOrExtendTracker([...importedTasks(4), groupTask(4), importedTask(5)], 2026);
    const before = tableRows(host);
    const result = await excelActions.expandGroupTasks!();
    expect(result.added).toBe(5);
    expect(result.expanded).toEqual([
      expect.objectContaining({ id: "5", group: HOSPITALS, added: 5, addedMembers: expect.arrayContaining([{ id: "5.1", unit: "Bệnh viện Đa khoa tỉnh" }]) }),
    ]);
    const rows = tableRows(host);
    expect(rows.slice(0, before.length)).toEqual(before);
    const added = rows.slice(before.length);
    const header = host.sheet(TASKS).values("A1:R1")[0];
    const col = (name: string) => header.indexOf(name);
    expect(added.map((r) => [r[col(TASK_HEADERS.id)], r[col(TASK_HEADERS.lead)]])).toEqual([
      ["5.1", "Bệnh viện Đa khoa tỉnh"],
      ["5.2", "Bệnh viện Y dược cổ truyền"],
      ["5.3", "Bệnh viện Phục hồi chức năng"],
      ["5.4", "Bệnh viện Phổi"],
      ["5.5", "Bệnh viện Sản - Nhi"],
    ]);
    for (const row of added) {
      expect(row[col(TASK_HEADERS.title)]).toBe("Rà soát giá dịch vụ số 5");
      expect(row[col(TASK_HEADERS.status)]).toBe("Chưa thực hiện");
      expect(row[col(TASK_HEADERS.progress)]).toBe("");
    }
    const last = before.length + added.length + 1;
    expect(host.sheet(TASKS).cell(`R${last}`).formula).toMatch(/^=IF\(COUNTA\(/);
  });

  it("adds nothing the second time: no write, the same rows, every member listed as already there", async () => {
    const { host } = install();
    await excelActions.createOrExtendTracker([...importedTasks(2), groupTask(2)], 2026);
    await excelActions.expandGroupTasks!();
    const once = tableRows(host);
    const writesBefore = writes(host);
    const again = await excelActions.expandGroupTasks!();
    expect(again.added).toBe(0);
    expect(again.expanded).toEqual([expect.objectContaining({ id: "3", added: 0, addedMembers: [] })]);
    expect(again.expanded[0].members).toHaveLength(5);
    expect(tableRows(host)).toEqual(once);
    expect(writes(host)).toBe(writesBefore);
  });

  it("a member row deleted since comes back under the next number; the others are not added twice", async () => {
    const { host } = install();
    await excelActions.createOrExtendTracker([groupTask(0)], 2026);
    await excelActions.expandGroupTasks!();
    // The user clears the row of 1.2 (its cells, as deleting a table row's contents does).
    host.sheet(TASKS).type("A4", [["", "", "", "", "", "", "", "", "", "", "", "", "", ""]]);
    const again = await excelActions.expandGroupTasks!();
    expect(again.added).toBe(1);
    expect(again.expanded[0].addedMembers).toEqual([{ id: "1.6", unit: "Bệnh viện Y dược cổ truyền" }]);
  });

  it("lists a group of no definite members and a group task without Mã NV, and adds nothing for them", async () => {
    const { host } = install();
    await excelActions.createOrExtendTracker(
      [importedTask(0, { id: "1", lead: "Các cơ quan, đơn vị liên quan" }), importedTask(1, { id: "", lead: HOSPITALS, title: "Không mã" })],
      2026,
    );
    const count = host.tables().find((t) => t.sheet === TASKS)!.rowCount;
    const result = await excelActions.expandGroupTasks!();
    expect(result.added).toBe(0);
    expect(result.unexpandable.map((t) => t.reason).sort()).toEqual(["noId", "noMembers"]);
    expect(host.tables().find((t) => t.sheet === TASKS)!.rowCount).toBe(count);
  });

  it("takes the same number of requests for 1 group task as for 60 (300 member rows)", async () => {
    const small = install();
    await excelActions.createOrExtendTracker([...importedTasks(5), groupTask(5)], 2026);
    const few = await syncsOf(small.host, () => excelActions.expandGroupTasks!());
    fake!.uninstall();
    const big = install();
    await excelActions.createOrExtendTracker([...importedTasks(200), ...Array.from({ length: 60 }, (_, i) => groupTask(200 + i))], 2026);
    let result!: Awaited<ReturnType<NonNullable<typeof excelActions.expandGroupTasks>>>;
    const many = await syncsOf(big.host, async () => (result = await excelActions.expandGroupTasks!()));
    expect(result.added).toBe(300);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });

  it("refuses without a tracker", async () => {
    install();
    await expect(excelActions.expandGroupTasks!()).rejects.toMatchObject({ code: "NoTracker" });
  });
});
