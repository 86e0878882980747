// Which master rows go to which unit: a copy per lead unit as the master writes it; rows led by a
// catalog group go to nobody until expanded (src/workbook/roundtrip/expandGroups.ts), rows without a
// lead neither. A group is recognised only by its exact name or alias, never a near miss.
import { compareVi, oneLine } from "../../core/text";
import type { Catalog, CellValue, RawRow, Unit } from "../../core/types";
import { matchUnit } from "../../core/units/match";

/** The lead cell as the copy's unit name: one line, NFC; "" when blank. */
export function leadText(value: CellValue): string {
  if (value === null || value === undefined || value instanceof Date) return "";
  return oneLine(String(value).normalize("NFC"));
}

/** One unit however its lead cells differ in case ("Văn phòng Sở", "văn phòng sở"): one copy, one merge. */
function leadKey(lead: string): string {
  return lead.toLocaleLowerCase("vi");
}

/** The catalog group a lead text names exactly, or null. */
export function groupOf(catalog: Catalog, lead: string): Unit | null {
  if (lead === "") return null;
  const match = matchUnit(catalog, lead);
  return match.unit?.kind === "group" && match.confidence === 1 ? match.unit : null;
}

export interface LeadGroups {
  /** In Vietnamese collation order, each named as its first row writes it; `rows` are indexes into the master's rows. */
  units: { unit: string; rows: number[] }[];
  groupTasks: { row: number; group: Unit }[];
  noLead: number[];
}

export function groupByLead(rows: readonly RawRow[], catalog: Catalog): LeadGroups {
  const byUnit = new Map<string, { unit: string; rows: number[] }>();
  const out: LeadGroups = { units: [], groupTasks: [], noLead: [] };
  rows.forEach((row, index) => {
    const lead = leadText(row.lead);
    if (lead === "") return out.noLead.push(index);
    const group = groupOf(catalog, lead);
    if (group) return out.groupTasks.push({ row: index, group });
    const entry = byUnit.get(leadKey(lead));
    if (entry) entry.rows.push(index);
    else byUnit.set(leadKey(lead), { unit: lead, rows: [index] });
  });
  out.units = [...byUnit.values()].sort((a, b) => compareVi(a.unit, b.unit));
  return out;
}

/** The rows of `rows` the unit leads (lead cell equal to `unit` once tidied, case aside). */
export function unitLeadRows(rows: readonly RawRow[], unit: string): RawRow[] {
  const wanted = leadKey(leadText(unit));
  return rows.filter((row) => leadKey(leadText(row.lead)) === wanted);
}
