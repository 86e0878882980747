/** "#RRGGBB" → ExcelJS colour { argb: "FFRRGGBB" }. */
export function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, "").toUpperCase()}` };
}
