// A sheet plan's page setup through Office.js (Worksheet.pageLayout, ExcelApi 1.9). Older hosts print
// with Excel's defaults: the .xlsx files the CLI writes carry the same setup, and the pane says why.
import type { PrintPlan } from "../workbook/plan";
import { SMALL_OP_BYTES, type WriteBatch } from "./writeBatch";

export function supportsPageLayout(): boolean {
  return typeof Office !== "undefined" && Office.context.requirements.isSetSupported("ExcelApi", "1.9");
}

const POINTS_PER_INCH = 72;

export async function queuePrintLayout(sheet: Excel.Worksheet, print: PrintPlan, batch: WriteBatch): Promise<void> {
  // Rows grow to their wrapped text (ExcelApi 1.2), so no header or title prints cut, on any host.
  await batch.add(SMALL_OP_BYTES, () => sheet.getRange().format.autofitRows());
  if (!supportsPageLayout()) return;
  await batch.add(SMALL_OP_BYTES, () => {
    const layout = sheet.pageLayout;
    layout.paperSize = print.paper;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    // Fit to width, any height: verticalFitToPages 0 is Excel's "automatic".
    if (print.fitToWidth) layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: 0 };
    if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.replace(":", ":$")}`);
    if (print.margins) {
      layout.leftMargin = print.margins.left * POINTS_PER_INCH;
      layout.rightMargin = print.margins.right * POINTS_PER_INCH;
      layout.topMargin = print.margins.top * POINTS_PER_INCH;
      layout.bottomMargin = print.margins.bottom * POINTS_PER_INCH;
    }
  });
}
