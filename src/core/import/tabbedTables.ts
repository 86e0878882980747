// A Word document copied whole into a text file: paragraphs stay lines, its tables become lines of
// tab-separated cells (unquoted, so a cell's line break splits its row). Each table is cut out and
// read as cells; the text around it is read as text.
import { parseDelimited, rejoinSplitRows } from "./delimited";
import { findHeader } from "./tableHeader";

export type TextPart = { kind: "text"; text: string } | { kind: "table"; rows: string[][] };

function headerAt(lines: string[], i: number): boolean {
  if (!lines[i].includes("\t")) return false;
  return findHeader(parseDelimited(`${lines[i]}\n${lines[i + 1] ?? ""}`, "\t"), 1) !== null;
}

/** The last line of the table starting at `start`: tabbed lines, with single untabbed lines between. */
function tableEnd(lines: string[], start: number): number {
  let last = start;
  for (let j = start + 1; j < lines.length; j++) {
    if (lines[j].includes("\t")) last = j;
    else if (j - last > 1) break;
  }
  return last;
}

export function splitTables(text: string): TextPart[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  const parts: TextPart[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!headerAt(lines, i)) continue;
    const end = tableEnd(lines, i);
    if (i > from) parts.push({ kind: "text", text: lines.slice(from, i).join("\n") });
    const rows = parseDelimited(lines.slice(i, end + 1).join("\n"), "\t");
    const header = findHeader(rows, 1);
    const start = header ? header.dataStart : 1;
    parts.push({ kind: "table", rows: [...rows.slice(0, start), ...rejoinSplitRows(rows.slice(start), rows[0].length)] });
    from = end + 1;
    i = end;
  }
  if (from < lines.length) parts.push({ kind: "text", text: lines.slice(from).join("\n") });
  return parts;
}
