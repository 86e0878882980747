// Text of a cell as the engine reads names (src/core/text.ts oneLine): non-breaking spaces, which
// text pasted from Word or the web carries, count as spaces, and TRIM drops the extra ones.

/**
 * The non-breaking space as a literal in the formula, not CHAR(160): CHAR follows the platform's
 * code page, and on Excel for Mac CHAR(160) is "†".
 */
const NBSP = "\u00a0";

/** TRIM(SUBSTITUTE(ref," "," ")) with the first " " a non-breaking space; `ref` may be a range inside SUMPRODUCT. */
export function trimmedText(ref: string): string {
  return `TRIM(SUBSTITUTE(${ref},"${NBSP}"," "))`;
}
