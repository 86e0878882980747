// Every command finishes in at most 5 sync() calls, at 10 rows as at 10,000. Only the 5 MB request cap
// may add requests: each extra one must hold a chunk that could not have joined its neighbour.
import { excelActions } from "../../src/excel";
import { REQUEST_BUDGET } from "../../src/excel/payload";
import type { LocatedFinding } from "../../src/core/types";
import type { SyncRecord } from "../fakes/excel";
import { importedTasks } from "./factories";
import { useFakeExcel } from "./fakeExcel";

const host = useFakeExcel();
const table: Record<string, Record<number, string>> = {};

afterAll(() => {
  const lines = Object.entries(table).map(([command, counts]) => `${command.padEnd(27)} ${String(counts[10] ?? "").padEnd(34)} ${counts[10_000] ?? ""}`);
  console.log(["sync() calls: total = without chunking + chunks past the 5 MB cap (MB sent ↑, received ↓)", `${"command".padEnd(27)} ${"10 rows".padEnd(34)} 10,000 rows`, ...lines].join("\n"));
});

/** Requests that change the workbook and follow one another: the chunks of one write. */
function extraChunks(syncs: SyncRecord[]): number {
  let extra = 0;
  for (let i = 1; i < syncs.length; i++) {
    const [a, b] = [syncs[i - 1], syncs[i]];
    if (a.changes === 0 || b.changes === 0) continue;
    // A chunk that would have fitted with the previous one is an unnecessary request.
    expect(a.requestBytes + b.requestBytes).toBeGreaterThan(REQUEST_BUDGET);
    extra++;
  }
  return extra;
}

/**
 * Returns the number of sync() calls, chunks included. `lastApart`: the last request follows the writes on
 * purpose (Xếp loại's pivots read the table once calculation resumes), so it is no chunk.
 */
async function measure(rows: number, command: string, action: () => Promise<unknown>, lastApart = false): Promise<number> {
  const h = host();
  const before = h.syncs.length;
  await action();
  const syncs = h.syncs.slice(before);
  const chunks = extraChunks(lastApart ? syncs.slice(0, -1) : syncs);
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(2);
  const sent = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
  const read = syncs.reduce((sum, s) => sum + s.responseBytes, 0);
  (table[command] ??= {})[rows] = `${syncs.length} = ${syncs.length - chunks} + ${chunks} (↑${mb(sent)} ↓${mb(read)})`;
  expect(syncs.length - chunks).toBeLessThanOrEqual(5);
  expect(syncs.every((s) => !s.failed)).toBe(true);
  return syncs.length;
}

describe.each([10, 10_000])("with %i rows", (rows) => {
  it("every command stays within 5 syncs", async () => {
    // Ma trận gives way to per-unit counts past its limit, so even 10,000 rows fit in 5 requests, chunks included.
    expect(await measure(rows, "createOrExtendTracker new", () => excelActions.createOrExtendTracker(importedTasks(rows), 2026))).toBeLessThanOrEqual(5);
    await measure(rows, "createOrExtendTracker +10", () => excelActions.createOrExtendTracker(importedTasks(10, rows), 2026));
    await measure(rows, "createOrExtendTracker again", () => excelActions.createOrExtendTracker(importedTasks(rows + 10), 2026));
    // Xếp loại rewrites Phân công's table in place (rows added to it here) and rebuilds the pivots.
    await measure(rows, "refreshRatings", () => excelActions.refreshRatings!(), true);
    // A text date on every 10th row: rows/10 findings with a fix.
    const sheet = host().sheet("Nhiệm vụ");
    for (let i = 0; i < rows; i += 10) sheet.type(`K${i + 2}`, [["'30/6/2026"]]);
    let findings: LocatedFinding[] = [];
    await measure(rows, "runCheck", async () => {
      findings = await excelActions.runCheck();
    });
    const fixes = findings.filter((f) => f.rule === "due-text");
    expect(fixes).toHaveLength(rows / 10);
    await measure(rows, "applyFixes", () => excelActions.applyFixes(fixes));
    expect(sheet.values("K2")[0][0]).toBe(46203);
    await measure(rows, "readTracking", () => excelActions.readTracking());
    await measure(rows, "refreshSummary", () => excelActions.refreshSummary());
    await measure(rows, "readCatalog", () => excelActions.readCatalog());
    await measure(rows, "readSettings", () => excelActions.readSettings());
    await measure(rows, "writeSettings", () => excelActions.writeSettings({ reportDate: "2026-06-30", windowDays: 7 }));
    await measure(rows, "selectCell", () => excelActions.selectCell("Nhiệm vụ", `A${rows + 1}`));
    await measure(rows, "readActiveSheet", () => excelActions.readActiveSheet());
  }, 300_000);
});
