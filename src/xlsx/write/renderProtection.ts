// Sheet protection and page setup as ExcelJS writes them. Protection has no password: it keeps a unit
// from overtyping the planner's columns by mistake, not a secret; Excel, LibreOffice and WPS all lift
// it from the menu, and sorting, filtering and widening columns stay allowed.
import type ExcelJS from "exceljs";
import type { PrintPlan, SheetPlan } from "../../workbook/plan";
import { decodeRange } from "./address";

const ALLOWED: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  autoFilter: true,
  sort: true,
};

export function renderProtection(worksheet: ExcelJS.Worksheet, protection: NonNullable<SheetPlan["protection"]>): void {
  for (const range of protection.unlocked) {
    const b = decodeRange(range);
    for (let r = b.top; r <= b.bottom; r++) {
      for (let c = b.left; c <= b.right; c++) worksheet.getCell(r, c).protection = { locked: false };
    }
  }
  // ExcelJS sets the protection before its promise settles (it only waits to hash a password).
  void worksheet.protect("", ALLOWED);
}

/** Paper size 9 is A4 in the OOXML numbering. */
const PAPER_SIZE = { A4: 9 } as const;

export function renderPrint(worksheet: ExcelJS.Worksheet, print: PrintPlan): void {
  const setup: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_SIZE[print.paper],
    orientation: print.orientation,
  };
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: print.fitToWidth, fitToHeight: 0 });
  if (print.repeatRows) setup.printTitlesRow = print.repeatRows;
  if (print.margins) setup.margins = { ...print.margins, header: 0.3, footer: 0.3 };
  Object.assign(worksheet.pageSetup, setup);
}
