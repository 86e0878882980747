// Every cell of every sheet of an .xlsx file, for comparing two workbooks cell by cell.
import ExcelJS from "exceljs";

export interface SheetCells {
  name: string;
  /** "A1" → the cell's value as JSON (formulas by their text, dates as ISO). */
  cells: Record<string, string>;
}

export async function workbookCells(path: string): Promise<SheetCells[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const cells: Record<string, string> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = JSON.stringify(cell.value);
      });
    });
    return { name: sheet.name, cells };
  });
}
