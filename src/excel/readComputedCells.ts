// What `Kiểm tra` needs beyond the table's values to guard the figures (issue 13 §8, 15): the formulas
// of the Đánh giá column only (never the whole table's: a formulas load doubles the response), and the
// rows just below the table, where a row typed in LibreOffice (which does not extend tables) lands.
// One request for both, whatever the row count.
import { checkDerived } from "../core/tasks/checkDerived";
import type { CellValue, LocatedFinding, RawRow } from "../core/types";
import { computedFormulas } from "../workbook/schema/computedCells";
import { fieldColumns } from "../workbook/schema/headers";
import { isTaskLikeRow, rawRow } from "../workbook/schema/rows";
import { cellAddress, parseRange, rectAddress } from "./a1";
import { supportsSpecialCells } from "./capabilities";
import { isOfficeError } from "./errors";
import { readInSlices } from "./readInSlices";
import type { TrackerRead } from "./trackerRead";

/** Rows below the table looked at: a forgotten row sits right under it, not a thousand rows down. */
export const ROWS_BELOW = 200;
const SHEET_ROWS = 1_048_576;

/**
 * Which Đánh giá cells hold a formula, as "=" (formula) or "" (typed over or cleared). With ExcelApi 1.9
 * Excel names the cells that hold constants or nothing (addresses only, a few bytes whatever the row
 * count); older hosts read the formulas themselves, in slices when the column is past the 5 MB cap.
 */
export async function readComputedCells<T>(context: Excel.RequestContext, read: TrackerRead<T>): Promise<{ stateFormulas: CellValue[]; below: CellValue[][] }> {
  const sheet = context.workbook.worksheets.getItem(read.sheet);
  const state = read.columns.state;
  const dataRows = read.rect.rowCount - 1;
  const column = state !== undefined && dataRows > 0 ? { row: read.rect.row + 1, column: read.rect.column + state, rowCount: dataRows, columnCount: 1 } : null;
  const special = column && supportsSpecialCells() ? (["Constants", "Blanks"] as const).map((type) => sheet.getRange(rectAddress(column)).getSpecialCellsOrNullObject(type).load("address")) : null;
  let formulas = column && !special ? sheet.getRange(rectAddress(column)).load("formulas") : null;
  const firstBelow = read.rect.row + read.rect.rowCount;
  const rowCount = Math.max(1, Math.min(ROWS_BELOW, SHEET_ROWS - firstBelow));
  const below = sheet.getRange(rectAddress({ row: firstBelow, column: read.rect.column, rowCount, columnCount: read.rect.columnCount })).load("values");
  try {
    await context.sync();
  } catch (error) {
    if (!formulas || !isOfficeError(error, "ResponsePayloadSizeLimitExceeded")) throw error;
    formulas = null;
    const retry = sheet.getRange(rectAddress({ row: firstBelow, column: read.rect.column, rowCount, columnCount: read.rect.columnCount })).load("values");
    const sliced = await readInSlices(context, sheet, column!, "formulas");
    return { stateFormulas: sliced.map((row) => (isFormulaText(row[0]) ? "=" : "")), below: (await loaded(context, retry)).values as CellValue[][] };
  }
  if (!column) return { stateFormulas: [], below: below.values as CellValue[][] };
  if (special) {
    const typedOver = new Set(special.flatMap((areas) => (areas.isNullObject ? [] : rowsOfAddress(areas.address))));
    const stateFormulas = Array.from({ length: dataRows }, (_, i): CellValue => (typedOver.has(column.row + i) ? "" : "="));
    return { stateFormulas, below: below.values as CellValue[][] };
  }
  return { stateFormulas: formulas!.formulas.map((row) => (isFormulaText(row[0]) ? "=" : "")), below: below.values as CellValue[][] };
}

async function loaded(context: Excel.RequestContext, range: Excel.Range): Promise<Excel.Range> {
  await context.sync();
  return range;
}

function isFormulaText(value: unknown): boolean {
  return typeof value === "string" && value.startsWith("=");
}

/** 0-based sheet rows of "'Nhiệm vụ'!R5:R7,'Nhiệm vụ'!R10". */
function rowsOfAddress(address: string): number[] {
  const rows: number[] = [];
  for (const part of address.split(",")) {
    const rect = parseRange(part);
    if (rect) for (let r = rect.row; r < rect.row + rect.rowCount; r++) rows.push(r);
  }
  return rows;
}

/**
 * Findings at their cells: a Đánh giá typed over (no formula), one that disagrees with the engine, a
 * task row below the table. `tableRows[i]` is the table row of the i-th checked row, as for locateFinding.
 */
export function computedFindings<T>(read: TrackerRead<T>, rows: RawRow[], tableRows: number[], cells: { stateFormulas: CellValue[]; below: CellValue[][] }): LocatedFinding[] {
  const state = read.columns.state;
  const stateHeader = state !== undefined ? String(read.headers[state] ?? "") : "";
  const isFormula = (value: CellValue) => typeof value === "string" && value.startsWith("=");
  const computes = cells.stateFormulas.some(isFormula);
  const columns = fieldColumns(read.headers);
  const formulas = computedFormulas(read.headers);
  const belowRows = cells.below
    .map((values, k) => ({ raw: rawRow(values, columns), k }))
    .filter(({ raw }) => isTaskLikeRow(raw));
  const all = [...rows, ...belowRows.map((b) => b.raw)];
  const findings = checkDerived({
    rows: all,
    cells:
      computes && state !== undefined
        ? rows.map((row, i) => [
            { header: stateHeader, column: state, isState: true, formula: isFormula(cells.stateFormulas[tableRows[i]] ?? null), value: row.state ?? null },
          ])
        : [],
    outsideTable: belowRows.map((b, j) => ({ index: rows.length + j, sheetRow: read.rect.row + read.rect.rowCount + b.k + 1 })),
    tableLastRow: read.rect.row + read.rect.rowCount,
    asOf: read.settings.asOf,
    windowDays: read.settings.windowDays,
    // The fix is the formula the tracker writes in that column, from the headers the table has now.
    formulaOf: (header) => formulas.get(header) ?? null,
  });
  const idColumn = read.rect.column + (columns.id ?? 0);
  return findings.map(({ column, ...f }) => {
    const sheetRow = f.row < rows.length ? read.rect.row + 1 + tableRows[f.row] : read.rect.row + read.rect.rowCount + belowRows[f.row - rows.length].k;
    const cell = cellAddress(sheetRow, column !== null ? read.rect.column + column : idColumn);
    return { ...f, row: f.row < rows.length ? tableRows[f.row] : -1, sheet: read.sheet, cell };
  });
}
