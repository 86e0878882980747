// Rows of a sheet with no table header, back to the text they came from: a document pasted one
// paragraph per row, or a labelled form kept as two-column tables ("Cơ quan chủ trì" | "Phòng Nghiệp
// vụ Y"), where the label cell loses the colon the text form would have.
import type { CellValue } from "../types";
import { cellText } from "./cellText";
import { matchLabel } from "./labels";
import { lineShape } from "./lineShape";

const UNIT_FIELDS = new Set(["lead", "partners", "leadAndPartners"]);

export interface SheetText {
  text: string;
  /** Some row was a label beside its value. */
  labelled: boolean;
}

export function sheetText(cells: CellValue[][]): SheetText {
  let labelled = false;
  const lines = cells.map((row) => {
    const texts = row.map(cellText).filter((t) => t !== "");
    if (texts.length < 2) return texts.join(" ");
    const label = texts[0].includes("\n") ? null : matchLabel(lineShape(texts[0]).body);
    if (!label || label.value !== "") return texts.join(" ");
    labelled = true;
    // A value cell of several lines is one value: units one per line are a list.
    const value = texts
      .slice(1)
      .join("\n")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join(UNIT_FIELDS.has(label.field) ? "; " : " ");
    return `${texts[0].replace(/[\s:：]+$/, "")}: ${value}`;
  });
  return { text: lines.join("\n"), labelled };
}
