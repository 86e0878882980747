// Sheet protection and page setup as ExcelJS writes them. Protection has no password: it keeps a unit
// from overtyping the planner's columns by mistake, not a secret; Excel, LibreOffice and WPS all lift
// it from the menu, and sorting, filtering and widening columns stay allowed.
import type ExcelJS from "exceljs";
import type { PrintPlan } from "../../workbook/plan";

const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: true,
};

export function unlockCell(cell: ExcelJS.Cell): void {
  cell.protection = { locked: false };
}

export function protectSheet(worksheet: Pick<ExcelJS.Worksheet, "protect">): void {
  // ExcelJS sets the protection before its promise settles (it only waits to hash a password).
  void worksheet.protect("", ALLOWED);
}

/** Paper size 9 is A4 in the OOXML numbering. */
const PAPER_SIZE = { A4: 9 } as const;

/** The page setup to merge over ExcelJS's defaults (the streamed writer takes it when adding the sheet). */
export function printSetup(print: PrintPlan): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paper],
    orientation: print.orientation,
  };
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: 0 });
  if (print.repeatRows) setup.printTitlesRow = print.repeatRows;
  if (print.margins) setup.margins = { ...print.margins, header: 0.3, footer: 0.3 };
  return setup;
}
