// A rebuild keeps what users lay over the tracker beyond values: pictures, their validations and
// conditional formats (following their column), merged signature cells, links, fills, number formats,
// hidden rows, widths, frozen panes, tab colours, their own sheets and names. What ExcelJS cannot carry
// (shapes, a merge inside the table, validations kept in Excel's extension) is refused, naming sheet
// and cell, and the file is left byte for byte as it was.
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { RawRow } from "../../src/core/types";
import { readTrackerFile } from "../../src/xlsx/readTracker";
import { writeTracker } from "../../src/xlsx/rebuildTracker";
import { tempDir } from "./sheetFixtures";

jest.setTimeout(30_000);

const TODAY = "2026-07-15";
const task = (id: string): RawRow => ({ id, title: `Nhiệm vụ ${id} trong năm`, lead: "Văn phòng Sở", deadlineText: "Quý IV/2026", due: "2026-12-31", status: "Đang thực hiện" });

/** A 1×1 PNG, made here rather than committed. */
function png(): ExcelJS.Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 2;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.from([0, 255, 0, 0]))), chunk("IEND", Buffer.alloc(0))]) as unknown as ExcelJS.Buffer;
}

type Internals = ExcelJS.Worksheet & {
  _merges: Record<string, { range: string }>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
};

const anchors = (sheet: ExcelJS.Worksheet) =>
  sheet.getImages().map((i) => {
    const tl = (i.range.tl as unknown as { nativeCol: number; nativeRow: number });
    return `${tl.nativeCol},${tl.nativeRow}`;
  });

/** Every cell of a sheet as ExcelJS models it: values, formulas, styles, notes, merges. */
const rowsOf = (sheet: ExcelJS.Worksheet) => JSON.stringify((sheet.model as unknown as { rows: unknown }).rows);

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe("a rebuild keeps what users laid over the tracker", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it("keeps pictures, rules, merges, links, looks, views, tab colours, own sheets and names, where the user put them", async () => {
    const out = tmp.path("so.xlsx");
    await writeTracker([task("NV01"), task("NV02"), task("NV03")], out, { today: TODAY });
    const before = await readTrackerFile(out);
    const workbook = await load(out);
    const sheet = workbook.getWorksheet(before.sheet) as Internals;
    const title = before.columnOf("title")!;
    const own = Math.max(...before.headers!.map((h) => h.column)) + 1;
    const ownLetter = sheet.getColumn(own).letter;
    sheet.getCell(1, own).value = "Đã báo cáo";
    sheet.getCell(2, own).value = { text: "Công văn 12", hyperlink: "https://so-y-te.example/cv12" };
    sheet.getCell(3, own).value = 1234.5;
    sheet.getCell(3, own).numFmt = "#,##0.00";
    sheet.getCell(`${title}2`).value = { text: "Nhiệm vụ NV01 trong năm", hyperlink: "https://so-y-te.example/nv01" };
    // ExcelJS shares one style object between the cells of a loaded file that share a style; Excel
    // gives the edited cell a style of its own, and so does this.
    const ownStyle = (ref: string) => {
      const cell = sheet.getCell(ref);
      cell.style = JSON.parse(JSON.stringify(cell.style)) as Partial<ExcelJS.Style>;
      return cell;
    };
    ownStyle(`${title}3`).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ownStyle(`${title}3`).border = { top: { style: "thick", color: { argb: "FFFF0000" } }, bottom: { style: "thick", color: { argb: "FFFF0000" } } };
    ownStyle(`${title}2`).alignment = { ...sheet.getCell(`${title}2`).alignment, horizontal: "center" };
    sheet.dataValidations.model[`${ownLetter}2`] = { type: "list", formulae: ['"Có,Không"'], allowBlank: true };
    for (let r = 3; r <= 100; r++) sheet.dataValidations.model[`${ownLetter}${r}`] = sheet.dataValidations.model[`${ownLetter}2`];
    sheet.addConditionalFormatting({
      ref: `${ownLetter}2:${ownLetter}4`,
      rules: [{ type: "expression", priority: 50, formulae: [`${ownLetter}2="Không"`], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
    });
    sheet.getCell("A6").value = "Người lập biểu";
    sheet.mergeCells("A6:C6");
    sheet.getRow(4).hidden = true;
    sheet.getColumn(title).width = 77;
    sheet.views = [{ state: "frozen", xSplit: 3, ySplit: 1 }];
    sheet.properties.tabColor = { argb: "FF0000FF" };
    const image = workbook.addImage({ buffer: png(), extension: "png" });
    sheet.addImage(image, "B8:C10"); // under the signature line: moves with it
    sheet.addImage(image, `${ownLetter}2:${ownLetter}3`); // beside a task: stays
    const summary = workbook.getWorksheet("Tổng hợp") as Internals;
    summary.addImage(image, "J2:K4");
    summary.dataValidations.model.M3 = { type: "whole", operator: "between", formulae: [1, 5], allowBlank: true };
    summary.properties.tabColor = { argb: "FF00FF00" };
    const mine = workbook.addWorksheet("Sổ tay");
    mine.getCell("A1").value = 5;
    mine.getCell("A2").value = { formula: "A1*2", result: 10 };
    mine.getCell("A1").note = "số của phòng";
    mine.mergeCells("B1:C1");
    mine.addImage(image, "C3:D4");
    workbook.definedNames.add("'Sổ tay'!$A$1", "SoCuaPhong");
    await workbook.xlsx.writeFile(out);
    const mineBefore = rowsOf((await load(out)).getWorksheet("Sổ tay")!);

    const result = await writeTracker([task("NV01"), task("NV04"), task("NV05")], out, { today: TODAY });
    expect(result.carried?.notices.join("\n")).toMatch(/3 hình ảnh/);

    const after = await readTrackerFile(out);
    expect(after.rows.map((r) => r.id)).toEqual(["NV01", "NV02", "NV03", "NV04", "NV05"]);
    const rebuilt = await load(out);
    const tasks = rebuilt.getWorksheet(after.sheet) as Internals;
    const ownAfter = after.extraColumns.find((c) => c.header === "Đã báo cáo")!.column;
    const ownAfterLetter = tasks.getColumn(ownAfter).letter;
    expect(tasks.getCell(2, ownAfter).value).toEqual({ text: "Công văn 12", hyperlink: "https://so-y-te.example/cv12" });
    expect(tasks.getCell(3, ownAfter).numFmt).toBe("#,##0.00");
    expect(tasks.getCell(`${after.columnOf("title")}2`).value).toMatchObject({ hyperlink: "https://so-y-te.example/nv01" });
    expect(tasks.getCell(`${after.columnOf("title")}3`).fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(tasks.getCell(`${after.columnOf("title")}3`).border).toMatchObject({ top: { style: "thick" }, bottom: { style: "thick" } });
    // The user centred one title; the column still wraps at the top, and the other titles are not centred.
    expect(tasks.getCell(`${after.columnOf("title")}2`).alignment).toMatchObject({ horizontal: "center", wrapText: true });
    expect(tasks.getCell(`${after.columnOf("title")}3`).alignment?.horizontal).toBeUndefined();
    expect(tasks.getCell(`${after.columnOf("title")}4`).fill?.type === "pattern" && (tasks.getCell(`${after.columnOf("title")}4`).fill as ExcelJS.FillPattern).pattern).not.toBe("solid");
    expect(tasks.getCell(`${after.columnOf("title")}4`).border?.top).toBeUndefined();
    // The user's validation follows its column, over the rows it covered and the table's new rows.
    expect(tasks.dataValidations.model[`${ownAfterLetter}6`]).toMatchObject({ type: "list", formulae: ['"Có,Không"'] });
    expect(tasks.dataValidations.model[`${ownAfterLetter}100`]).toMatchObject({ type: "list" });
    // Its conditional format covered the whole old table: it now covers the whole new one.
    expect(tasks.conditionalFormattings.find((f) => f.rules.some((r) => r.priority !== undefined && (r as { formulae?: string[] }).formulae?.[0] === `${ownAfterLetter}2="Không"`))?.ref).toBe(
      `${ownAfterLetter}2:${ownAfterLetter}6`,
    );
    // The signature line sits under the new table (rows 2–6), one blank row between, still merged; its picture moved with it.
    expect(tasks.getCell("A8").value).toBe("Người lập biểu");
    expect(Object.values(tasks._merges).map((m) => m.range)).toEqual(["A8:C8"]);
    expect(anchors(tasks).sort()).toEqual([`${ownAfter - 1},1`, "1,9"].sort());
    expect(tasks.getRow(4).hidden).toBe(true);
    expect(tasks.getColumn(after.columnOf("title")!).width).toBe(77);
    expect(tasks.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 1 });
    expect(tasks.properties.tabColor).toEqual({ argb: "FF0000FF" });
    const summaryAfter = rebuilt.getWorksheet("Tổng hợp") as Internals;
    expect(anchors(summaryAfter)).toEqual(["9,1"]);
    expect(summaryAfter.dataValidations.model.M3).toMatchObject({ type: "whole" });
    expect(summaryAfter.properties.tabColor).toEqual({ argb: "FF00FF00" });
    // The user's own sheet, cell for cell, with its merge, picture and name.
    const mineAfter = rebuilt.getWorksheet("Sổ tay")!;
    expect(rowsOf(mineAfter)).toBe(mineBefore);
    expect(anchors(mineAfter)).toEqual(["2,2"]);
    expect(rebuilt.definedNames.model).toEqual(expect.arrayContaining([{ name: "SoCuaPhong", ranges: ["'Sổ tay'!$A$1"] }]));

    // The next build adds nothing twice: one picture each, one merge.
    await writeTracker([task("NV01")], out, { today: TODAY });
    const again = await load(out);
    expect(again.getWorksheet(after.sheet)!.getImages()).toHaveLength(2);
    expect(again.getWorksheet("Tổng hợp")!.getImages()).toHaveLength(1);
    expect(Object.keys((again.getWorksheet(after.sheet) as Internals)._merges)).toEqual(["A8"]);
  });

  it("refuses a merge across task rows, naming the sheet and cells, and leaves the file as it was", async () => {
    const out = tmp.path("gop-o.xlsx");
    await writeTracker([task("NV01"), task("NV02"), task("NV03")], out, { today: TODAY });
    const before = await readTrackerFile(out);
    const workbook = await load(out);
    const own = Math.max(...before.headers!.map((h) => h.column)) + 1;
    const sheet = workbook.getWorksheet(before.sheet)!;
    sheet.getCell(1, own).value = "Cán bộ";
    sheet.getCell(2, own).value = "Chị Lan";
    sheet.mergeCells(2, own, 3, own);
    await workbook.xlsx.writeFile(out);
    const bytes = readFileSync(out);
    const letter = sheet.getColumn(own).letter;
    await expect(writeTracker([task("NV04")], out, { today: TODAY })).rejects.toThrow(
      new RegExp(`trang "Nhiệm vụ", ô ${letter}2:${letter}3: ô gộp \\(Merge\\) nằm trong bảng nhiệm vụ[\\s\\S]*Bỏ gộp ô`),
    );
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("refuses shapes and validations ExcelJS would drop, on any sheet, naming where they are", async () => {
    const out = tmp.path("hinh-ve.xlsx");
    await writeTracker([task("NV01")], out, { today: TODAY });
    const workbook = await load(out);
    workbook.getWorksheet("Tổng hợp")!.addImage(workbook.addImage({ buffer: png(), extension: "png" }), "J2:K4");
    workbook.addWorksheet("Danh sách riêng").getCell("A1").value = "Có";
    await workbook.xlsx.writeFile(out);
    // What Excel writes for a text box, and for a list validation taken from another sheet.
    const zip = await JSZip.loadAsync(readFileSync(out));
    const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const xml = await zip.file(drawing)!.async("string");
    zip.file(drawing, xml.replace(/<xdr:pic>[\s\S]*?<\/xdr:pic>/, '<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>Ghi chú</a:t></a:r></a:p></xdr:txBody></xdr:sp>'));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const element = /<sheet\b[^>]*name="Danh sách riêng"[^>]*>/.exec(workbookXml)![0];
    const rid = /r:id="([^"]+)"/.exec(element)![1];
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    const target = /Target="([^"]+)"/.exec(new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels)![0])![1];
    const part = `xl/${target.replace(/^\/?xl\//, "")}`;
    const sheetXml = await zip.file(part)!.async("string");
    zip.file(
      part,
      sheetXml.replace(
        "</worksheet>",
        '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list"><x14:formula1><xm:f>\'Nhiệm vụ\'!$A$2:$A$9</xm:f></x14:formula1><xm:sqref>B1:B9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
      ),
    );
    writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const bytes = readFileSync(out);

    const refusal = writeTracker([task("NV02")], out, { today: TODAY });
    await expect(refusal).rejects.toThrow(/trang "Tổng hợp", ô J2: hình vẽ, hộp chữ/);
    await expect(writeTracker([task("NV02")], out, { today: TODAY })).rejects.toThrow(/trang "Danh sách riêng": quy tắc kiểm tra dữ liệu/);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });
});
