// A big tracker is streamed to disk (writePlan.ts); LibreOffice must compute exactly what it computes
// for the same plan written in memory, which tracker.libreoffice.test.ts checks against the engine.
// The fixture is small, so the streamed writer is forced here rather than reached by size.
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import { writePlanToFile } from "../../src/xlsx/writePlan";
import { CATALOG, fixtureRows, fixtureTasks, SETTINGS } from "../workbook/fixture";
import { loadXlsx, sheetValues } from "./computed";
import { convertToXlsx } from "./libreOffice";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "streamed-lo-"));
  await mkdir(join(dir, "memory"));
  await mkdir(join(dir, "streamed"));
  const plan = buildTrackerPlan({ rows: fixtureRows(fixtureTasks()), catalog: CATALOG, settings: { ...SETTINGS, reportDate: "2026-06-30" } });
  await writePlanToFile(plan, join(dir, "memory", "tracker.xlsx"), { stream: false });
  await writePlanToFile(plan, join(dir, "streamed", "tracker.xlsx"), { stream: true });
  await convertToXlsx([join(dir, "memory", "tracker.xlsx")], join(dir, "memory-lo"), "default");
  await convertToXlsx([join(dir, "streamed", "tracker.xlsx")], join(dir, "streamed-lo"), "default");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it("a streamed tracker opens in LibreOffice with every sheet computing as the in-memory one does", async () => {
  const memory = await loadXlsx(join(dir, "memory-lo", "tracker.xlsx"));
  const streamed = await loadXlsx(join(dir, "streamed-lo", "tracker.xlsx"));
  expect(streamed.worksheets.map((s) => s.name)).toEqual(memory.worksheets.map((s) => s.name));
  for (const sheet of memory.worksheets) {
    const width = Math.max(sheet.columnCount, 1);
    const values = sheetValues(sheet, width);
    // Not a trivial comparison: every sheet computed something (Tổng hợp counts, Đánh giá labels).
    expect([sheet.name, values.flat().some((v) => v !== null && v !== "")]).toEqual([sheet.name, true]);
    expect([sheet.name, sheetValues(streamed.getWorksheet(sheet.name)!, width)]).toEqual([sheet.name, values]);
  }
  const tables = (wb: typeof memory) => wb.worksheets.flatMap((s) => Object.keys((s as unknown as { tables: Record<string, unknown> }).tables ?? {})).sort();
  expect(tables(memory)).toEqual(["BangNhiemVu", "BangPhanCong"]);
  expect(tables(streamed)).toEqual(tables(memory));
});
