// "Phối hợp": the tasks other units lead where this unit is a partner, named or as a member of a named
// group. For reference only (values, no table): the lead reports their progress in its own copy.
import { UNIT_COPY_TEXT } from "../../core/strings/split";
import { splitUnitList, matchUnit } from "../../core/units/match";
import { groupMembers } from "../../core/units/groupMembers";
import type { Catalog, RawRow, Unit } from "../../core/types";
import { HEADER_FILL, HEADER_FONT, TITLE_FONT } from "../colours";
import type { PlanCell, SheetPlan } from "../plan";
import { DATE_FORMAT } from "../taskSheet";
import { dueCell, textCell } from "./copyCells";
import { leadText } from "./unitRows";

export interface PartnerTask {
  row: RawRow;
  /** The group through which the unit is a partner, or null when it is named itself. */
  via: string | null;
}

/** A catalog entry a name stands for, by its exact name or alias only. */
function exactUnit(catalog: Catalog, name: string): Unit | null {
  const match = matchUnit(catalog, name);
  return match.confidence === 1 ? match.unit : null;
}

type Partner = { name: string; unit: Unit | null };

/** Splitting a list is the costly part, and a split sends every unit the same few partner texts. */
const LISTS = new WeakMap<Catalog, Map<string, Partner[]>>();
const LIST_LIMIT = 20_000;

function partnersOf(catalog: Catalog, text: string): Partner[] {
  let lists = LISTS.get(catalog);
  if (!lists) LISTS.set(catalog, (lists = new Map()));
  let known = lists.get(text);
  if (!known) {
    if (lists.size >= LIST_LIMIT) lists.clear();
    known = splitUnitList(text, catalog).map((name) => ({ name: leadText(name), unit: exactUnit(catalog, name) }));
    lists.set(text, known);
  }
  return known;
}

export function partnerTasks(rows: readonly RawRow[], unit: string, catalog: Catalog): PartnerTask[] {
  const self = leadText(unit);
  const selfUnit = exactUnit(catalog, self);
  const out: PartnerTask[] = [];
  for (const row of rows) {
    if (leadText(row.lead).toLocaleLowerCase("vi") === self.toLocaleLowerCase("vi")) continue;
    const text = row.partners === null || row.partners === undefined ? "" : String(row.partners);
    if (text.trim() === "") continue;
    let named = false;
    let via: string | null = null;
    for (const { name, unit: partner } of partnersOf(catalog, text)) {
      if (name === self || (selfUnit && partner === selfUnit)) named = true;
      else if (selfUnit && partner?.kind === "group" && via === null && groupMembers(catalog, partner).includes(selfUnit)) via = partner.name;
    }
    if (named || via) out.push({ row, via: named ? null : via });
  }
  return out;
}

const WIDTHS = [9, 50, 26, 30, 18, 13, 16];
const HEADER_ROW = 4;

export function buildPartnerSheet(rows: readonly RawRow[], unit: string, catalog: Catalog): SheetPlan {
  const tasks = partnerTasks(rows, unit, catalog);
  const lines: PlanCell[][] = tasks.map(({ row, via }) => [
    textCell(row.id),
    textCell(row.title),
    textCell(row.lead),
    [textCell(row.partners), via ? UNIT_COPY_TEXT.viaGroup(via) : null].filter((v) => v !== null).join(" ") || null,
    textCell(row.deadlineText),
    dueCell(row),
    textCell(row.status),
  ]);
  const pad = (cells: PlanCell[]) => [...cells, ...new Array<PlanCell>(WIDTHS.length - cells.length).fill(null)];
  const body = lines.length > 0 ? lines : [pad([UNIT_COPY_TEXT.partnerNone])];
  const last = "G";
  return {
    name: UNIT_COPY_TEXT.partnerSheet,
    blocks: [
      {
        topLeft: "A1",
        rows: [pad([UNIT_COPY_TEXT.partnerTitle(unit)]), pad([UNIT_COPY_TEXT.partnerNote]), pad([]), [...UNIT_COPY_TEXT.partnerHeaders], ...body],
      },
    ],
    columns: WIDTHS.map((width, index) => ({ index, width, ...(index === 5 ? { numberFormat: DATE_FORMAT } : { wrap: true }) })),
    styles: [
      { range: "A1", bold: true, fontSize: 13, fontColor: TITLE_FONT },
      { range: "A2", italic: true, wrap: false },
      { range: `A${HEADER_ROW}:${last}${HEADER_ROW}`, bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, horizontal: "center" },
    ],
    freeze: { rows: HEADER_ROW, columns: 0 },
    validations: [],
    conditionalFormats: [],
    protection: { unlocked: [] },
  };
}
