// One real process: `tsx src/cli/main.ts check` dispatches, prints and sets the exit code.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run as build } from "../../src/cli/commands/build";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

const ROOT = join(__dirname, "..", "..");
jest.setTimeout(60_000);

describe("tracker as a process", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("exits 1 and lists the error when a tracker has two rows with the same Mã NV", async () => {
    const input = tmp.path("trung-ma.json");
    const out = tmp.path("trung-ma.xlsx");
    const task = { id: "NV01", title: "Xây dựng kế hoạch kiểm tra", lead: "Thanh tra Sở", deadlineText: "Tháng 9/2026", due: "2026-09-30" };
    writeFileSync(input, JSON.stringify([task, { ...task, title: "Tổng kết công tác thanh tra" }]));
    expect((await runCommand(build, [input, "--out", out])).code).toBe(0);

    const child = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "src/cli/main.ts"), "check", out], {
      cwd: ROOT,
      encoding: "utf8",
    });

    expect(child.status).toBe(1);
    expect(child.stdout).toContain("Lỗi Nhiệm vụ!A3 (NV01, Mã NV)");
  });

  it("exits 2 with a Vietnamese message on stderr, no stack trace, for a damaged file and an unknown command", () => {
    const damaged = tmp.path("hong.xlsx");
    writeFileSync(damaged, Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(100, 3)]));
    for (const args of [["summary", damaged, "--json"], ["lam-gi-do"]]) {
      const child = spawnSync(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "src/cli/main.ts"), ...args], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(child.status).toBe(2);
      expect(child.stdout).toBe("");
      expect(child.stderr).toMatch(/bị hỏng|Cách dùng/);
      expect(child.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
