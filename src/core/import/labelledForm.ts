// Labelled form: "1. Tên nhiệm vụ: ...", "2. Cơ quan chủ trì: ...", ... one block per task.
import type { Draft } from "./draft";
import { hasFields } from "./draftFields";
import type { Label } from "./labels";
import type { LineShape } from "./lineShape";

/**
 * "6. Kinh phí thực hiện: ..." inside a labelled task: a field with no column, not a heading (as a
 * heading it would become the section of every task after it).
 */
export function isFieldWithoutColumn(cur: Draft | null, shape: LineShape): boolean {
  if (!cur || !cur.titleFromLabel || !shape.numbering) return false;
  if (shape.numbering.kind !== "arabic" && shape.numbering.kind !== "lower") return false;
  const colon = shape.body.indexOf(":");
  return colon > 0 && colon <= 50 && /:\s*\S/.test(shape.body);
}

/** "Tên nhiệm vụ: X" then "Nội dung: Y": Y describes X, it does not start another task. */
export function describesTitle(cur: Draft | null, label: Label, pending: number): boolean {
  return label.field === "title" && cur !== null && cur.title.length > 0 && !hasFields(cur) && pending === 0;
}
