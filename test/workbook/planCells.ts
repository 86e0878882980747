// Looking into a plan the way a spreadsheet would: the cell at an address, every formula it holds.
import type { PlanCell, SheetPlan, WorkbookPlan } from "../../src/workbook/plan";
import { decodeCell } from "../../src/xlsx/write/address";

export function sheetOf(plan: WorkbookPlan, name: string): SheetPlan {
  const sheet = plan.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: SheetPlan, address: string): PlanCell | undefined {
  const { row, column } = decodeCell(address);
  for (const block of sheet.blocks) {
    const origin = decodeCell(block.topLeft);
    const cell = block.rows[row - origin.row]?.[column - origin.column];
    if (cell !== undefined) return cell;
  }
  return undefined;
}

/** The cell a defined name points at, e.g. NgayBaoCao → the value of 'Danh mục'!$G$3. */
export function namedCell(plan: WorkbookPlan, name: string): PlanCell | undefined {
  const ref = plan.names.find((n) => n.name === name)?.refersTo;
  if (!ref) return undefined;
  const [sheet, address] = ref.split("!");
  return cellAt(sheetOf(plan, sheet.replace(/^'|'$/g, "")), address.replace(/\$/g, ""));
}

/** Every formula of the plan with where it sits, cells, conditional formats and list sources alike. */
export function allFormulas(plan: WorkbookPlan): { where: string; formula: string }[] {
  const found: { where: string; formula: string }[] = [];
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && typeof cell === "object" && "formula" in cell) {
            found.push({ where: `${sheet.name}!${block.topLeft}+${r},${c}`, formula: cell.formula });
          }
        }),
      );
    }
    sheet.conditionalFormats.forEach((f) => found.push({ where: `${sheet.name} format ${f.range}`, formula: f.formula }));
    sheet.validations.forEach((v) => v.type === "list" && found.push({ where: `${sheet.name} list ${v.range}`, formula: v.source }));
  }
  plan.names.forEach((n) => found.push({ where: `name ${n.name}`, formula: `=${n.refersTo}` }));
  return found;
}

/** The sheet as a dense grid of rows (row 1 first), blanks where no block writes. */
export function grid(sheet: SheetPlan): PlanCell[][] {
  const rows: PlanCell[][] = [];
  for (const block of sheet.blocks) {
    const origin = decodeCell(block.topLeft);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = (rows[origin.row - 1 + r] ??= []);
        target[origin.column - 1 + c] = cell;
      }),
    );
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}
