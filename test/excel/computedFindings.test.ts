// The pane's Kiểm tra guards the figures as `tracker check` does: Đánh giá typed over, and task rows
// below the table (signature lines below it are no task), found from the Đánh giá formulas and the
// rows under the table that readComputedCells loads.
import { TASK_HEADERS } from "../../src/core/strings/vi";
import { TASK_FIELDS, type CellValue } from "../../src/core/types";
import { DEFAULT_SCORING } from "../../src/core/rating";
import { computedFindings } from "../../src/excel/readComputedCells";
import type { TrackerRead } from "../../src/excel/trackerRead";
import { fieldColumns } from "../../src/workbook/schema/headers";
import { rawRow } from "../../src/workbook/schema/rows";

const headers: CellValue[] = TASK_FIELDS.map((f) => TASK_HEADERS[f]);
const columns = fieldColumns(headers);
const line = (values: Partial<Record<(typeof TASK_FIELDS)[number], CellValue>>): CellValue[] => TASK_FIELDS.map((f) => values[f] ?? "");
const row = (id: string, state: CellValue) =>
  line({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý I/2026", due: 46112, status: "Đang thực hiện", state });

it("finds a typed Đánh giá and a task below the table, at their cells, and no signature line", () => {
  const values = [row("NV01", "Quá hạn"), row("NV02", "Hoàn thành đúng hạn")];
  const read = {
    sheet: "Nhiệm vụ",
    rect: { row: 0, column: 0, rowCount: 3, columnCount: TASK_FIELDS.length },
    headers,
    columns,
    rows: values.map((v) => rawRow(v, columns)),
    settings: { reportDate: "2026-07-15", asOf: "2026-07-15", windowDays: 7, scoring: DEFAULT_SCORING, planYear: 2026, trackerId: undefined },
    catalog: { units: [], leaders: [] },
    extra: undefined,
  } as unknown as TrackerRead<undefined>;
  const below = [line({}), line({ id: "NV03", title: "Nhiệm vụ gõ dưới bảng", lead: "Văn phòng Sở", deadlineText: "Quý III/2026" }), line({ id: "Người lập biểu" }), line({ title: "Ngày 15/7/2026" })];
  const findings = computedFindings(read, read.rows, [0, 1], { stateFormulas: ["=IF(...)", "Hoàn thành đúng hạn"], below });
  const state = String.fromCharCode(65 + TASK_FIELDS.indexOf("state"));
  expect(findings.map((f) => [f.rule, f.cell])).toEqual([
    ["derived-not-formula", `${state}3`],
    ["row-outside-table", "A5"],
  ]);
  expect(findings[0].message).toMatch(/đánh giá là “Quá hạn”/);
});
