// `npm run demo` as a process, into a temporary folder: the sample directive imports, every progress
// entry of the sample finds its task, the tracker is built, checked without errors and summarised.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { tempDir } from "../xlsx/sheetFixtures";

const ROOT = join(__dirname, "..", "..");
jest.setTimeout(60_000);

describe("npm run demo", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("builds the sample tracker, says where it is, with no error and every progress entry placed", async () => {
    const child = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "src/cli/demo.ts"), tmp.dir], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    const file = join(tmp.dir, "so-theo-doi-mau-2026.xlsx");
    expect(existsSync(file)).toBe(true);
    expect(child.stdout).toContain(file);
    expect(child.stdout).toMatch(/Kiểm tra dữ liệu: 0 lỗi/);
    expect(child.stdout).toMatch(/\d+\/\d+ nhiệm vụ hoàn thành/);
    const tracker = await readTrackerFile(file);
    expect(tracker.rows.length).toBeGreaterThan(10);
    expect(tracker.settings.reportDate).toBe("2026-07-15");
  });
});
