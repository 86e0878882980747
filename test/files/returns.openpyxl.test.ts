// A returned workbook that went through openpyxl (a plain load and save, or a script filling in
// progress) is read as the tracker it is: openpyxl targets every part by absolute path, which ExcelJS
// alone refuses as a corrupt file.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile, type TrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { saveWithOpenpyxl } from "./openpyxl";

const ROWS: RawRow[] = [
  { id: "NV01", title: "Xây dựng kế hoạch kiểm tra", lead: "Thanh tra Sở", deadlineText: "Tháng 9/2026", due: "2026-09-30" },
  { id: "NV02", title: "Báo cáo tổng kết năm", lead: "Văn phòng Sở", deadlineText: "Năm 2026", due: "2026-12-31", status: "Đang thực hiện", progress: 40 },
  { id: "NV03", title: "Kiểm tra an toàn thực phẩm", lead: "Phòng Nghiệp vụ Y", deadlineText: "Quý II/2026", due: "2026-06-30" },
];

let dir: string;
let original: string;
let expected: TrackerFile;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-openpyxl-"));
  original = join(dir, "goc.xlsx");
  await writeTracker(ROWS, original, { today: "2026-07-01", reportDate: "2026-06-30" });
  expected = await readTrackerFile(original);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("reads a plain openpyxl load-and-save as the same rows, settings and catalog", async () => {
  const saved = join(dir, "openpyxl.xlsx");
  await saveWithOpenpyxl(original, saved);
  const tracker = await readTrackerFile(saved);
  expect(tracker.rows).toEqual(expected.rows);
  expect(tracker.extras).toEqual(expected.extras);
  expect(tracker.settings).toEqual(expected.settings);
  expect(tracker.catalog).toEqual(expected.catalog);
});

it("reads the progress a script filled in with openpyxl", async () => {
  const saved = join(dir, "openpyxl-sua.xlsx");
  const row = expected.rowNumbers[1];
  const cell = (field: "status" | "progress") => expected.columnOf(field)! + row;
  await saveWithOpenpyxl(original, saved, [
    [expected.sheet, cell("status"), "Hoàn thành"],
    [expected.sheet, cell("progress"), 100],
  ]);
  const tracker = await readTrackerFile(saved);
  expect(tracker.rows[1]).toEqual({ ...expected.rows[1], status: "Hoàn thành", progress: 100 });
  expect(tracker.rows[0]).toEqual(expected.rows[0]);
});
