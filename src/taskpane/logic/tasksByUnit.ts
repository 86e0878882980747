// Overdue and due-soon rows of the Theo dõi hạn section, grouped by lead unit in Vietnamese order.
import type { TrackedRow } from "../../excel/actions";
import { compareVi } from "../../core/text";
import type { State } from "../../core/types";

export interface UnitRows {
  unit: string;
  rows: TrackedRow[];
}

/** Rows in `state`, per lead unit; the most overdue (then earliest due) first within a unit. */
export function tasksByUnit(rows: TrackedRow[], state: State): UnitRows[] {
  const units = new Map<string, TrackedRow[]>();
  for (const row of rows) {
    if (row.state !== state) continue;
    const unit = row.lead.trim();
    const list = units.get(unit);
    if (list) list.push(row);
    else units.set(unit, [row]);
  }
  return [...units.entries()]
    .sort(([a], [b]) => compareVi(a, b))
    .map(([unit, list]) => ({
      unit,
      rows: list.sort((a, b) => b.daysLate - a.daysLate || (a.due ?? "").localeCompare(b.due ?? "")),
    }));
}

/** The first `limit` rows of the grouped list, groups cut where the limit falls; `hidden` rows are left for "Xem thêm". */
export function firstRows(units: UnitRows[], limit: number): { units: UnitRows[]; hidden: number } {
  const shown: UnitRows[] = [];
  let left = limit;
  let hidden = 0;
  for (const unit of units) {
    if (left <= 0) {
      hidden += unit.rows.length;
      continue;
    }
    const rows = unit.rows.slice(0, left);
    shown.push({ unit: unit.unit, rows });
    hidden += unit.rows.length - rows.length;
    left -= rows.length;
  }
  return { units: shown, hidden };
}
