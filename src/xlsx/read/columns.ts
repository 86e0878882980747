// A1 column letters in ExcelJS's numbering, where the first column is 1.
import { columnIndex, columnLetter as letterOfIndex } from "../../workbook/a1";

/** 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  return letterOfIndex(column - 1);
}

/** A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return columnIndex(letters) + 1;
}
