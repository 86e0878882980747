// The shape of the tracker plan: what the Office.js adapter, the file reader and the user rely on.
import { isOwnerMark } from "../../src/workbook/ownership";
import { NO_LEAD } from "../../src/core/strings/summary";
import { STATE_LABELS, TASK_HEADERS } from "../../src/core/strings/vi";
import { FINDINGS_TEXT, GUIDE_TEXT, SHEET_NAMES, SUMMARY_TEXT } from "../../src/core/strings/workbook";
import { STATES, TASK_FIELDS, type RawRow } from "../../src/core/types";
import { buildTrackerPlan, type TrackerInput } from "../../src/workbook/buildTrackerPlan";
import { STATE_FILLS } from "../../src/workbook/colours";
import { buildFindingsSheet } from "../../src/workbook/findingsSheet";
import { TASK_SHEET, TASK_TABLE, taskCellAddress, taskColumnIndex, taskColumnLetter } from "../../src/workbook/layout";
import { NAMES } from "../../src/workbook/names";
import type { PlanCell } from "../../src/workbook/plan";
import { taskRowCells } from "../../src/workbook/taskCells";
import { HELPER_HEADERS } from "../../src/core/strings/workbook";
import { taskRefs, TRACKER_HEADERS } from "../../src/workbook/taskRefs";
import { CATALOG, fixtureRows, jsDate, SETTINGS } from "./fixture";
import { cellAt, grid, namedCell, sheetOf } from "./planCells";
import { REPORT_SHEETS } from "../../src/core/strings/report";

const input: TrackerInput = { rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS };
const plan = buildTrackerPlan(input);
const tasks = sheetOf(plan, TASK_SHEET);
const lastRow = fixtureRows().length + 1;

describe("sheets", () => {
  it("are the six tracker sheets and Phân công, the guide first", () => {
    expect(plan.sheets.map((s) => s.name).sort()).toEqual([...Object.values(SHEET_NAMES), REPORT_SHEETS.assignments].sort());
    expect(plan.sheets[0].name).toBe("Hướng dẫn");
  });

  it("are rectangular blocks", () => {
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) expect(new Set(block.rows.map((r) => r.length)).size).toBe(1);
    }
  });

  it("build the same plan twice from the same input", () => {
    expect(JSON.stringify(buildTrackerPlan(input))).toBe(JSON.stringify(plan));
  });
});

describe("Nhiệm vụ", () => {
  it("is the table BangNhiemVu from A1, headers in TASK_FIELDS order to Đánh giá, then the hidden helper columns", () => {
    const headers = [...TASK_FIELDS.map((f) => TASK_HEADERS[f]), ...Object.values(HELPER_HEADERS)];
    expect(tasks.blocks[0].topLeft).toBe("A1");
    expect(tasks.blocks[0].rows[0]).toEqual(headers);
    expect(headers[TASK_FIELDS.length - 1]).toBe("Đánh giá");
    expect(tasks.table).toEqual({ name: TASK_TABLE, range: `A1:V${lastRow}`, headers, style: expect.any(String) });
    expect(tasks.columns.filter((c) => c.hidden).map((c) => c.index)).toEqual([18, 19, 20, 21]);
    expect(tasks.freeze).toEqual({ rows: 1, columns: 1 });
  });

  it("places fields where the layout helpers say", () => {
    expect([taskColumnIndex("id"), taskColumnLetter("lead"), taskColumnLetter("state"), taskCellAddress(5, "status")]).toEqual([0, "G", "R", "M7"]);
    expect(cellAt(tasks, taskCellAddress(2, "id"))).toBe("NV03");
  });

  // Issue 14 §1: structured references to the row's own cells (they follow sorting, moved columns and
  // renamed sheets) replaced the A1 references of each row; the formula is the same in every row.
  it("gives every row the same Đánh giá formula over its own row, by structured reference", () => {
    const first = (cellAt(tasks, taskCellAddress(0, "state")) as { formula: string }).formula;
    expect(first).toContain("BangNhiemVu[[#This Row],[Hạn xét (cột phụ)]]");
    for (let i = 0; i < lastRow - 1; i++) {
      const cell = cellAt(tasks, taskCellAddress(i, "state")) as { formula: string };
      expect(cell.formula).toBe(first);
      expect(cell.formula).toContain("NgayBaoCao");
      expect(cell.formula).toContain("SoNgayCanhBao");
      for (const label of Object.values(STATE_LABELS)) expect(cell.formula).toContain(`"${label}"`);
    }
  });

  it("has dropdowns on lead, status and leader, numbers on progress and month, dates on the date columns", () => {
    const rule = (field: (typeof TASK_FIELDS)[number]) => {
      const letter = taskColumnLetter(field);
      const v = tasks.validations.find((x) => x.range === `${letter}2:${letter}${lastRow}`);
      return v && (v.type === "list" ? [v.type, v.source] : [v.type, v.min, v.max]);
    };
    expect(rule("lead")).toEqual(["list", "=DsDonVi"]);
    expect(rule("status")).toEqual(["list", "=DsTinhTrang"]);
    expect(rule("leader")).toEqual(["list", "=DsLanhDao"]);
    expect(rule("progress")).toEqual(["whole", 0, 100]);
    expect(rule("month")).toEqual(["whole", 1, 12]);
    for (const field of ["due", "extendedDue", "doneDate"] as const) {
      expect(rule(field)?.[0]).toBe("date");
      expect(tasks.columns.find((c) => c.index === taskColumnIndex(field))?.numberFormat).toBe("dd/mm/yyyy");
    }
    expect(tasks.validations).toHaveLength(8);
  });

  // Issue 14 §6: Excel checks a date rule against real dates in whatever order the PC's locale types
  // them; a message asking for dd/mm/yyyy would send an en-US user to type text Excel refuses.
  it("validates the date columns as real dates, with a message that prescribes no typing order", () => {
    for (const rule of tasks.validations.filter((v) => v.type === "date")) {
      expect(rule.errorStyle ?? "stop").toBe("stop");
      expect(rule.errorMessage).not.toMatch(/dd\/mm|\d{2}\/\d{2}\/\d{4}/);
    }
  });

  it("colours whole rows by the six states", () => {
    expect(tasks.conditionalFormats.map((f) => [f.range, f.formula])).toEqual(
      Object.values(STATE_LABELS).map((label) => [`A2:R${lastRow}`, `=$R2="${label}"`]).sort((a, b) => order(a[1]) - order(b[1])),
    );
    expect(new Set(tasks.conditionalFormats.map((f) => f.fill)).size).toBe(6);
  });

  it("keeps an empty table one blank row long, judged blank", () => {
    const empty = sheetOf(buildTrackerPlan({ ...input, rows: [] }), TASK_SHEET);
    expect(empty.table?.range).toBe("A1:V2");
    expect(empty.blocks[0].rows[1].slice(0, 17).every((c) => c === null)).toBe(true);
    expect((cellAt(empty, "R2") as { formula: string }).formula).toMatch(/^=IF\(COUNTA\(BangNhiemVu\[\[#This Row\],\[Mã NV\]:\[Ghi chú \/ khó khăn\]\]\)=0,"",/);
  });
});

describe("Hướng dẫn", () => {
  const guide = sheetOf(plan, SHEET_NAMES.guide);
  const cells = grid(guide);
  const firstColumn = cells.map((r) => r[0]);

  it("says what every other sheet is", () => {
    for (const name of Object.values(SHEET_NAMES).filter((n) => n !== SHEET_NAMES.guide)) {
      const row = cells.find((r) => r[0] === name);
      expect([name, typeof row?.[1] === "string" && (row[1] as string).length > 20]).toEqual([name, true]);
    }
  });

  it("gives the colour legend: each state's label on the fill its rows get on Nhiệm vụ", () => {
    for (const state of STATES) {
      const at = firstColumn.indexOf(STATE_LABELS[state]);
      expect(at).toBeGreaterThan(0);
      expect(guide.styles).toContainEqual(expect.objectContaining({ range: `A${at + 1}`, fill: STATE_FILLS[state].fill }));
      const rowFormat = tasks.conditionalFormats.find((f) => f.formula.endsWith(`"${STATE_LABELS[state]}"`));
      expect(rowFormat?.fill).toBe(STATE_FILLS[state].fill);
    }
  });

  it("says how to update a row, in readable wrapped lines", () => {
    const at = firstColumn.indexOf(GUIDE_TEXT.updateTitle);
    expect(at).toBeGreaterThan(0);
    expect(cells.slice(at + 1).filter((r) => typeof r[1] === "string").length).toBe(GUIDE_TEXT.update.length);
    expect(guide.columns).toContainEqual(expect.objectContaining({ index: 1, wrap: true }));
  });
});

describe("Nhiệm vụ column widths", () => {
  it("give every column room for the longest word of its (wrapped) header, and wrap the long text columns", () => {
    for (const field of TASK_FIELDS) {
      const longestWord = Math.max(...TASK_HEADERS[field].split(/\s+/).map((w) => w.length));
      const width = tasks.columns.find((c) => c.index === taskColumnIndex(field))!.width!;
      expect([field, width >= Math.max(7, longestWord + 2)]).toEqual([field, true]);
    }
    const wraps = (field: (typeof TASK_FIELDS)[number]) => tasks.columns.find((c) => c.index === taskColumnIndex(field))?.wrap;
    for (const field of ["title", "partners", "note", "evidence"] as const) expect([field, wraps(field)]).toEqual([field, true]);
    expect(tasks.columns.find((c) => c.index === taskColumnIndex("title"))!.width).toBeGreaterThanOrEqual(40);
  });
});

describe("taskRowCells, for appending a row to an existing tracker", () => {
  const row: RawRow = {
    id: "NV99",
    title: "Báo cáo quý",
    lead: "Văn phòng Sở",
    deadlineText: "Quý III/2026",
    due: jsDate("2026-09-30"),
    extendedDue: "2026-10-31",
    doneDate: "30/6/2026",
    progress: 40,
    note: "2026-01-01",
  };
  const cells = taskRowCells(row);

  // Issue 14 §1: the formulas no longer carry a row number or a column letter, so the same cells fit any row.
  it("gives one cell per column, then the helper columns, with formulas naming the row's own cells by header", () => {
    expect(cells).toHaveLength(TASK_FIELDS.length + 4);
    const state = (cells[taskColumnIndex("state")] as { formula: string }).formula;
    expect(state).toContain("TRIM(BangNhiemVu[[#This Row],[Tình trạng]])");
    expect(state).not.toMatch(/\$?[A-Z]{1,2}\$?\d+/);
  });

  it("lists the row's cells one by one when Đánh giá was moved among them, never counting itself", () => {
    const headers = [...TRACKER_HEADERS];
    headers.splice(1, 0, headers.splice(TASK_FIELDS.length - 1, 1)[0]);
    const state = (taskRowCells(row, taskRefs(headers))[taskColumnIndex("state")] as { formula: string }).formula;
    expect(state).toMatch(/^=IF\(COUNTA\(BangNhiemVu\[\[#This Row\],\[Mã NV\]\],BangNhiemVu\[\[#This Row\],\[Văn bản giao\]\],/);
    expect(state).not.toContain("[Đánh giá]");
  });

  it("names the columns by the headers the table has, when a user renamed one", () => {
    const headers = TRACKER_HEADERS.map((h) => (h === "Tình trạng" ? "Tinh trang" : h));
    const state = (taskRowCells(row, taskRefs(headers))[taskColumnIndex("state")] as { formula: string }).formula;
    expect(state).toContain("BangNhiemVu[[#This Row],[Tinh trang]]");
    expect(state).not.toContain("[Tình trạng]");
  });

  it("turns real dates and ISO dates of date columns into dates, and keeps wrong entries as typed", () => {
    const at = (field: (typeof TASK_FIELDS)[number]): PlanCell => cells[taskColumnIndex(field)];
    expect([at("due"), at("extendedDue"), at("doneDate"), at("note"), at("progress"), at("source")]).toEqual([
      { date: "2026-09-30" },
      { date: "2026-10-31" },
      "30/6/2026",
      "2026-01-01",
      40,
      null,
    ]);
  });
});

describe("Danh mục", () => {
  it("holds the settings as named cells with their defaults", () => {
    const values = [NAMES.windowDays, NAMES.onTime, NAMES.late, NAMES.overdue, NAMES.excellent, NAMES.good, NAMES.done].map((n) => namedCell(plan, n));
    expect(values).toEqual([7, 100, 75, 0, 90, 70, 50]);
    expect(namedCell(plan, NAMES.reportDate)).toEqual({ date: "2026-06-30" });
    const today = buildTrackerPlan({ ...input, settings: { ...SETTINGS, reportDate: null } });
    expect(namedCell(today, NAMES.reportDate)).toEqual({ formula: "=TODAY()" });
  });

  it("names the dropdown lists: every unit, every status, every Board member", () => {
    const list = (name: string) => {
      const ref = plan.names.find((n) => n.name === name)!.refersTo;
      const [, from, to] = /!\$([A-Z]+\$\d+):\$([A-Z]+\$\d+)$/.exec(ref)!;
      const sheet = sheetOf(plan, "Danh mục");
      const [col, first] = from.split("$");
      const last = Number(to.split("$")[1]);
      return Array.from({ length: last - Number(first) + 1 }, (_, i) => cellAt(sheet, `${col}${Number(first) + i}`));
    };
    expect(list(NAMES.unitList)).toEqual(CATALOG.units.map((u) => u.name));
    expect(list(NAMES.leaderList)).toEqual(CATALOG.leaders.map((l) => l.name));
    expect(list(NAMES.statusList)).toEqual(["Chưa thực hiện", "Đang thực hiện", "Hoàn thành", "Dừng/điều chỉnh"]);
    // Every name but the sheet marks (one per sheet, at its A1: src/workbook/ownership.ts) is a cell of Danh mục.
    for (const n of plan.names.filter((n) => !isOwnerMark(n.name))) expect(n.refersTo.startsWith("'Danh mục'!$")).toBe(true);
    expect(plan.names.filter((n) => isOwnerMark(n.name)).map((n) => n.refersTo)).toEqual(plan.sheets.map((s) => `'${s.name}'!$A$1`));
  });
});

describe("Tổng hợp", () => {
  const summary = sheetOf(plan, "Tổng hợp");
  const block = (header: string) => {
    const rows = grid(summary);
    const start = rows.findIndex((r) => r[0] === header);
    const out: PlanCell[][] = [];
    for (let i = start + 1; i < rows.length && (rows[i][0] ?? "") !== ""; i++) out.push(rows[i]);
    return { header: rows[start], rows: out };
  };

  const AGREED = "Đơn vị | Tổng số | Hoàn thành đúng hạn | Hoàn thành quá hạn | Trong hạn | Sắp đến hạn | Quá hạn | Thường xuyên | Điểm | Xếp loại";

  // Issue 13 §3: the unit block also has the partner roles its score counts, in M..O.
  it("heads the unit block exactly as agreed in A..J, the score's working columns after it in K..O", () => {
    const { header } = block(SUMMARY_TEXT.unit);
    expect(header.slice(0, 10).join(" | ")).toBe(AGREED);
    expect(header.slice(10)).toEqual([
      SUMMARY_TEXT.scoredOnTime,
      SUMMARY_TEXT.scoredLate,
      SUMMARY_TEXT.partnerOnTime,
      SUMMARY_TEXT.partnerLate,
      SUMMARY_TEXT.partnerOverdue,
    ]);
  });

  it("heads every block with the same ten columns then the two working columns", () => {
    const unitHeader = block(SUMMARY_TEXT.unit).header.slice(1, 12).join(" | ");
    for (const label of [SUMMARY_TEXT.month, SUMMARY_TEXT.leader, SUMMARY_TEXT.section]) {
      const { header } = block(label);
      expect([label, header.slice(1).filter((c) => c !== null).join(" | ")]).toEqual([label, unitHeader]);
    }
  });

  // Issue 13 §6: the working columns are hidden now, no longer styled apart; headers wrap.
  it("hides the working columns and wraps the headers", () => {
    const headerRows = grid(summary).flatMap((r, i) => (r[1] === SUMMARY_TEXT.total ? [i + 1] : []));
    expect(headerRows).toHaveLength(4);
    for (const r of headerRows) expect(summary.styles.find((s) => s.range === `A${r}:L${r}`)).toMatchObject({ fill: "#1F4E78", wrap: true });
    expect(summary.columns.filter((c) => c.hidden).map((c) => c.index)).toEqual([10, 11, 12, 13, 14]);
  });

  it("lists every unit that leads a task, in the catalog or not, spellings merged, in Vietnamese order, blank last", () => {
    expect(block(SUMMARY_TEXT.unit).rows.map((r) => r[0])).toEqual([
      "Bệnh viện Phổi tỉnh",
      "Phòng Kế hoạch - Tài chính",
      "Phòng Nghiệp vụ Y",
      "Phòng Tổ chức cán bộ",
      "Trung tâm Kiểm soát bệnh tật",
      "Văn phòng Sở",
      NO_LEAD,
      SUMMARY_TEXT.otherGroups,
      SUMMARY_TEXT.totals,
    ]);
    const withExtra = buildTrackerPlan({ ...input, leadUnits: ["Sở Tài chính", "văn phòng sở"] });
    const rows = withExtra.sheets.find((s) => s.name === "Tổng hợp")!.blocks.flatMap((b) => b.rows);
    expect(rows.filter((r) => r[0] === "Sở Tài chính")).toHaveLength(1);
    expect(rows.filter((r) => typeof r[0] === "string" && r[0].toLowerCase() === "văn phòng sở")).toHaveLength(1);
  });

  it("computes every figure by formula, the score from the named weights, the rating from the named bands", () => {
    const unitRow = block(SUMMARY_TEXT.unit).rows[0];
    expect(unitRow.slice(1).every((c) => c !== null && typeof c === "object" && "formula" in c)).toBe(true);
    const [score, rating, scoredOnTime, scoredLate] = unitRow.slice(8).map((c) => (c as { formula: string }).formula);
    for (const [scored, stateColumn] of [[scoredOnTime, "C"], [scoredLate, "D"]]) {
      // One COUNTIFS over the table's columns: the unit's helper column, the state, the deadline.
      expect(scored).toMatch(new RegExp(`^=COUNTIFS\\(BangNhiemVu\\[Chủ trì \\(cột phụ\\)\\],"="&\\$A7,BangNhiemVu\\[Đánh giá\\],${stateColumn}\\$6,`));
      expect(scored).toContain(`"<"&(INT(NgayBaoCao)+1)`);
    }
    expect(score).toMatch(/DiemDungHan\*K\d+\+DiemTreHan\*L\d+\+DiemQuaHan\*G\d+/);
    // While the partner weight (C5, from TrongSoPhoiHop) is 0: the mean over the lead's tasks, as before.
    expect(score).toMatch(/,IF\(\(K7\+L7\+G7\)=0,"",\(DiemDungHan\*K7\+DiemTreHan\*L7\+DiemQuaHan\*G7\)\/\(K7\+L7\+G7\)\)\)$/);
    expect(rating).toMatch(/^=IF\(I\d+="","Chưa đánh giá",/);
    expect(rating).toMatch(/MucXuatSac.*MucTot.*MucHoanThanh/);
  });

  it("lists the twelve months and the tasks without a deadline, then Board members and sections", () => {
    const closing = [SUMMARY_TEXT.otherGroups, SUMMARY_TEXT.totals];
    expect(block(SUMMARY_TEXT.month).rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, SUMMARY_TEXT.noDeadline, SUMMARY_TEXT.otherYears, SUMMARY_TEXT.totals]);
    expect(block(SUMMARY_TEXT.leader).rows.map((r) => r[0])).toEqual(["Lê Minh Châu", "Nguyễn Văn An", "Trần Thị Bình", "(Chưa có lãnh đạo phụ trách)", ...closing]);
    expect(block(SUMMARY_TEXT.section).rows.map((r) => r[0])).toEqual(["I. Tổ chức bộ máy", "II. Chuyên môn", "(Chưa có nhóm nhiệm vụ)", ...closing]);
  });
});

describe("Kiểm tra", () => {
  it("links each finding to its cell and says what to do", () => {
    const sheet = buildFindingsSheet([
      { row: 5, id: "NV06", field: "doneDate", rule: "doneWithoutDate", severity: "error", message: "Thiếu ngày hoàn thành", fix: { value: "", label: "Nhập ngày" }, sheet: "Nhiệm vụ", cell: "O7" },
      { row: -1, id: "", field: null, rule: "duplicateId", severity: "warning", message: "Trùng mã", fix: null, sheet: "Nhiệm vụ", cell: "" },
    ]);
    expect(sheet.name).toBe("Kiểm tra");
    const rows = sheet.blocks[0].rows;
    expect(rows[1]).toEqual(FINDINGS_TEXT.headers);
    expect(rows[2]).toEqual(["Nhiệm vụ", { formula: `=HYPERLINK("#'Nhiệm vụ'!O7","O7")` }, "NV06", "doneWithoutDate", "Lỗi", "Thiếu ngày hoàn thành", "Nhập ngày"]);
    expect(rows[3].slice(0, 5)).toEqual(["Nhiệm vụ", "", "", "duplicateId", "Cảnh báo"]);
  });

  it("says so when the check found nothing", () => {
    expect(buildFindingsSheet([]).blocks[0].rows[2]).toContain(FINDINGS_TEXT.none);
  });
});

function order(formula: string): number {
  return Object.values(STATE_LABELS).findIndex((label) => formula.includes(`"${label}"`));
}

describe("Năm kế hoạch", () => {
  const label = (p: typeof plan) => {
    const ref = p.names.find((n) => n.name === NAMES.planYear)!.refersTo.split("!")[1].replace(/\$/g, "");
    const column = ref.charCodeAt(0) - 65;
    return cellAt(sheetOf(p, "Danh mục"), `${String.fromCharCode(64 + column)}${ref.slice(1)}`);
  };

  it("is the named cell NamKeHoach on Danh mục, holding the plan year given", () => {
    const withYear = buildTrackerPlan({ ...input, planYear: 2026 });
    expect(namedCell(withYear, NAMES.planYear)).toBe(2026);
    expect(label(withYear)).toMatch(/^Năm kế hoạch/);
  });

  it("is blank when the plan year is unknown, and moves no other setting", () => {
    expect(namedCell(plan, NAMES.planYear)).toBeNull();
    const refs = (p: typeof plan) => p.names.filter((n) => n.name !== NAMES.planYear).map((n) => n.refersTo);
    expect(refs(buildTrackerPlan({ ...input, planYear: 2026 }))).toEqual(refs(plan));
  });
});
