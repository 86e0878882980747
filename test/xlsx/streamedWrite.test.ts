// A new tracker is streamed to the file (so 50,000 tasks fit in memory); what a user opens must be the
// same workbook the in-memory writer makes: cells, styles, rules, tables, names, protection, printing.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { DEFAULT_CATALOG } from "../../src/core/units/preset";
import { buildTrackerPlan } from "../../src/workbook/buildTrackerPlan";
import type { WorkbookPlan } from "../../src/workbook/plan";
import { buildUnitCopyPlan } from "../../src/workbook/roundtrip/unitCopy";
import { renderPlan } from "../../src/xlsx/write/renderPlan";
import { streamPlanToBytes } from "../../src/xlsx/write/streamPlan";
import { fixZipTimes } from "../../src/xlsx/write/zipTimes";
import { CATALOG, fixtureRows, SETTINGS } from "../workbook/fixture";

/** Everything of a read-back workbook a user could see or a reader could use, as plain data. */
function snapshot(workbook: ExcelJS.Workbook): unknown {
  const sheets = workbook.worksheets.map((ws) => {
    const cells: unknown[] = [];
    const heights: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      if (row.height) heights.push([row.number, row.height]);
      row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.type, c.value, c.style]));
    });
    const model = ws.model as unknown as Record<string, unknown>;
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: Record<string, unknown> }> }).tables).map(
      ({ table }) => ({ ...table, rows: undefined }),
    );
    return {
      name: ws.name,
      state: ws.state,
      cells,
      heights,
      columns: (ws.columns ?? []).map((c) => [c.width, c.hidden, c.style]),
      merges: model.merges,
      validations: model.dataValidations,
      formats: model.conditionalFormattings,
      protection: model.sheetProtection,
      views: ws.views,
      pageSetup: ws.pageSetup,
      properties: ws.properties,
      tables,
    };
  });
  return JSON.parse(JSON.stringify({ sheets, names: workbook.definedNames.model, calc: workbook.calcProperties, creator: workbook.creator, created: workbook.created }));
}

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function bothWays(plan: WorkbookPlan): Promise<{ streamed: ExcelJS.Workbook; inMemory: ExcelJS.Workbook }> {
  const workbook = new ExcelJS.Workbook();
  renderPlan(workbook, plan);
  const inMemory = await readBack(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { streamed: await readBack(await streamPlanToBytes(plan)), inMemory };
}

/** Past one band of streamed rows: a merge across the band's edge, a row with only formatting, a table. */
function bandEdgePlan(): WorkbookPlan {
  const rows = Array.from({ length: 1200 }, (_, i) => [`NV${i + 1}`, i, { formula: `=B${i + 2}*2` }]);
  return {
    sheets: [
      {
        name: "Dữ liệu",
        blocks: [{ topLeft: "A1", rows: [["Mã", "Số", "Gấp đôi"], ...rows] }],
        table: { name: "BangThu", range: "A1:C1201", headers: ["Mã", "Số", "Gấp đôi"], style: "TableStyleLight1" },
        columns: [{ index: 0, width: 12 }, { index: 2, width: 9, numberFormat: "0.0", hidden: true }],
        styles: [
          { range: "A1:C1", bold: true, fill: "#DDEBF7", border: true },
          { range: "E1400:F1400", fill: "#FFFF00" },
        ],
        validations: [{ range: "B2:B1201", type: "whole", min: 0, max: 5000, allowBlank: true, errorTitle: "Sai", errorMessage: "Số nguyên." }],
        conditionalFormats: [{ range: "A2:C1201", formula: "=$B2>1000", fill: "#FFC7CE", stopIfTrue: false }],
        merges: ["E998:F1003"],
        rowHeights: [{ row: 1000, height: 30 }],
        protection: { unlocked: ["B2:B1201"] },
        freeze: { rows: 1, columns: 1 },
        print: { paper: "A4", orientation: "landscape", fitToWidth: 1, repeatRows: "1:1" },
      },
      { name: "Ẩn", blocks: [{ topLeft: "B2", rows: [[{ date: "2026-06-30" }]] }], columns: [], styles: [], validations: [], conditionalFormats: [], visibility: "veryHidden" },
    ],
    names: [{ name: "NgayAn", refersTo: "'Ẩn'!$B$2" }],
  };
}

describe("a new workbook streamed to the file", () => {
  it("is the tracker the in-memory writer makes, tables and formulas included", async () => {
    const { streamed, inMemory } = await bothWays(buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS }));
    expect(snapshot(streamed)).toEqual(snapshot(inMemory));
    // Cells carry no results: Excel and LibreOffice must compute every formula on opening.
    const bytes = await streamPlanToBytes(buildTrackerPlan({ rows: fixtureRows(), catalog: CATALOG, settings: SETTINGS }));
    expect(await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    const tables = streamed.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: object }).tables));
    expect(tables).toEqual(["BangNhiemVu", "BangPhanCong"]);
  });

  it("is the unit copy the in-memory writer makes: locked sheets, editable cells, hidden records", async () => {
    const plan = buildUnitCopyPlan({
      rows: fixtureRows(),
      unit: "Phòng Kế hoạch - Tài chính",
      catalog: DEFAULT_CATALOG,
      settings: { ...SETTINGS, trackerId: "TD-THU" },
      planYear: 2026,
      sentAt: "2026-01-15",
      masterName: "so.xlsx",
    });
    const { streamed, inMemory } = await bothWays(plan);
    expect(snapshot(streamed)).toEqual(snapshot(inMemory));
  });

  it("keeps merges, formatting-only rows and row heights across the edge of a streamed band", async () => {
    const { streamed, inMemory } = await bothWays(bandEdgePlan());
    expect(snapshot(streamed)).toEqual(snapshot(inMemory));
    const sheet = streamed.getWorksheet("Dữ liệu")!;
    expect(sheet.getCell("F1400").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(sheet.getCell("F1003").isMerged).toBe(true);
  });

  it("gives the same bytes for the same plan once the zip times are fixed", async () => {
    const plan = bandEdgePlan();
    const first = fixZipTimes(await streamPlanToBytes(plan));
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times count in 2-second steps
    expect(fixZipTimes(await streamPlanToBytes(plan)).equals(first)).toBe(true);
  });
});
