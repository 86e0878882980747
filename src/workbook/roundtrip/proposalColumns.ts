// The unit copy's task table gains two columns after Đánh giá for the unit to ask for a new deadline
// and say why: inside the table (filters, the reader's extra columns), dated like the other dates.
import { PROPOSAL_HEADERS } from "../../core/strings/roundtrip";
import { TASK_FIELDS } from "../../core/types";
import { columnLetter } from "../a1";
import type { SheetPlan } from "../plan";
import { TRACKER_HEADERS } from "../taskRefs";
import { DATE_FORMAT } from "../taskSheet";

/** 0-based columns of the two proposal columns: right after the table's last column (the hidden helper columns). */
export const PROPOSAL_COLUMNS = { proposedDue: TRACKER_HEADERS.length, reason: TRACKER_HEADERS.length + 1 } as const;

const LAST_TASK_LETTER = columnLetter(TASK_FIELDS.length - 1);
const LAST_TABLE_LETTER = columnLetter(TRACKER_HEADERS.length - 1);
const LAST_LETTER = columnLetter(PROPOSAL_COLUMNS.reason);

/** The task sheet of buildTrackerPlan with the proposal columns added; its single block is the table. */
export function withProposalColumns(sheet: SheetPlan): SheetPlan {
  const [block, ...rest] = sheet.blocks;
  const lastRow = block.rows.length;
  const headers = [PROPOSAL_HEADERS.proposedDue, PROPOSAL_HEADERS.reason];
  const widen = (range: string) => range.replace(new RegExp(`(^|:)(?:${LAST_TASK_LETTER}|${LAST_TABLE_LETTER})(\\d+)$`), `$1${LAST_LETTER}$2`);
  const dateRule = sheet.validations.find((v) => v.type === "date");
  const proposedDue = columnLetter(PROPOSAL_COLUMNS.proposedDue);
  return {
    ...sheet,
    blocks: [{ ...block, rows: block.rows.map((row, i) => [...row, ...(i === 0 ? headers : [null, null])]) }, ...rest],
    table: sheet.table && { ...sheet.table, range: widen(sheet.table.range), headers: [...sheet.table.headers, ...headers] },
    columns: [
      ...sheet.columns,
      { index: PROPOSAL_COLUMNS.proposedDue, width: 14, numberFormat: DATE_FORMAT },
      { index: PROPOSAL_COLUMNS.reason, width: 30, wrap: true },
    ],
    styles: sheet.styles.map((style) => (style.range === `A1:${LAST_TASK_LETTER}1` ? { ...style, range: `A1:${LAST_LETTER}1` } : style)),
    validations: [...sheet.validations, ...(dateRule ? [{ ...dateRule, range: `${proposedDue}2:${proposedDue}${lastRow}` }] : [])],
    conditionalFormats: sheet.conditionalFormats.map((format) => ({ ...format, range: widen(format.range) })),
  };
}
