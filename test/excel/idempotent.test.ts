// A command run again leaves the workbook as its first run left it, and no command touches what the
// add-in does not own: the user's own sheet stays as the user typed it.
import { excelActions } from "../../src/excel";
import type { LocatedFinding } from "../../src/core/types";
import type { FakeExcelHost } from "../fakes/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
let findings: LocatedFinding[];

/** Everything the fake exposes about the workbook, as plain data. */
function snapshot(h: FakeExcelHost): unknown {
  return {
    sheets: h.sheetNames().map((name) => {
      const sheet = h.sheet(name);
      const used = sheet.usedAddress();
      return {
        name,
        used,
        formulas: sheet.formulas(),
        numberFormats: sheet.numberFormats(),
        styles: used ? sheet.styles(used) : [],
        validations: sheet.validations(),
        conditionalFormats: sheet.conditionalFormats(),
        freeze: sheet.freeze,
        tabColor: sheet.tabColor,
        charts: sheet.charts,
      };
    }),
    tables: h.tables(),
    names: h.names(),
  };
}

const USER_ROWS = [
  ["Ghi chú của phòng", "Ngày"],
  ["Họp giao ban", "02/01/2026"],
];

beforeEach(async () => {
  host().addSheet("Ghi chú").type("A1", USER_ROWS);
  await excelActions.createOrExtendTracker(importedTasks(12), 2026);
  host().sheet("Nhiệm vụ").type("K3", [["'30/6/2026"]]);
  host().sheet("Nhiệm vụ").type("E4", [[`${host().sheet("Nhiệm vụ").cell("E4").value}  `]]);
  findings = (await excelActions.runCheck()).filter((f) => f.fix !== null);
  expect(findings.map((f) => f.cell)).toEqual(expect.arrayContaining(["E4", "K3"]));
});

it.each<[string, () => Promise<unknown>]>([
  ["createOrExtendTracker", () => excelActions.createOrExtendTracker(importedTasks(12), 2026)],
  ["runCheck", () => excelActions.runCheck()],
  ["applyFixes (the same findings)", () => excelActions.applyFixes(findings)],
  ["refreshSummary", () => excelActions.refreshSummary()],
  ["writeSettings", () => excelActions.writeSettings({ reportDate: "2026-06-15", windowDays: 10 })],
])("%s a second time changes nothing", async (_, command) => {
  const user = host().sheet("Ghi chú").formulas();
  await command();
  const once = snapshot(host());
  await command();
  expect(snapshot(host())).toEqual(once);
  expect(host().sheet("Ghi chú").formulas()).toEqual(user);
});
