import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { DirectiveInputError, readDirectiveInput } from "../../../src/cli/readInputFile";

const ROOT = join(__dirname, "../../..");
const CASE = join(ROOT, "test/cases/import/list-basic");

function tracker(...args: string[]) {
  return spawnSync("npx", ["tsx", "src/cli/main.ts", "import", ...args], { cwd: ROOT, encoding: "utf8" });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "import-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("tracker import", () => {
  test("prints the tasks of a directive as JSON on stdout, and nothing else there", () => {
    const run = tracker(join(CASE, "input.txt"), "--year", "2026");
    expect(run.status).toBe(0);
    const expected = JSON.parse(readFileSync(join(CASE, "expected.json"), "utf8"));
    expect(JSON.parse(run.stdout)).toEqual(expected.tasks);
    expect(Object.keys(JSON.parse(run.stdout)[0])).toEqual([
      "id", "section", "title", "product", "lead", "partners", "deadlineText", "due", "from", "recurring", "warnings",
    ]);
  }, 60_000);

  test("a missing file exits 2 with a Vietnamese message on stderr", () => {
    const run = tracker(join(dir, "khong-co.txt"));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/Không tìm thấy tệp/);
  }, 60_000);
});

describe("reading a directive file", () => {
  test("an .xlsx: first sheet, rich text joined, dates kept, merged cells only in their first cell", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Nhiệm vụ");
    workbook.addWorksheet("Khác").getCell("A1").value = "bỏ qua";
    sheet.addRow(["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]);
    sheet.addRow([1, { richText: [{ text: "Kế hoạch " }, { font: { bold: true }, text: "tiêm chủng" }] }, "Nghiệp vụ Y", new Date(Date.UTC(2026, 5, 30))]);
    sheet.addRow([2, "Báo cáo", null, { formula: "\"Quý \"&\"I/2026\"", result: "Quý I/2026" }]);
    sheet.mergeCells("C2:C3");
    const path = join(dir, "bang.xlsx");
    await workbook.xlsx.writeFile(path);

    const input = await readDirectiveInput(path);
    expect(input).toEqual({
      kind: "cells",
      cells: [
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
        [1, "Kế hoạch tiêm chủng", "Nghiệp vụ Y", new Date(Date.UTC(2026, 5, 30))],
        [2, "Báo cáo", null, "Quý I/2026"],
      ],
    });
  });

  test("a .csv with a byte order mark, semicolons and quoted line breaks", async () => {
    const path = join(dir, "bang.csv");
    writeFileSync(path, '\ufeffSTT;Nội dung;Chủ trì\n1;"Dòng một\nDòng hai";VP Sở\n');
    expect(await readDirectiveInput(path)).toEqual({
      kind: "cells",
      cells: [["STT", "Nội dung", "Chủ trì"], ["1", "Dòng một\nDòng hai", "VP Sở"]],
    });
  });

  test("a .txt saved as UTF-16 by Notepad", async () => {
    const path = join(dir, "vanban.txt");
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Kế hoạch", "utf16le")]));
    expect(await readDirectiveInput(path)).toEqual({ kind: "text", text: "Kế hoạch" });
  });

  test.each([
    ["a text file named .xlsx", "hong.xlsx", "không phải zip", /không phải tệp Excel \.xlsx/],
    ["a wrong extension", "vanban.docx", "x", /Không hỗ trợ loại tệp/],
  ])("%s is refused with a Vietnamese message", async (_, name, content, message) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    await expect(readDirectiveInput(path)).rejects.toThrow(DirectiveInputError);
    await expect(readDirectiveInput(path)).rejects.toThrow(message);
  });
});
