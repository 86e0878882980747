// Block form: a label with nothing after it takes the lines below as its value ("1. Nội dung" then
// bullets; "a) Cơ quan chủ trì" then "- Sở Y tế"), until the next label or heading.
import type { LabelField } from "./labels";
import type { LineShape } from "./lineShape";

const UNIT_FIELDS: LabelField[] = ["lead", "partners", "leadAndPartners"];

/** A unit field left open below its label takes "- X chủ trì;" / "- Y phối hợp." as its lines, not as prose tasks. */
export function takesUnitLine(field: LabelField | null, taken: number, shape: LineShape): boolean {
  return field !== null && UNIT_FIELDS.includes(field) && continuesField(field, taken, shape);
}

/** Item numbering (a), (1)) continues a block; I., 1. start the next heading. */
export function isItemNumbering(shape: LineShape): boolean {
  return shape.numbering?.kind === "lower" || shape.numbering?.kind === "paren";
}

/** Whether a line below an empty label belongs to it (`taken`: lines it already took). */
export function continuesField(field: LabelField, taken: number, shape: LineShape): boolean {
  if (shape.numbering && !isItemNumbering(shape)) return false;
  if (field === "deadline") return taken === 0;
  // A unit is a few words; a long line or one ending in ":" is the next task line.
  if (UNIT_FIELDS.includes(field)) return shape.body.split(/\s+/).length <= 25 && !shape.body.endsWith(":");
  return true;
}

/** The value a continuation line adds: item numbers stay ("a) ..."), bullets go. */
export function continuationValue(shape: LineShape): string {
  return shape.numbering ? shape.text : shape.body;
}
