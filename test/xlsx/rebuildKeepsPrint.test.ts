// A rebuild keeps how users set the tracker up beyond cells: their print setup and header/footer, text
// with a word in bold or colour, names pointing into the task table (moved with their column), data
// bars and icon sets; a filter saved on the table, which ExcelJS cannot write, is cleared with a notice
// and the rows it hid are shown; grouped rows stay grouped. What ExcelJS would lose (a conditional
// format over another sheet kept in Excel's extension, a name holding a formula, a link to a place in
// the workbook) is refused, naming it, and the file stays as it was.
import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const task = (id: string): RawRow => ({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", due: "2026-12-31", status: "Đang thực hiện" });

type Internals = ExcelJS.Worksheet & { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

/** Rewrites one part of the package, as Excel would have written it. */
async function editPart(path: string, part: (zip: JSZip) => Promise<string>, edit: (xml: string) => string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const name = await part(zip);
  zip.file(name, edit(await zip.file(name)!.async("string")));
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

/** The part of a sheet, by its name in the workbook. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rid = /r:id="([^"]+)"/.exec(new RegExp(`<sheet\\b[^>]*name="${sheet}"[^>]*>`).exec(workbookXml)![0])![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = /Target="([^"]+)"/.exec(new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)![0])![1];
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

describe("a rebuild keeps how users set the tracker up", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("keeps print setup, header and footer, mixed-look text, moved names, data bars and icon sets; clears a saved filter with a notice", async () => {
    const out = tmp.path("in-an.xlsx");
    await writeTracker([task("NV01"), task("NV02"), task("NV03")], out, { today: TODAY });
    const before = await readTrackerFile(out);
    const workbook = await load(out);
    const sheet = workbook.getWorksheet(before.sheet) as Internals;
    const title = before.columnOf("title")!;
    const last = Math.max(...before.headers!.map((h) => h.column));
    // A user's column after one blank column: the rebuild moves it next to the table.
    const detached = last + 2;
    const detachedLetter = sheet.getColumn(detached).letter;
    sheet.getCell(1, detached).value = "Người theo dõi";
    for (const r of [2, 3, 4]) sheet.getCell(r, detached).value = `Chị ${r}`;
    workbook.definedNames.add(`'${before.sheet}'!$${detachedLetter}$2:$${detachedLetter}$4`, "NguoiTheoDoi");
    workbook.definedNames.add(`'${before.sheet}'!$${title}$3`, "NhiemVuChinh");
    sheet.pageSetup.orientation = "portrait";
    sheet.pageSetup.margins = { left: 1, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    sheet.pageSetup.printArea = `A1:${title}4`;
    (sheet as unknown as { headerFooter: Partial<ExcelJS.HeaderFooter> }).headerFooter = { oddHeader: "&CSỞ Y TẾ - BÁO CÁO", oddFooter: "&RTrang &P" };
    const summary = workbook.getWorksheet("Tổng hợp")!;
    (summary as unknown as { headerFooter: Partial<ExcelJS.HeaderFooter> }).headerFooter = { oddFooter: "&LPhòng KHTC" };
    sheet.getCell(`${title}2`).value = {
      richText: [{ font: { bold: true, color: { argb: "FFFF0000" } }, text: "Nhiệm vụ" }, { text: " NV01 trong năm" }],
    };
    const progress = sheet.getColumn(before.columnOf("progress")!).letter;
    sheet.addConditionalFormatting({
      ref: `${progress}2:${progress}4`,
      rules: [{ type: "dataBar", priority: 1, gradient: false, cfvo: [{ type: "min" }, { type: "max" }], color: { argb: "FF638EC6" } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
    sheet.addConditionalFormatting({
      ref: "A2:A4",
      rules: [{ type: "iconSet", priority: 1, iconSet: "3Stars", cfvo: [{ type: "percent", value: 0 }, { type: "percent", value: 33 }, { type: "percent", value: 67 }] } as unknown as ExcelJS.ConditionalFormattingRule],
    });
    sheet.getRow(2).outlineLevel = 1;
    sheet.getRow(3).outlineLevel = 1;
    // The user filtered the table on Mã NV: the rows it hides are stored hidden.
    sheet.getRow(3).hidden = true;
    // A user's own sheet with a filter: ExcelJS keeps its range, not its criteria.
    const own = workbook.addWorksheet("Danh sách riêng");
    own.addRows([["Tên", "Việc"], ["An", "x"], ["Bình", "y"]]);
    own.autoFilter = "A1:B3";
    await workbook.xlsx.writeFile(out);
    await editPart(
      out,
      (zip) => sheetPart(zip, "Danh sách riêng"),
      (xml) => xml.replace(/<autoFilter ref="A1:B3"\/>/, '<autoFilter ref="A1:B3"><filterColumn colId="0"><filters><filter val="An"/></filters></filterColumn></autoFilter>'),
    );
    await editPart(
      out,
      async (zip) => {
        for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))) {
          if ((await zip.file(name)!.async("string")).includes('name="BangNhiemVu"')) return name;
        }
        throw new Error("no task table part");
      },
      (xml) => xml.replace(/<filterColumn colId="0"[^>]*\/>/, '<filterColumn colId="0"><filters><filter val="NV01"/><filter val="NV03"/></filters></filterColumn>'),
    );

    const result = await writeTracker([task("NV01"), task("NV04")], out, { today: TODAY });
    const notices = result.carried!.notices.join("\n");

    const after = await readTrackerFile(out);
    expect(after.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV04"]);
    const rebuilt = await load(out);
    const tasks = rebuilt.getWorksheet(after.sheet) as Internals;
    const newTitle = after.columnOf("title")!;
    expect(tasks.pageSetup).toMatchObject({ orientation: "portrait", margins: { left: 1, right: 0.7 }, printArea: `A1:${newTitle}5`, paperSize: 9 });
    expect(tasks.headerFooter).toMatchObject({ oddHeader: "&CSỞ Y TẾ - BÁO CÁO", oddFooter: "&RTrang &P" });
    expect(rebuilt.getWorksheet("Tổng hợp")!.headerFooter).toMatchObject({ oddFooter: "&LPhòng KHTC" });
    expect(notices).toMatch(/thiết lập in trên trang "Nhiệm vụ".*hướng giấy, lề trang, vùng in \(Print Area\), đầu trang\/chân trang/);
    expect(notices).toMatch(/thiết lập in trên trang "Tổng hợp".*đầu trang\/chân trang/);

    expect(tasks.getCell(`${newTitle}2`).value).toEqual({
      richText: [{ font: { bold: true, color: { argb: "FFFF0000" } }, text: "Nhiệm vụ" }, { text: " NV01 trong năm" }],
    });
    expect(notices).toMatch(new RegExp(`chữ định dạng nhiều kiểu.*1 ô: ${newTitle}2`));
    // The check still reads the text as it was.
    expect(after.rows[0].title).toBe("Nhiệm vụ NV01 trong năm");

    const moved = after.extraColumns.find((c) => c.header === "Người theo dõi")!.column;
    const movedLetter = tasks.getColumn(moved).letter;
    expect(moved).toBeLessThan(detached);
    expect(rebuilt.definedNames.model).toEqual(
      expect.arrayContaining([
        { name: "NguoiTheoDoi", ranges: [`'Nhiệm vụ'!$${movedLetter}$2:$${movedLetter}$5`] },
        { name: "NhiemVuChinh", ranges: [`'Nhiệm vụ'!$${newTitle}$3`] },
      ]),
    );
    expect(notices).toMatch(/tên vùng "NguoiTheoDoi" trỏ vào bảng nhiệm vụ được dời/);

    const newProgress = tasks.getColumn(after.columnOf("progress")!).letter;
    const rules = tasks.conditionalFormattings.flatMap((f) => f.rules.map((r) => ({ ref: f.ref, ...r })));
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ref: `${newProgress}2:${newProgress}5`, type: "dataBar" }),
        expect.objectContaining({ ref: "A2:A5", type: "iconSet", iconSet: "3Stars" }),
      ]),
    );

    expect(notices).toMatch(/bộ lọc \(Filter\) trên bảng nhiệm vụ của trang "Nhiệm vụ" \(cột "Mã NV"\).*1 dòng nhiệm vụ đang bị lọc ẩn nay hiện lại/);
    expect(notices).toMatch(/điều kiện lọc \(Filter\) đã lưu trên trang "Danh sách riêng" không giữ được/);
    expect(tasks.getRow(3).hidden).toBe(false);
    expect([2, 3, 4, 5].map((r) => tasks.getRow(r).outlineLevel ?? 0)).toEqual([1, 1, 0, 0]);
    expect(tasks.properties.outlineLevelRow).toBe(1);

    // A second rebuild moves nothing twice and says nothing of the filter (it is gone).
    const again = await writeTracker([task("NV01")], out, { today: TODAY });
    const twice = await load(out);
    expect(twice.getWorksheet(after.sheet)!.pageSetup.printArea).toBe(`A1:${newTitle}5`);
    expect(twice.definedNames.model).toEqual(expect.arrayContaining([{ name: "NguoiTheoDoi", ranges: [`'Nhiệm vụ'!$${movedLetter}$2:$${movedLetter}$5`] }]));
    expect(again.carried!.notices.join("\n")).not.toMatch(/bộ lọc|tên vùng/);
  });

  it("refuses a conditional format over another sheet kept in Excel's extension, a name holding a formula and a link inside the workbook, leaving the file as it was", async () => {
    const out = tmp.path("mo-rong.xlsx");
    await writeTracker([task("NV01"), task("NV02")], out, { today: TODAY });
    await editPart(
      out,
      (zip) => sheetPart(zip, "Nhiệm vụ"),
      (xml) =>
        xml.replace(
          "</worksheet>",
          '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:conditionalFormattings>' +
            '<x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:cfRule type="expression" priority="9" id="{00000000-0000-0000-0000-000000000001}">' +
            "<xm:f>'Danh mục'!$A$3=\"x\"</xm:f><x14:dxf><fill><patternFill><bgColor rgb=\"FFFF0000\"/></patternFill></fill></x14:dxf></x14:cfRule><xm:sqref>C2:C3</xm:sqref>" +
            "</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst></worksheet>",
        ),
    );
    await editPart(
      out,
      (zip) => sheetPart(zip, "Tổng hợp"),
      (xml) => xml.replace("<pageMargins", '<hyperlinks><hyperlink ref="B2" location="\'Nhiệm vụ\'!A1" display="Xem bảng"/></hyperlinks><pageMargins'),
    );
    await editPart(
      out,
      async () => "xl/workbook.xml",
      (xml) =>
        xml.replace(
          "</definedNames>",
          "<definedName name=\"TongNV\">COUNTA('Nhiệm vụ'!$A$2:$A$3)</definedName><definedName name=\"Moc\" localSheetId=\"0\">'Hướng dẫn'!$A$1</definedName></definedNames>",
        ),
    );
    const bytes = readFileSync(out);

    const refusal = writeTracker([task("NV03")], out, { today: TODAY });
    await expect(refusal).rejects.toThrow(/trang "Nhiệm vụ", ô C2:C3: định dạng có điều kiện[\s\S]*tên "TongNV" \(=COUNTA\('Nhiệm vụ'!\$A\$2:\$A\$3\)\): tên \(Name\) là một công thức/);
    // A name of one sheet's own would become workbook-wide (and of two of one spelling, one would go).
    await expect(writeTracker([task("NV03")], out, { today: TODAY })).rejects.toThrow(/tên "Moc" \(='Hướng dẫn'!\$A\$1\): tên \(Name\) chỉ dùng trong một trang/);
    const second = writeTracker([task("NV03")], out, { today: TODAY });
    await expect(second).rejects.toThrow(/trang "Tổng hợp", ô B2: liên kết \(Hyperlink\) tới một trang hoặc ô trong tệp/);
    await expect(second).rejects.toThrow(/Cách làm:.*Quản lý quy tắc.*Xoá liên kết.*Quản lý tên/);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
