// File names of unit copies: the unit's name folded to ASCII, lower case (mail servers and old Windows
// mangle accents in attachment names), distinct even when two names fold alike.
import { uniqueFileNames } from "../../core/fileNames";

/** One .xlsx name per unit, in order; a repeated stem gets "-2", "-3", … */
export function unitFileNames(units: readonly string[]): string[] {
  return uniqueFileNames(
    units.map((unit) => unit.toLocaleLowerCase("vi")),
    ".xlsx",
    "don-vi",
  );
}
