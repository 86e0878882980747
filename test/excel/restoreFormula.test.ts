// A unit typed "Hoàn thành đúng hạn" over a Đánh giá formula: Kiểm tra finds it at its cell, and Sửa
// puts the formula back, so the emailed copy computes again.
import { excelActions } from "../../src/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();

it("Sửa restores the Đánh giá formula a user typed over", async () => {
  await excelActions.createOrExtendTracker(importedTasks(5), 2026);
  const formula = host().sheet("Nhiệm vụ").formulas("R3")[0][0];
  expect(String(formula)).toMatch(/^=/);
  host().sheet("Nhiệm vụ").type("R3", [["Hoàn thành đúng hạn"]]);

  const findings = await excelActions.runCheck();
  const typedOver = findings.filter((f) => f.rule === "derived-not-formula");
  expect(typedOver.map((f) => f.cell)).toEqual(["R3"]);
  expect(typedOver[0].fix).not.toBeNull();

  expect(await excelActions.applyFixes(typedOver)).toBe(1);
  expect(String(host().sheet("Nhiệm vụ").formulas("R3")[0][0])).toMatch(/^=IF\(/);
  expect((await excelActions.runCheck()).filter((f) => f.rule === "derived-not-formula")).toEqual([]);
});
