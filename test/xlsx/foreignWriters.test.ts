// Returned workbooks are read whatever saved them. Other writers lay the package out as the standard
// allows but not as Excel does: openpyxl targets every part by absolute path, other tools name parts
// freely. Each case rewrites a tracker's zip the way such a writer does and reads it back.
import { readFileSync, writeFileSync } from "node:fs";
import { posix } from "node:path";
import JSZip from "jszip";
import type { RawRow } from "../../src/core/types";
import { loadWorkbookBytes } from "../../src/xlsx/read/loadBytes";
import { readablePackage } from "../../src/xlsx/read/package/readablePackage";
import { readTrackerFile, TrackerReadError, type TrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const ROWS: RawRow[] = [
  { id: "NV01", title: "Xây dựng kế hoạch kiểm tra", lead: "Thanh tra Sở", deadlineText: "Tháng 9/2026", due: "2026-09-30" },
  { id: "NV02", title: "Báo cáo tổng kết năm", lead: "Văn phòng Sở", deadlineText: "Năm 2026", due: "2026-12-31", status: "Đang thực hiện", progress: 40 },
  { id: "NV03", title: "Kiểm tra an toàn thực phẩm & dịch bệnh", lead: "Phòng Nghiệp vụ Y", deadlineText: "Quý II/2026", due: "2026-06-30" },
];

type Rewrite = (zip: JSZip) => Promise<void>;

const tmp = tempDir();
let original: string;
let expected: TrackerFile;

beforeAll(async () => {
  original = tmp.path("goc.xlsx");
  await writeTracker(ROWS, original, { today: "2026-07-01", reportDate: "2026-06-30" });
  expected = await readTrackerFile(original);
});
afterAll(() => tmp.remove());

async function rewritten(name: string, rewrite: Rewrite): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(original));
  await rewrite(zip);
  const path = tmp.path(name);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return path;
}

function relsFiles(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((name) => name.endsWith(".rels"));
}

/** The part a .rels file describes: "" for the package itself. */
function sourceOf(rels: string): string {
  return rels.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
}

/** What openpyxl does: every internal target absolute ("/xl/worksheets/sheet1.xml"). */
async function absoluteTargets(zip: JSZip): Promise<void> {
  for (const rels of relsFiles(zip)) {
    const folder = posix.dirname(sourceOf(rels));
    const xml = await zip.file(rels)!.async("string");
    zip.file(
      rels,
      xml.replace(/<Relationship\b[^>]*>/g, (element) =>
        /TargetMode="External"/.test(element)
          ? element
          : element.replace(/Target="([^"]*)"/, (_all, target: string) => `Target="/${posix.join(folder, target)}"`),
      ),
    );
  }
}

/** Moves a part under another name, as tools that name parts themselves store it; targets must be absolute. */
async function renamePart(zip: JSZip, from: string, to: string): Promise<void> {
  const move = async (a: string, b: string) => {
    const file = zip.file(a);
    if (!file) return;
    zip.file(b, await file.async("uint8array"));
    zip.remove(a);
  };
  await move(from, to);
  await move(posix.join(posix.dirname(from), "_rels", `${posix.basename(from)}.rels`), posix.join(posix.dirname(to), "_rels", `${posix.basename(to)}.rels`));
  for (const rels of relsFiles(zip)) {
    const xml = await zip.file(rels)!.async("string");
    zip.file(rels, xml.split(`Target="/${from}"`).join(`Target="/${to}"`));
  }
}

/** What writers on the Open XML SDK do: SpreadsheetML bound to a prefix (<x:worksheet xmlns:x="...">). */
async function prefixedElements(zip: JSZip): Promise<void> {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/.*\.xml$/.test(n) && !n.includes("theme"))) {
    const xml = await zip.file(name)!.async("string");
    if (!xml.includes(`xmlns="${main}"`)) continue;
    zip.file(
      name,
      xml.replace(/<(\/?)([a-zA-Z]\w*)(?=[\s>/])/g, "<$1x:$2").replace(`xmlns="${main}"`, `xmlns:x="${main}"`),
    );
  }
}

/** The worksheet part holding the task table (the one with a table part). */
async function taskSheetPart(zip: JSZip): Promise<string> {
  const rels = relsFiles(zip).find((name) => name.startsWith("xl/worksheets/_rels/"))!;
  return sourceOf(rels);
}

function expectSameTracker(actual: TrackerFile): void {
  expect(actual.sheet).toBe(expected.sheet);
  expect(actual.rows).toEqual(expected.rows);
  expect(actual.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03"]);
  expect(actual.extras).toEqual(expected.extras);
  expect(actual.settings).toEqual(expected.settings);
  expect(actual.catalog).toEqual(expected.catalog);
  expect(actual.findings).toEqual(expected.findings);
}

describe("a tracker saved by another writer reads the same rows, settings and catalog", () => {
  it.each<[string, Rewrite]>([
    ["openpyxl: absolute targets in every relationship, docProps included", absoluteTargets],
    [
      "parts under names of the writer's own: the task sheet, its table, the workbook and shared strings",
      async (zip) => {
        await absoluteTargets(zip);
        const sheet = await taskSheetPart(zip);
        await renamePart(zip, "xl/tables/table1.xml", "xl/tables/BangNhiemVu.xml");
        await renamePart(zip, sheet, "xl/worksheets/sheet.xml");
        await renamePart(zip, "xl/sharedStrings.xml", "xl/SharedStrings.xml");
        await renamePart(zip, "xl/workbook.xml", "xl/Workbook.xml");
      },
    ],
    ["the Open XML SDK: SpreadsheetML elements under an x: prefix", prefixedElements],
    [
      "targets written with ./ and a folder climbed down and up again",
      async (zip) => {
        const xml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
        zip.file("xl/_rels/workbook.xml.rels", xml.replace(/Target="worksheets\//g, 'Target="./worksheets/../worksheets/'));
      },
    ],
  ])("%s", async (_label, rewrite) => {
    const path = await rewritten(`${_label.slice(0, 8).replace(/\W/g, "")}.xlsx`, rewrite);
    expectSameTracker(await readTrackerFile(path));
  });
});

describe("loading workbook bytes", () => {
  it("passes a file ExcelJS already reads through untouched", async () => {
    expect(await readablePackage(readFileSync(original))).toBeNull();
  });

  it("reads an ArrayBuffer as the task pane's file input gives it", async () => {
    const bytes = readFileSync(await rewritten("mang.xlsx", absoluteTargets));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const workbook = await loadWorkbookBytes(buffer, "mang.xlsx");
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain(expected.sheet);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "empty"],
    ["a text file", new TextEncoder().encode("Mã NV;Nội dung\n"), "notXlsx"],
    ["a cut-off zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "corrupt"],
  ])("refuses %s with the file's name in the message", async (_label, bytes, kind) => {
    const error = await loadWorkbookBytes(bytes, "tra-ve.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackerReadError);
    expect((error as TrackerReadError).kind).toBe(kind);
    expect((error as TrackerReadError).message).toContain("tra-ve.xlsx");
  });
});
