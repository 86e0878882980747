// No wall at scale: nothing spreads a list of rows into a function's arguments, and Kiểm tra lists a
// bounded number of findings (errors first) with a count of the rest, each listed one with its link.
import { renderTable } from "../../src/cli/format/table";
import type { LocatedFinding } from "../../src/core/types";
import { block } from "../../src/workbook/blocks";
import { buildFindingsSheet, LISTED_FINDINGS } from "../../src/workbook/findingsSheet";

const MANY = 200_000;

it("tables and blocks of 200,000 rows are laid out without overflowing the stack", () => {
  const rows = Array.from({ length: MANY }, (_, i) => [`NV${i}`, String(i)]);
  expect(renderTable([{ header: "Mã", align: "left" }, { header: "Số", align: "right" }], rows).split("\n")).toHaveLength(MANY + 2);
  expect(block(0, 1, rows).rows).toHaveLength(MANY);
});

it("Kiểm tra lists the first findings, errors first, and counts the rest", () => {
  const finding = (i: number, severity: "error" | "warning"): LocatedFinding => ({
    row: i, id: `NV${i}`, field: "title", rule: "title-too-short", severity, message: `m${i}`, fix: null, sheet: "Nhiệm vụ", cell: `E${i + 2}`,
  });
  const findings = [...Array.from({ length: 2000 }, (_, i) => finding(i, "warning")), ...Array.from({ length: 500 }, (_, i) => finding(2000 + i, "error"))];
  const sheet = buildFindingsSheet(findings);
  const rows = sheet.blocks[0].rows.slice(2);
  expect(rows).toHaveLength(LISTED_FINDINGS + 1);
  expect(rows.slice(0, 500).every((r) => r[4] === "Lỗi")).toBe(true);
  const links = rows.filter((r) => r[1] !== null && typeof r[1] === "object");
  expect(links).toHaveLength(LISTED_FINDINGS);
  expect(String(rows[LISTED_FINDINGS][5])).toMatch(/chỉ liệt kê 1000 phát hiện đầu.*Còn 1500 phát hiện khác \(trong đó 0 lỗi\)/);
});
