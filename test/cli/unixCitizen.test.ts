// The command line among other programs: one writer at a time per tracker, no temporary file left
// behind on any way out, quiet when the reader of its output goes away, binary input refused.
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run as importCommand } from "../../src/cli/commands/import";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { withFileLock } from "../../src/xlsx/write/fileLock";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const TODAY = "2026-07-15";
const task = (id: string): RawRow => ({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", status: "Đang thực hiện" });
/** A process id no process has (above Linux's pid_max). */
const DEAD_PID = 99_999_999;

describe("writing a tracker", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("two builds to the same file at once: the second waits, and neither's task is lost", async () => {
    const out = tmp.path("chung.xlsx");
    await writeTracker([task("NV01")], out, { today: TODAY });
    await Promise.all([writeTracker([task("NV02")], out, { today: TODAY }), writeTracker([task("NV03")], out, { today: TODAY })]);
    expect((await readTrackerFile(out)).rows.map((r) => r.id).sort()).toEqual(["NV01", "NV02", "NV03"]);
    expect(readdirSync(tmp.dir).filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("a writer that does not finish in time is refused with a message, not overwritten", async () => {
    const out = tmp.path("ban.xlsx");
    let release!: () => void;
    const holding = withFileLock(out, () => new Promise<void>((resolve) => (release = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(withFileLock(out, async () => "second", 300)).rejects.toMatchObject({ code: "ELOCKED", message: expect.stringMatching(/một lệnh khác đang ghi tệp này/) });
    release();
    await holding;
    await expect(withFileLock(out, async () => "now", 300)).resolves.toBe("now");
  });

  it("a lock and temporary files left by a killed process are taken over and removed", async () => {
    const out = tmp.path("bi-ngat.xlsx");
    writeFileSync(tmp.path(".bi-ngat.xlsx.lock"), String(DEAD_PID));
    writeFileSync(tmp.path(`.bi-ngat.xlsx.${DEAD_PID}.tmp`), "nửa tệp");
    await writeTracker([task("NV01")], out, { today: TODAY });
    expect(readdirSync(tmp.dir).filter((n) => n.startsWith(".bi-ngat"))).toEqual([]);
    expect((await readTrackerFile(out)).rows).toHaveLength(1);
  });

  it("a process stopped by a signal while writing removes its temporary file", () => {
    const temp = tmp.path(".tin-hieu.xlsx.tmp");
    const script = `
      const { holdTemp } = require(${JSON.stringify(join(ROOT, "src/xlsx/write/tempFiles.ts"))});
      require("node:fs").writeFileSync(${JSON.stringify(temp)}, "x");
      holdTemp(${JSON.stringify(temp)});
      process.kill(process.pid, "SIGTERM");
      setTimeout(() => {}, 5000);`;
    const child = spawnSync(TSX, ["-e", script], { encoding: "utf8" });
    expect(child.status).toBe(143);
    expect(existsSync(temp)).toBe(false);
  });
});

describe("reading what others send", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("an .xls renamed .csv is refused at once as no text, never parsed", async () => {
    const file = tmp.path("bang.csv");
    copyFileSync(join(__dirname, "..", "xlsx", "fixtures", "excel-97-2003.xls"), file);
    const result = await runCommand(importCommand, [file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/không phải văn bản .* tệp nhị phân/);
    expect(result.stdout).toBe("");
  });

  it("a pasted =DATE(2026,1,1) in a deadline cell is that day, not the year 2026", async () => {
    const file = tmp.path("bang.tsv");
    writeFileSync(file, "Mã NV\tNội dung nhiệm vụ\tĐơn vị chủ trì\tThời hạn\n1\tBáo cáo tổng kết công tác y tế\tVăn phòng Sở\t=DATE(2026,1,1)\n");
    const result = await runCommand(importCommand, [file]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ due: "2026-01-01" });
  });
});

describe("output into a pipe", () => {
  it("stops quietly when the reader closes the pipe (| head)", async () => {
    const phrases = Array.from({ length: 20_000 }, (_, i) => `Quý ${(i % 4) + 1}/2026`);
    const child = spawn(TSX, [join(ROOT, "src/cli/main.ts"), "deadline", "--year", "2026", ...phrases], { cwd: ROOT });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once("data", () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });
});
