// Which master rows go to which unit: a copy per lead unit as the master writes it; rows led by a
// catalog group go to nobody until expanded (src/workbook/roundtrip/expandGroups.ts), rows without a
// lead neither. A group is recognised only by its exact name or alias, never a near miss.
import { oneLine } from "../../core/text";
import type { Catalog, CellValue, RawRow, Unit } from "../../core/types";
import { matchUnit } from "../../core/units/match";

/** The lead cell as the copy's unit name: one line, NFC; "" when blank. */
export function leadText(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return oneLine(String(value).normalize("NFC"));
}

/** The catalog group a lead text names exactly, or null. */
export function groupOf(catalog: Catalog, lead: string): Unit | null {
  if (lead === "") return null;
  const match = matchUnit(catalog, lead);
  return match.unit?.kind === "group" && match.confidence === 1 ? match.unit : null;
}

export interface LeadGroups {
  /** In order of first appearance; `rows` are indexes into the master's rows. */
  units: { unit: string; rows: number[] }[];
  groupTasks: { row: number; group: Unit }[];
  noLead: number[];
}

export function groupByLead(rows: readonly RawRow[], catalog: Catalog): LeadGroups {
  const byUnit = new Map<string, number[]>();
  const out: LeadGroups = { units: [], groupTasks: [], noLead: [] };
  rows.forEach((row, index) => {
    const lead = leadText(row.lead);
    if (lead === "") return out.noLead.push(index);
    const group = groupOf(catalog, lead);
    if (group) return out.groupTasks.push({ row: index, group });
    const list = byUnit.get(lead);
    if (list) list.push(index);
    else byUnit.set(lead, [index]);
  });
  out.units = [...byUnit].map(([unit, indexes]) => ({ unit, rows: indexes }));
  return out;
}

/** The rows of `rows` the unit leads (lead cell equal to `unit` once tidied). */
export function unitLeadRows(rows: readonly RawRow[], unit: string): RawRow[] {
  const wanted = leadText(unit);
  return rows.filter((row) => leadText(row.lead) === wanted);
}
