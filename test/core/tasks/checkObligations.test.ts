// A recurring obligation held both as one row and per occurrence is counted twice by every figure:
// check warns on the one-row version (never on the occurrences), naming the occurrences to keep.
import { checkTasks } from "../../../src/core/tasks/checkTasks";
import type { Finding, RawRow } from "../../../src/core/types";
import { expandOccurrences } from "../../../src/workbook/report/occurrences";
import { inProgressRow, OPTIONS } from "./rowFactory";

const TITLE = "Báo cáo tình hình dịch bệnh truyền nhiễm trên địa bàn tỉnh";
const LEAD = "Trung tâm Kiểm soát bệnh tật";

/** The obligation as an older tracker holds it: one row, Mã NV 5 (a number, as Excel keeps it). */
function wholeRow(overrides: RawRow = {}): RawRow {
  return inProgressRow({ id: 5, title: TITLE, lead: LEAD, partners: null, deadlineText: "Trước ngày 15 hằng tháng", due: null, month: null, ...overrides });
}

/** Its occurrences, as build and the pane make them (5.T01 … 5.T12). */
function occurrences(row: RawRow = wholeRow()): RawRow[] {
  return expandOccurrences([row], 2026);
}

const heldTwice = (rows: RawRow[]) => checkTasks(rows, OPTIONS).filter((f) => f.rule === "obligation-held-twice");
const rulesAt = (findings: Finding[], row: number) => findings.filter((f) => f.row === row).map((f) => f.rule);

describe("an obligation held as one row beside its occurrences", () => {
  test("warns once, on the one row's Nội dung, naming the occurrences as a range and the fix", () => {
    const rows = [inProgressRow(), wholeRow(), ...occurrences()];
    const found = heldTwice(rows);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 1, id: "5", field: "title", severity: "warning", fix: null });
    expect(found[0].message).toContain("12 dòng khác (5.T01 … 5.T12)");
    expect(found[0].message).toContain("tính nó hai lần");
    expect(found[0].message).toContain("rồi xóa dòng này");
  });

  test("the occurrences get no finding about it, not even a repeated title, wherever the old row sits", () => {
    for (const rows of [[wholeRow(), ...occurrences()], [...occurrences(), wholeRow()]]) {
      const all = checkTasks(rows, OPTIONS);
      const oldRow = rows.findIndex((r) => r.id === 5);
      expect(all.filter((f) => f.rule === "obligation-held-twice").map((f) => f.row)).toEqual([oldRow]);
      expect(all.map((f) => f.rule)).not.toContain("title-duplicate");
    }
  });

  test("the Mã NV matches however it is written, and quarterly occurrences are named as theirs", () => {
    const quarterly = wholeRow({ id: "nv5", deadlineText: "Hằng quý" });
    const rows = [...occurrences(quarterly).map((r) => ({ ...r, id: String(r.id).toUpperCase() })), { ...quarterly, id: " NV5 " }];
    const found = heldTwice(rows);
    expect(found).toHaveLength(1);
    expect(found[0].row).toBe(4);
    expect(found[0].message).toContain("4 dòng khác (NV5.Q1 … NV5.Q4)");
  });

  test("with its Mã NV cleared or changed, it is found by title, lead and a recurring Thời hạn", () => {
    for (const id of [null, "NV05"]) {
      const rows = [...occurrences(), wholeRow({ id })];
      const found = heldTwice(rows);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ row: 12, field: "title" });
      expect(found[0].message).toContain("5.T01 … 5.T12");
      expect(rulesAt(checkTasks(rows, OPTIONS), 12)).not.toContain("title-duplicate");
    }
  });
});

describe("no warning", () => {
  test("for a tracker holding the obligation per occurrence only", () => {
    const all = checkTasks(occurrences(), OPTIONS);
    expect(all.map((f) => f.rule)).not.toContain("obligation-held-twice");
    expect(all.map((f) => f.rule)).not.toContain("title-duplicate");
  });

  test("for a tracker holding it as one row only", () => {
    expect(heldTwice([inProgressRow(), wholeRow()])).toEqual([]);
  });

  test("for another task that shares the Mã NV but not the title (a second plan's task 5)", () => {
    const rows = [...occurrences(), wholeRow({ title: "Tổ chức hội nghị tổng kết công tác y tế năm 2026" })];
    expect(heldTwice(rows)).toEqual([]);
  });

  test("for a row without the id whose Thời hạn is not recurring, or whose lead is another unit", () => {
    const oneOff = [...occurrences(), wholeRow({ id: null, deadlineText: "Tháng 6/2026" })];
    expect(heldTwice(oneOff)).toEqual([]);
    // The same text pasted once more is still a repeated task, as before.
    expect(checkTasks(oneOff, OPTIONS).filter((f) => f.rule === "title-duplicate").map((f) => f.row)).toEqual([12]);
    expect(heldTwice([...occurrences(), wholeRow({ id: null, lead: "Văn phòng Sở" })])).toEqual([]);
  });
});
