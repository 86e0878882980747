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
  const widths = columns.map((column, i) =>
    Math.max(textWidth(column.header), ...rows.map((r) => textWidth(r[i] ?? "")), ...footer.map((r) => textWidth(r[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? "", widths[i], column.align))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const lines = [line(columns.map((c) => c.header)), rule, ...rows.map(line)];
  if (footer.length > 0) lines.push(rule, ...footer.map(line));
  return lines.join("\n");
}
