// The pane's long lists and its fallback for old hosts: what a user of a big tracker or of Excel 2016 meets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { runInNewContext } from "node:vm";
import { OLD_HOST_TEXT } from "../../src/core/strings/pane";
import type { TrackedRow, TrackerActions } from "../../src/excel/actions";
import { withRevisions } from "../../src/taskpane/components/revisions";
import { firstRows, tasksByUnit } from "../../src/taskpane/logic/tasksByUnit";

const SCRIPT = readFileSync(join(__dirname, "..", "..", "src", "fallback", "oldHost.js"), "utf8");

function row(i: number, lead: string): TrackedRow {
  return { id: `NV${i}`, title: `Nhiệm vụ ${i}`, lead, due: "2026-06-01", state: "overdue", daysLate: 1000 - i, sheet: "Nhiệm vụ", cell: `A${i + 2}` };
}

describe("the inline fallback of every page", () => {
  it("is ES5 that Internet Explorer 11 can parse: no let, const, arrows, classes or template strings", () => {
    expect(() => parse(SCRIPT, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  it("on the ribbon's page defines runCheck and refreshSummary as globals, which hand over to the bundle once it runs", () => {
    const calls: string[] = [];
    const window: Record<string, unknown> = { TDNV_OLD_HOST: OLD_HOST_TEXT };
    const document = { documentElement: { getAttribute: () => "commands" } };
    runInNewContext(SCRIPT, { window, document, navigator: { userAgent: "" }, location: { href: "https://x/commands.html" } });
    expect(typeof window.runCheck).toBe("function");
    expect(typeof window.refreshSummary).toBe("function");
    window.TDNV_COMMANDS = { runCheck: () => calls.push("bundle runCheck") };
    (window.runCheck as (event: object) => void)({});
    expect(calls).toEqual(["bundle runCheck"]);
  });
});

describe("long lists", () => {
  it("Theo dõi hạn draws the first rows of 5,000 and says how many are left", () => {
    const units = tasksByUnit(
      Array.from({ length: 5000 }, (_, i) => row(i, i % 2 ? "Văn phòng Sở" : "Thanh tra Sở")),
      "overdue",
    );
    const first = firstRows(units, 50);
    expect(first.units.reduce((n, u) => n + u.rows.length, 0)).toBe(50);
    expect(first.hidden).toBe(4950);
    expect(first.units[0].rows[0].id).toBe(units[0].rows[0].id);
    expect(firstRows(units, 10_000).hidden).toBe(0);
  });

  it("counts a revision after each command that changes the table, failed or not, and not after reads", async () => {
    let revisions = 0;
    const actions = {
      readTracking: async () => ({}),
      writeSettings: async () => undefined,
      applyFixes: async () => {
        throw new Error("Excel đang bận");
      },
    } as unknown as TrackerActions;
    const tracked = withRevisions(actions, () => revisions++);
    await tracked.readTracking();
    expect(revisions).toBe(0);
    await tracked.writeSettings({ reportDate: null, windowDays: 7 });
    await expect(tracked.applyFixes([])).rejects.toThrow("Excel đang bận");
    expect(revisions).toBe(2);
  });
});
