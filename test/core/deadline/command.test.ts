import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { deadlineLine, formatDeadlines, inputLines, planYearOption, run } from "../../../src/cli/commands/deadline";
import { UsageError } from "../../../src/cli/format/args";

const ROOT = join(__dirname, "../../..");

function capture(): { out: () => string; err: () => string; restore: () => void } {
  let out = "";
  let err = "";
  const o = jest.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  return { out: () => out, err: () => err, restore: () => (o.mockRestore(), e.mockRestore()) };
}

describe("tracker deadline: formatting", () => {
  it("prints the phrase as given and the reading, in a fixed key order", () => {
    expect(deadlineLine("Quý IV/ 2026 ")).toBe(
      '{"text":"Quý IV/ 2026 ","due":"2026-12-31","from":null,"recurring":false,"kind":"period","condition":null}',
    );
  });

  it("uses the plan year for phrases that need one", () => {
    expect(JSON.parse(deadlineLine("Hằng năm", 2026))).toMatchObject({ due: "2026-12-31", recurring: true, kind: "yearly" });
    expect(JSON.parse(deadlineLine("Tháng 9"))).toMatchObject({ due: null, kind: "needsYear" });
  });

  it.each([
    ["a\nb\n", ["a", "b"]],
    ["a\r\n\r\nb", ["a", "", "b"]],
    ["\n", [""]],
    ["", []],
    ["a\n\n", ["a", ""]],
  ])("keeps one phrase per input line, blank lines included: %j", (input, lines) => {
    expect(inputLines(input)).toEqual(lines);
  });

  it("answers every line in order, a blank line with kind empty", () => {
    const out = formatDeadlines(["Năm 2021", "", "sớm"]).split("\n");
    expect(out.pop()).toBe("");
    expect(out.map((l) => JSON.parse(l).kind)).toEqual(["period", "empty", "vague"]);
  });

  it.each(["20x6", "26", "0999", "2300"])("refuses --year %s with a Vietnamese message", (value) => {
    expect(() => planYearOption(value)).toThrow(UsageError);
    expect(() => planYearOption(value)).toThrow(/Năm/);
  });

  it("accepts a four-digit plan year or none", () => {
    expect(planYearOption("2026")).toBe(2026);
    expect(planYearOption(undefined)).toBeUndefined();
  });
});

describe("tracker deadline: run", () => {
  it("prints one JSON line per phrase argument and exits 0", async () => {
    const io = capture();
    try {
      expect(await run(["--year", "2026", "Tháng 9", "Giai đoạn 2021-2025"])).toBe(0);
    } finally {
      io.restore();
    }
    const lines = io.out().trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { text: "Tháng 9", due: "2026-09-30", from: null, recurring: false, kind: "period", condition: null },
      { text: "Giai đoạn 2021-2025", due: "2025-12-31", from: "2021-01-01", recurring: false, kind: "range", condition: null },
    ]);
    expect(io.err()).toBe("");
  });

  it("exits 2 with nothing on stdout when --year is bad", async () => {
    const io = capture();
    try {
      expect(await run(["--year=abcd", "Quý I/2021"])).toBe(2);
    } finally {
      io.restore();
    }
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/không hợp lệ/);
  });

  it("reads standard input end to end through the tracker entry point", () => {
    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const result = spawnSync(tsx, ["src/cli/main.ts", "deadline", "--year", "2026"], {
      cwd: ROOT,
      input: "Quý I/2021\n\nHàng năm\n",
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.text, l.due, l.kind])).toEqual([
      ["Quý I/2021", "2021-03-31", "period"],
      ["", null, "empty"],
      ["Hàng năm", "2026-12-31", "yearly"],
    ]);
  });
});
