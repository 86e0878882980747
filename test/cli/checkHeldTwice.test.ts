// `check` on a tracker holding a monthly obligation per occurrence and, beside them, its old one-row
// version (kept after switching, or pasted back): the old row's Nội dung cell gets the warning.
import { run as check } from "../../src/cli/commands/check";
import type { RawRow } from "../../src/core/types";
import { expandOccurrences } from "../../src/workbook/report/occurrences";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const OBLIGATION: RawRow = {
  id: "5",
  title: "Báo cáo tình hình dịch bệnh truyền nhiễm",
  lead: "Trung tâm Kiểm soát bệnh tật",
  deadlineText: "Trước ngày 15 hằng tháng",
  status: "Đang thực hiện",
  progress: 50,
};

interface Finding {
  cell: string;
  id: string;
  rule: string;
  severity: string;
  message: string;
}

describe("check: an obligation held as one row and per occurrence", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("lists one warning, at the old row's Nội dung cell, naming the occurrences 5.T01 … 5.T12", async () => {
    const file = tmp.path("ca-hai.xlsx");
    const perOccurrence = expandOccurrences([{ ...OBLIGATION, status: "Chưa thực hiện", progress: null }], 2026);
    await writeTracker([...perOccurrence, OBLIGATION], file, { today: TODAY, reportDate: TODAY });

    const result = await runCommand(check, [file, "--json"]);
    const findings = JSON.parse(result.stdout) as Finding[];
    const twice = findings.filter((f) => f.rule === "obligation-held-twice");
    const tracker = await readTrackerFile(file);
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatchObject({ id: "5", severity: "warning", cell: `${tracker.columnOf("title")}${tracker.rowNumbers[12]}` });
    expect(twice[0].message).toContain("5.T01 … 5.T12");
    expect(findings.filter((f) => f.id.startsWith("5.T")).map((f) => f.rule)).not.toContain("title-duplicate");
  });
});
