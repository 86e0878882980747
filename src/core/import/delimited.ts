// Tab- or comma-separated text as Excel writes it when a table is copied or saved: quoted fields may
// hold line breaks and doubled quotes; a UTF-8 byte order mark may lead.

export function parseDelimited(text: string, delimiter: string): string[][] {
  const src = text.replace(/^\ufeff/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      if (ch === "\r" && src[i + 1] === "\n") i++;
    } else field += ch;
    i++;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The separator of a CSV file: Vietnamese-locale Excel writes ";" where others write ",". */
export function guessCsvDelimiter(text: string): string {
  const first = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (c: string) => first.split(c).length - 1;
  return count(";") > count(",") ? ";" : count("\t") > count(",") ? "\t" : ",";
}

/**
 * Rows of a table pasted from Word into a plain text editor: a cell holding a line break splits its
 * row in two, unquoted. Two short rows whose lengths add up to the header's (the broken cell counted
 * once) are joined back.
 */
export function rejoinSplitRows(rows: string[][], width: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const next = rows[i + 1];
    if (next && row.length < width && next.length < width && row.length + next.length - 1 === width) {
      const cell = `${row[row.length - 1]}\n${next[0]}`;
      out.push([...row.slice(0, -1), cell, ...next.slice(1)]);
      i++;
    } else out.push(row);
  }
  return out;
}
