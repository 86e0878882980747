// Each rule about the computed cells fires on a row that breaks it and not on a close row that keeps it.
import { checkDerived, type DerivedCell } from "../../../src/core/tasks/checkDerived";
import type { RawRow } from "../../../src/core/types";

const overdue: RawRow = { id: "NV01", title: "Báo cáo quý", lead: "Văn phòng Sở", deadlineText: "Quý I/2026", due: 46112, status: "Đang thực hiện" };
const cell = (over: Partial<DerivedCell>): DerivedCell => ({ header: "Đánh giá", column: 18, isState: true, formula: true, value: null, ...over });
const run = (cells: DerivedCell[], outside: { index: number; sheetRow: number }[] = []) =>
  checkDerived({ rows: [overdue], cells: [cells], outsideTable: outside, tableLastRow: 4, asOf: "2026-07-15", windowDays: 7, formulaOf: () => "=X()" }).map((f) => f.rule);

it("derived-not-formula: a typed value (or nothing) where the formula belongs; a formula keeps it", () => {
  expect(run([cell({ formula: false, value: "Hoàn thành đúng hạn" })])).toEqual(["derived-not-formula"]);
  expect(run([cell({ formula: false, value: null })])).toEqual(["derived-not-formula"]);
  expect(run([cell({ header: "Hạn xét (cột phụ)", isState: false, formula: false, value: 46112 })])).toEqual(["derived-not-formula"]);
  expect(run([cell({ formula: true, value: null })])).toEqual([]);
});

it("state-disagrees: a formula's last result other than the engine's judgement; the same result keeps it", () => {
  expect(run([cell({ value: "Trong hạn" })])).toEqual(["state-disagrees"]);
  expect(run([cell({ value: "Quá hạn" })])).toEqual([]);
});

it("row-outside-table: a row below the table; the same row inside it keeps it", () => {
  expect(run([], [{ index: 0, sheetRow: 5 }])).toEqual(["row-outside-table"]);
  expect(run([])).toEqual([]);
});
