// The user's own columns of the task table, carried into a rebuilt plan: after the task columns,
// inside the table (so filters and pivots still see them), with the header style of the table.
import type { CellValue } from "../../core/types";
import { TASK_FIELDS } from "../../core/types";
import { columnLetter } from "../read/columns";
import { TASK_SHEET } from "../../workbook/layout";
import type { PlanCell, WorkbookPlan } from "../../workbook/plan";

export interface ExtraColumn {
  header: string;
  /** Width the user gave the column, if any. */
  width?: number;
  /** One value per task row of the plan, in plan row order. */
  values: CellValue[];
}

export function addExtraColumns(plan: WorkbookPlan, extras: ExtraColumn[]): void {
  const sheet = plan.sheets.find((s) => s.name === TASK_SHEET);
  if (!sheet || !sheet.table || extras.length === 0) return;
  // After the whole table (the task columns and the tracker's hidden helper columns after them).
  const width = sheet.table.headers.length;
  const firstExtra = width + 1;
  const lastTask = columnLetter(TASK_FIELDS.length);
  const lastTable = columnLetter(width);
  const lastExtra = columnLetter(width + extras.length);
  const lastRow = Number(/(\d+)$/.exec(sheet.table.range)![1]);
  const dataRows = lastRow - 1;

  const headers = uniqueHeaders(sheet.table.headers, extras.map((e) => e.header));
  const rows: PlanCell[][] = [headers];
  for (let r = 0; r < dataRows; r++) rows.push(extras.map((e) => planCell(e.values[r])));
  sheet.blocks.push({ topLeft: `${columnLetter(firstExtra)}1`, rows });

  sheet.table = { ...sheet.table, range: `A1:${lastExtra}${lastRow}`, headers: [...sheet.table.headers, ...headers] };
  extras.forEach((e, i) => {
    sheet.columns.push({ index: width + i, width: e.width ?? 16, wrap: true });
  });
  // The header style and the row colours reach the new columns too.
  const widen = (range: string) => range.replace(new RegExp(`^(A\\d+:)(?:${lastTask}|${lastTable})(\\d+)$`), `$1${lastExtra}$2`);
  sheet.styles = sheet.styles.map((s) => ({ ...s, range: widen(s.range) }));
  sheet.conditionalFormats = sheet.conditionalFormats.map((c) => ({ ...c, range: widen(c.range) }));
}

/** Excel refuses a table with two columns of the same name (case aside): later ones get " 2", " 3"... */
function uniqueHeaders(taken: string[], wanted: string[]): string[] {
  const used = new Set(taken.map((h) => h.toLowerCase()));
  return wanted.map((header) => {
    let name = header;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${header} ${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

function planCell(value: CellValue): PlanCell {
  if (value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { date: value.toISOString().slice(0, 10) };
  return value;
}
