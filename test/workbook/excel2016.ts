// The functions a tracker formula may call: those of Excel 2016, LibreOffice 7 and WPS alike. The
// dynamic-array era ones (and the 2019 additions) would show #NAME? in the copies units open.

export const FORBIDDEN = ["FILTER", "UNIQUE", "XLOOKUP", "XMATCH", "LET", "LAMBDA", "IFS", "SWITCH", "TEXTJOIN", "CONCAT", "MAXIFS", "MINIFS", "SORT", "SORTBY", "SEQUENCE", "RANDARRAY"];

/** What the tracker needs, all in Excel 2016 and LibreOffice 7. */
export const ALLOWED = new Set(["IF", "OR", "AND", "NOT", "N", "INT", "MAX", "TRIM", "COUNTA", "COUNTIF", "COUNTIFS", "SUMPRODUCT", "ISNUMBER", "SEARCH", "SUBSTITUTE", "DATE", "TODAY", "HYPERLINK", "INDEX", "YEAR", "SUM", "MATCH", "IFERROR"]);

/** A formula with its string literals emptied and its structured references' column names left out. */
export function outsideTextAndColumns(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\[(?:[^[\]']|'.)*\]/g, "[]");
}

/** Function names called in a formula, string literals left out ("Hoàn thành (x)" is no call), nor a column "Tiến độ (%)". */
export function functionsOf(formula: string): string[] {
  return [...outsideTextAndColumns(formula).matchAll(/([A-Za-z][A-Za-z0-9._]*)\s*\(/g)].map((m) => m[1].toUpperCase());
}
