// The functions a tracker formula may call: those of Excel 2016, LibreOffice 7 and WPS alike. The
// dynamic-array era ones (and the 2019 additions) would show #NAME? in the copies units open.

export const FORBIDDEN = ["FILTER", "UNIQUE", "XLOOKUP", "XMATCH", "LET", "LAMBDA", "IFS", "SWITCH", "TEXTJOIN", "CONCAT", "MAXIFS", "MINIFS", "SORT", "SORTBY", "SEQUENCE", "RANDARRAY"];

/** What the tracker needs, all in Excel 2016 and LibreOffice 7. */
export const ALLOWED = new Set(["IF", "OR", "AND", "NOT", "N", "INT", "MAX", "TRIM", "COUNTA", "COUNTIF", "COUNTIFS", "SUMPRODUCT", "ISNUMBER", "SEARCH", "SUBSTITUTE", "DATE", "TODAY", "HYPERLINK"]);

/** Function names called in a formula, string literals left out ("Hoàn thành (x)" is no call). */
export function functionsOf(formula: string): string[] {
  return [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}
