// ExcelJS loads tables saved by LibreOffice (and some Excel versions) without a style, then crashes
// writing them ("Cannot read properties of null (reading 'theme')"). Give such tables a plain style.
import type ExcelJS from "exceljs";

interface LoadedTable {
  table: { style?: unknown };
}

export function repairLoadedTables(workbook: ExcelJS.Workbook): void {
  workbook.eachSheet((worksheet) => {
    const tables = (worksheet as unknown as { tables: Record<string, LoadedTable> }).tables;
    for (const table of Object.values(tables)) {
      if (!table.table.style) table.table.style = { theme: "TableStyleLight1", showRowStripes: true };
    }
  });
}
