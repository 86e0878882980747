// Workbooks shaped the ways users leave trackers, written with bare ExcelJS (no plan, no writer).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { TASK_HEADERS } from "../../src/core/strings/vi";
import { TASK_FIELDS, type TaskField } from "../../src/core/types";

export const HEADERS = TASK_FIELDS.map((f) => TASK_HEADERS[f]);

export function taskRow(id: string, overrides: Partial<Record<TaskField, ExcelJS.CellValue>> = {}): ExcelJS.CellValue[] {
  const base: Partial<Record<TaskField, ExcelJS.CellValue>> = {
    id,
    title: `Xây dựng kế hoạch ${id}`,
    lead: "Văn phòng Sở",
    deadlineText: "Quý II/2026",
    due: new Date(Date.UTC(2026, 5, 30)),
    status: "Đang thực hiện",
    progress: 40,
    ...overrides,
  };
  return TASK_FIELDS.map((f) => base[f] ?? null);
}

/** A plain tracker: headers in row 1 of "Nhiệm vụ", one task per row. */
export function plainTracker(ids: string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ");
  sheet.addRow(HEADERS);
  for (const id of ids) sheet.addRow(taskRow(id));
  return workbook;
}

export function tempDir(): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "tracker-test-"));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
