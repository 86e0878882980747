// `tracker remind` on a tracker built from the sample plan, after units reported progress: the JSON
// contract, the text, and the .eml drafts a planner sends.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { run as build } from "../../src/cli/commands/build";
import { run as remind } from "../../src/cli/commands/remind";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { TASK_HEADERS } from "../../src/core/strings/vi";
import type { TaskField } from "../../src/core/types";
import { tempDir } from "../xlsx/sheetFixtures";
import { runCommand } from "./runCommand";

jest.setTimeout(60_000);

const SAMPLE = join(__dirname, "..", "..", "samples", "ke-hoach-mau-2026.txt");
const KHTC = "Phòng Kế hoạch - Tài chính";
const TCCB = "Phòng Tổ chức cán bộ";
const CDC = "Trung tâm Kiểm soát bệnh tật";
const VP = "Văn phòng Sở";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** As units would report by 30/06/2026: one done, one extended, one finished only in July; e-mails in Danh mục. */
async function reportProgress(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const tasks = workbook.getWorksheet("Nhiệm vụ") as ExcelJS.Worksheet;
  const header = tasks.getRow(1).values as unknown[];
  const col = (field: TaskField) => header.indexOf(TASK_HEADERS[field]);
  const rowOf = (id: string) => {
    for (let r = 2; r <= tasks.rowCount; r++) if (String(tasks.getCell(r, col("id")).value) === id) return tasks.getRow(r);
    throw new Error(`no task ${id}`);
  };
  const done = (id: string, date: string) => {
    const row = rowOf(id);
    row.getCell(col("status")).value = "Hoàn thành";
    row.getCell(col("progress")).value = 100;
    row.getCell(col("doneDate")).value = utc(date);
  };
  done("1", "2026-03-20"); // Văn phòng Sở's only late task, done on time
  rowOf("2").getCell(col("extendedDue")).value = utc("2026-07-05"); // Phòng TCCB's, extended
  done("12", "2026-07-10"); // CDC's, finished after the report date

  const catalog = workbook.getWorksheet("Danh mục") as ExcelJS.Worksheet;
  const emails: Record<string, string> = { [KHTC]: "khtc@syt.example.vn", [VP]: "vanphong@syt.example.vn", [CDC]: "cdc@syt.example.vn; bgd.cdc@syt.example.vn" };
  for (let r = 3; r <= catalog.rowCount; r++) {
    const email = emails[String(catalog.getCell(r, 2).value)];
    if (email) catalog.getCell(r, 5).value = email;
  }
  await workbook.xlsx.writeFile(file);
}

interface Reminder {
  unit: string;
  email: string;
  overdue: { id: string; title: string; due: string; daysLate: number }[];
  dueSoon: { id: string; title: string; due: string; daysLeft: number }[];
}

function parseEml(text: string): { headers: Map<string, string>; body: string } {
  const split = text.indexOf("\r\n\r\n");
  const headers = new Map<string, string>();
  for (const line of text.slice(0, split).replace(/\r\n[ \t]/g, " ").split("\r\n")) {
    headers.set(line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim());
  }
  return { headers, body: Buffer.from(text.slice(split + 4).replace(/\r\n/g, ""), "base64").toString("utf8") };
}

const decodeWords = (value: string) =>
  value.replace(/\?=\s+=\?/g, "?==?").replace(/=\?UTF-8\?B\?([^?]*)\?=/g, (_m, b64: string) => Buffer.from(b64, "base64").toString("utf8"));

describe("tracker remind", () => {
  const tmp = tempDir();
  const tracker = tmp.path("so-theo-doi.xlsx");
  afterAll(() => tmp.remove());

  beforeAll(async () => {
    const built = await runCommand(build, [SAMPLE, "--year", "2026", "--as-of", "2026-06-30", "--out", tracker]);
    expect(built.code).toBe(0);
    await reportProgress(tracker);
  });

  it("--json lists, per unit in Vietnamese order, what is overdue and due soon as of the report date", async () => {
    const result = await runCommand(remind, [tracker, "--json"]);
    expect(result.code).toBe(0);
    const reminders = JSON.parse(result.stdout) as Reminder[];
    for (const r of reminders) {
      expect(Object.keys(r)).toEqual(["unit", "email", "overdue", "dueSoon"]);
      for (const t of r.overdue) expect(Object.keys(t)).toEqual(["id", "title", "due", "daysLate"]);
      for (const t of r.dueSoon) expect(Object.keys(t)).toEqual(["id", "title", "due", "daysLeft"]);
    }
    const units = reminders.map((r) => r.unit);
    expect(units).toEqual([...units].sort((a, b) => a.localeCompare(b, "vi")));
    const of = (unit: string) => reminders.find((r) => r.unit === unit);

    // Done on time: nothing left to remind Văn phòng Sở of.
    expect(of(VP)).toBeUndefined();
    expect(of(KHTC)).toEqual({
      unit: KHTC,
      email: "khtc@syt.example.vn",
      overdue: [{ id: "5", title: "Xây dựng kế hoạch đầu tư công trung hạn giai đoạn 2026-2030 của ngành y tế", due: "2026-04-30", daysLate: 61 }],
      dueSoon: [],
    });
    // The extension replaces the deadline: no longer overdue, due in 5 days.
    expect(of(TCCB)).toMatchObject({ email: "", overdue: [], dueSoon: [{ id: "2", due: "2026-07-05", daysLeft: 5 }] });
    // Finished on 10/7: on 30/6 it was still 150 days late.
    expect(of(CDC)).toMatchObject({ email: "cdc@syt.example.vn; bgd.cdc@syt.example.vn", overdue: [{ id: "12", due: "2026-01-31", daysLate: 150 }] });
  });

  it("--as-of judges another day: a month later the extension has run out and CDC's task is done", async () => {
    const reminders = JSON.parse((await runCommand(remind, [tracker, "--as-of", "2026-07-31", "--json"])).stdout) as Reminder[];
    const of = (unit: string) => reminders.find((r) => r.unit === unit);
    expect(of(TCCB)?.overdue).toEqual([expect.objectContaining({ id: "2", due: "2026-07-05", daysLate: 26 })]);
    expect(of(KHTC)?.overdue[0].daysLate).toBe(92);
    expect(of(CDC)).toBeUndefined();
  });

  it("prints each unit's reminder as text to copy, with dd/mm/yyyy dates", async () => {
    const result = await runCommand(remind, [tracker]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Kính gửi: ${KHTC}`);
    expect(result.stdout).toContain("(hạn 30/04/2026, quá hạn 61 ngày)");
    expect(result.stdout).toContain("(hạn 05/07/2026, còn 5 ngày)");
    expect(result.stdout).toContain("30/06/2026");
    expect(result.stdout).not.toContain(`Kính gửi: ${VP}`);
  });

  it("--out writes one .eml draft per unit, ASCII-named, opening as a new message with the reminder", async () => {
    const dir = tmp.path("thu-nhac");
    const result = await runCommand(remind, [tracker, "--out", dir, "--json"]);
    expect(result.code).toBe(0);
    const reminders = JSON.parse(result.stdout) as Reminder[];
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(reminders.length);
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9-]+\.eml$/);
    expect(files).toContain("Phong-Ke-hoach-Tai-chinh.eml");

    const eml = parseEml(readFileSync(join(dir, "Phong-Ke-hoach-Tai-chinh.eml"), "latin1"));
    expect(eml.headers.get("x-unsent")).toBe("1");
    expect(eml.headers.get("to")).toBe("khtc@syt.example.vn");
    expect(decodeWords(eml.headers.get("subject") as string)).toBe("Nhắc việc: 1 nhiệm vụ quá hạn");
    expect(eml.body).toContain(`Kính gửi: ${KHTC}`);
    expect(eml.body).toContain("quá hạn 61 ngày");

    const cdc = parseEml(readFileSync(join(dir, "Trung-tam-Kiem-soat-benh-tat.eml"), "latin1"));
    expect(cdc.headers.get("to")).toBe("cdc@syt.example.vn, bgd.cdc@syt.example.vn");
    const tccb = parseEml(readFileSync(join(dir, "Phong-To-chuc-can-bo.eml"), "latin1"));
    expect(tccb.headers.get("to")).toBe("");
    expect(result.stderr).toContain(`Đã ghi ${files.length} thư nháp`);
  });

  it("--attach attaches each unit's own workbook, holding the tasks it leads", async () => {
    const dir = tmp.path("thu-kem-so");
    const result = await runCommand(remind, [tracker, "--out", dir, "--attach"]);
    expect(result.code).toBe(0);
    const raw = readFileSync(join(dir, "Phong-Ke-hoach-Tai-chinh.eml"), "latin1");
    const message = parseEml(raw);
    expect(message.headers.get("x-unsent")).toBe("1");
    const boundary = /boundary="([^"]+)"/.exec(message.headers.get("content-type") as string)?.[1] as string;
    const [text, file] = raw.split(`--${boundary}`).slice(1, 3).map((p) => parseEml(p.replace(/^\r\n/, "")));
    expect(text.body).toContain("quá hạn 61 ngày");
    const pieces = [...(file.headers.get("content-disposition") as string).matchAll(/filename\*(?:\d+\*)?=([^;\s]+)/g)].map((m) => m[1]);
    expect(decodeURIComponent(pieces.join("").replace(/^UTF-8''/, ""))).toBe(`Sổ theo dõi - ${KHTC}.xlsx`);

    const xlsx = tmp.path("kem-theo.xlsx");
    const fileRaw = raw.split(`--${boundary}`)[2];
    writeFileSync(xlsx, Buffer.from(fileRaw.slice(fileRaw.indexOf("\r\n\r\n") + 4).replace(/\r\n/g, ""), "base64"));
    const copy = await readTrackerFile(xlsx);
    const leads = new Set(copy.rows.map((r) => r.lead));
    expect([...leads]).toEqual([KHTC]);
    expect(copy.rows.map((r) => String(r.id))).toEqual(expect.arrayContaining(["5", "6", "7"]));
  });

  it("refuses bad arguments and unreadable files with exit 2 and a Vietnamese message", async () => {
    const attachAlone = await runCommand(remind, [tracker, "--attach"]);
    expect(attachAlone.code).toBe(2);
    expect(attachAlone.stderr).toContain("--attach chỉ dùng cùng --out");

    const badDate = await runCommand(remind, [tracker, "--as-of", "30/06/2026"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("Cách dùng: tracker remind");

    const missing = await runCommand(remind, [tmp.path("khong-co.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Không tìm thấy tệp");

    const notAFolder = tmp.path("la-tep.txt");
    writeFileSync(notAFolder, "x");
    const outIsFile = await runCommand(remind, [tracker, "--out", notAFolder]);
    expect(outIsFile.code).toBe(2);
    expect(outIsFile.stderr).toContain("không phải thư mục");
    expect(existsSync(join(notAFolder, "Phong-Ke-hoach-Tai-chinh.eml"))).toBe(false);
  });
});
