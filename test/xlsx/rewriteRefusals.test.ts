// Merge and snapshot rewrite the whole tracker with ExcelJS, as a rebuild does: a name scoped to one
// sheet, a formula name or a rule kept in Excel's extension would vanish. Both refuse, naming it,
// and leave the file byte for byte as it was.
import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import type { RawRow } from "../../src/core/types";
import { mergeReturnFiles } from "../../src/xlsx/mergeReturns";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { snapshotTracker } from "../../src/xlsx/snapshotTracker";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const task = (id: string): RawRow => ({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", due: "2026-12-31", status: "Đang thực hiện" });

async function withNames(path: string, names: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const edited = xml.includes("</definedNames>") ? xml.replace("</definedNames>", `${names}</definedNames>`) : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
  zip.file("xl/workbook.xml", edited);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

describe("merge and snapshot refuse what rewriting the tracker would lose", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it.each([
    ["a name scoped to one sheet", `<definedName name="Moc" localSheetId="0">'Hướng dẫn'!$A$1</definedName>`, /tên "Moc" \(='Hướng dẫn'!\$A\$1\): tên \(Name\) chỉ dùng trong một trang/],
    ["a name holding a formula", `<definedName name="TongNV">COUNTA('Nhiệm vụ'!$A$2:$A$3)</definedName>`, /tên "TongNV" .*: tên \(Name\) là một công thức/],
  ])("%s", async (_, names, message) => {
    const path = tmp.path(`so-${names.length}.xlsx`);
    await writeTracker([task("NV01"), task("NV02")], path, { today: TODAY });
    await withNames(path, names);
    const bytes = readFileSync(path);

    const merged = mergeReturnFiles(path, [tmp.path("khong-co.xlsx")], { today: TODAY });
    await expect(merged).rejects.toThrow(message);
    await expect(mergeReturnFiles(path, [tmp.path("khong-co.xlsx")], { today: TODAY })).rejects.toThrow(/Cách làm: .*Quản lý tên/);
    const snapshot = snapshotTracker(path, { asOf: "2026-06-30", today: TODAY, summarise: () => { throw new Error("not reached"); } });
    await expect(snapshot).rejects.toThrow(message);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
