// How a user set a sheet up for printing (paper, margins, scale, print area, repeated titles, header
// and footer). The tracker writes its own setup on every sheet it generates (A4, one page wide, the
// header row repeated: workbook/report/printSetup.ts); what the user chose differently is laid back
// over it, the print area and titles following their cells like everything else on the sheet.
import type ExcelJS from "exceljs";
import type { PRINT_PARTS } from "../../core/strings/rebuild";
import { columnLetter, columnNumber } from "../read/columns";
import { boxAddress, decodeBox, moveBox, type Placement } from "./sheetExtras";

export type PrintPart = keyof typeof PRINT_PARTS;

export interface PrintLooks {
  setup: Partial<ExcelJS.PageSetup>;
  headerFooter?: Partial<ExcelJS.HeaderFooter>;
}

const TEXTS = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"] as const;
const SIDES = ["left", "right", "top", "bottom"] as const;

export function collectPrint(worksheet: ExcelJS.Worksheet | undefined): PrintLooks | undefined {
  if (!worksheet) return undefined;
  const headerFooter = worksheet.headerFooter as Partial<ExcelJS.HeaderFooter> | null;
  return {
    setup: JSON.parse(JSON.stringify(worksheet.pageSetup ?? {})) as Partial<ExcelJS.PageSetup>,
    ...(headerFooter && TEXTS.some((t) => headerFooter[t]) ? { headerFooter: { ...headerFooter } } : {}),
  };
}

/** Lays the user's choices over the setup the plan wrote on the new sheet; returns what was kept. */
export function restorePrint(worksheet: ExcelJS.Worksheet | undefined, old: PrintLooks | undefined, place: Placement): PrintPart[] {
  if (!worksheet || !old) return [];
  const was = old.setup;
  const now = worksheet.pageSetup;
  const kept: PrintPart[] = [];
  const keep = (part: PrintPart, change: Partial<ExcelJS.PageSetup>) => {
    Object.assign(now, change);
    kept.push(part);
  };
  if (was.orientation && was.orientation !== now.orientation) keep("orientation", { orientation: was.orientation });
  if (was.paperSize !== undefined && was.paperSize !== now.paperSize) keep("paperSize", { paperSize: was.paperSize });
  const margins = was.margins;
  if (margins && SIDES.some((side) => Math.abs((margins[side] ?? 0) - (now.margins?.[side] ?? 0)) > 0.005)) keep("margins", { margins: { ...margins } });
  // ExcelJS reads LibreOffice's fitToPage="true" as false: only a scale other than 100% says the user
  // turned fitting off; a fit of other pages wide or tall says they changed it.
  if (!was.fitToPage && was.scale !== undefined && was.scale !== 100) keep("scale", { fitToPage: false, scale: was.scale });
  else if (was.fitToPage && (was.fitToWidth !== now.fitToWidth || was.fitToHeight !== now.fitToHeight)) {
    keep("fit", { fitToPage: true, fitToWidth: was.fitToWidth, fitToHeight: was.fitToHeight });
  }
  if (was.printArea) {
    const area = was.printArea
      .split("&&")
      .map((range) => boxAddress(moveBox(decodeBox(range.replace(/\$/g, "")), place)))
      .join("&&");
    keep("printArea", { printArea: area });
  }
  const rows = was.printTitlesRow ? movedRows(was.printTitlesRow, place) : undefined;
  const columns = was.printTitlesColumn ? movedColumns(was.printTitlesColumn, place) : undefined;
  if ((rows && rows !== now.printTitlesRow) || columns) {
    keep("printTitles", { ...(rows ? { printTitlesRow: rows } : {}), ...(columns ? { printTitlesColumn: columns } : {}) });
  }
  if (was.horizontalCentered || was.verticalCentered) {
    keep("centered", { horizontalCentered: Boolean(was.horizontalCentered), verticalCentered: Boolean(was.verticalCentered) });
  }
  if (old.headerFooter) {
    worksheet.headerFooter = { ...old.headerFooter } as ExcelJS.HeaderFooter;
    kept.push("headerFooter");
  }
  return kept;
}

function movedRows(range: string, place: Placement): string {
  const [from, to = from] = range.replace(/\$/g, "").split(":").map(Number);
  return `${place.row(from)}:${place.row(to)}`;
}

function movedColumns(range: string, place: Placement): string {
  const [from, to = from] = range.replace(/\$/g, "").split(":");
  return `${columnLetter(place.column(columnNumber(from)))}:${columnLetter(place.column(columnNumber(to)))}`;
}
