// A1 addressing: column letters and back, quoted sheet references.

/** 0-based column index → letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Letters → 0-based column index: A → 0, AA → 26 (any case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as formulas write it: always quoted (names here have spaces and diacritics). */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "'Danh mục'!$B$3" or "'Danh mục'!$B$3:$B$9". */
export function absoluteRef(sheet: string, col: number, row: number, toCol?: number, toRow?: number): string {
  const start = `$${columnLetter(col)}$${row}`;
  const end = toCol === undefined || toRow === undefined ? "" : `:$${columnLetter(toCol)}$${toRow}`;
  return `${sheetRef(sheet)}!${start}${end}`;
}

/** A string literal inside a formula. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** "B3" for (1, 3); "B3:D9" for a range (0-based columns, 1-based rows). */
export function rangeA1(column: number, row: number, toColumn = column, toRow = row): string {
  const start = `${columnLetter(column)}${row}`;
  return column === toColumn && row === toRow ? start : `${start}:${columnLetter(toColumn)}${toRow}`;
}
