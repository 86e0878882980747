// Plain-text tables for a terminal: columns aligned by what the eye sees (NFC letters, not UTF-16 units).

export type Align = "left" | "right";

export interface TextColumn {
  header: string;
  align: Align;
}

/** Display width of Vietnamese text: precomposed letters count one each. */
export function textWidth(text: string): number {
  return [...text.normalize("NFC")].length;
}

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

/** Header, a rule, the rows; `footer` rows (totals) come after a second rule. */
export function renderTable(columns: TextColumn[], rows: string[][], footer: string[][] = []): string {
  // Loops, not Math.max(...rows): spreading a long list into arguments overflows the stack.
  const widths = columns.map((column, i) => {
    let width = textWidth(column.header);
    for (const r of rows) width = Math.max(width, textWidth(r[i] ?? ""));
    for (const r of footer) width = Math.max(width, textWidth(r[i] ?? ""));
    return width;
  });
  const line = (cells: string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? "", widths[i], column.align))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const lines = [line(columns.map((c) => c.header)), rule];
  for (const r of rows) lines.push(line(r));
  if (footer.length > 0) {
    lines.push(rule);
    for (const r of footer) lines.push(line(r));
  }
  return lines.join("\n");
}
