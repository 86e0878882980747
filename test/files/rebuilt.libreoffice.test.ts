// The path users take, end to end in LibreOffice: `build` writes a tracker, a unit fills it in and adds
// its own column, note and sheet, `build` updates it with new tasks; LibreOffice then computes every
// Đánh giá and the per-unit block of Tổng hợp, and they equal what `tracker summary` says of the file.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { summariseTracker, summaryRecord } from "../../src/cli/commands/summary";
import { headlineText } from "../../src/core/strings/summary";
import { RATING_LABELS, STATE_LABELS } from "../../src/core/strings/vi";
import { SUMMARY_TEXT } from "../../src/core/strings/workbook";
import type { RawRow } from "../../src/core/types";
import { TASK_SHEET } from "../../src/workbook/layout";
import { SUMMARY_SHEET } from "../../src/workbook/summarySheet";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { fixtureRows } from "../workbook/fixture";
import { computed, loadXlsx, sheetValues } from "./computed";
import { convertToXlsx } from "./libreOffice";
import { groupRows, summaryBlock } from "./summaryBlocks";
import { TRACKER_HEADERS } from "../../src/workbook/taskRefs";

const USER_COLUMN = String.fromCharCode(65 + TRACKER_HEADERS.length);

const AS_OF = "2026-06-30";
let dir: string;
let byLibreOffice: ExcelJS.Workbook;
let record: ReturnType<typeof summaryRecord>;

const NEW_TASKS: RawRow[] = [
  { id: "MOI1", title: "Tổ chức hội nghị sơ kết 6 tháng", lead: "Văn phòng Sở", deadlineText: "Tháng 7/2026", due: "2026-07-03", status: "Đang thực hiện" },
  { id: "MOI2", title: "Báo cáo công tác tổ chức cán bộ", lead: "Phòng Tổ chức cán bộ", deadlineText: "Tháng 5/2026", due: "2026-05-31", status: "Chưa thực hiện" },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tracker-rebuilt-"));
  const out = join(dir, "so-theo-doi.xlsx");
  await writeTracker(fixtureRows(), out, { today: AS_OF, reportDate: AS_OF });

  // What a unit does with its copy before sending it back.
  const workbook = await loadXlsx(out);
  const sheet = workbook.getWorksheet(TASK_SHEET)!;
  const tracker = await readTrackerFile(out);
  const cell = (field: "status" | "doneDate" | "progress" | "title", row: number) => sheet.getCell(`${tracker.columnOf(field)}${row}`);
  cell("status", 5).value = "Hoàn thành";
  cell("progress", 5).value = 100;
  cell("doneDate", 5).value = new Date(Date.UTC(2026, 5, 20));
  cell("title", 6).note = "Đơn vị xin gia hạn";
  // The unit's own column, right of the table (the task columns, then the tracker's hidden helper columns).
  sheet.getCell(`${USER_COLUMN}1`).value = "Cán bộ theo dõi";
  sheet.getCell(`${USER_COLUMN}2`).value = "Chị Hoa";
  workbook.addWorksheet("Ghi chép").getCell("A1").value = "Họp ngày 02/7";
  await workbook.xlsx.writeFile(out);

  const result = await writeTracker([...fixtureRows(), ...NEW_TASKS], out, { today: AS_OF });
  expect(result).toEqual(expect.objectContaining({ rebuilt: true, added: NEW_TASKS.length }));
  record = summaryRecord(summariseTracker(await readTrackerFile(out), AS_OF));

  await convertToXlsx([out], join(dir, "lo"), "default");
  byLibreOffice = await loadXlsx(join(dir, "lo", "so-theo-doi.xlsx"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("a tracker built, filled in by a unit and rebuilt with new tasks, opened in LibreOffice", () => {
  it("judges every row as `tracker summary` does", () => {
    const sheet = byLibreOffice.getWorksheet(TASK_SHEET)!;
    const shown = record.tasks.map((_, i) => [computed(sheet.getCell(`A${i + 2}`)), computed(sheet.getCell(`R${i + 2}`))]);
    expect(shown).toEqual(record.tasks.map((t) => [t.id, STATE_LABELS[t.state]]));
    expect(record.tasks.map((t) => t.id).slice(-2)).toEqual(["MOI1", "MOI2"]);
  });

  it("counts per unit on Tổng hợp exactly the figures of `tracker summary --json`", () => {
    const rows = sheetValues(byLibreOffice.getWorksheet(SUMMARY_SHEET)!, 12);
    const units = groupRows(summaryBlock(rows, SUMMARY_TEXT.unit));
    // The workbook's headline is what formulas can count; the check-error note is the command's own.
    expect(rows[1][0]).toBe(headlineText(record.headline.done, record.headline.total));
    expect(units.map((r) => [r.label, ...r.figures.slice(0, 9)])).toEqual(
      record.units.map((u) => [
        u.unit,
        u.total,
        u.doneOnTime,
        u.doneLate,
        u.inProgress,
        u.dueSoon,
        u.overdue,
        u.ongoing,
        u.score === null ? "" : expect.closeTo(u.score, 9),
        // Nothing due: the CLI's rating is null (its contract), the workbook writes "Chưa đánh giá".
        u.rating ?? RATING_LABELS.unrated,
      ]),
    );
  });

  it("keeps the unit's column and sheet", () => {
    const sheet = byLibreOffice.getWorksheet(TASK_SHEET)!;
    expect(sheet.getCell(`${USER_COLUMN}1`).value).toBe("Cán bộ theo dõi");
    expect(sheet.getCell(`${USER_COLUMN}2`).value).toBe("Chị Hoa");
    expect(byLibreOffice.getWorksheet("Ghi chép")?.getCell("A1").value).toBe("Họp ngày 02/7");
  });
});
