// Parts of an .xlsx that ExcelJS drops when it rewrites a workbook. A rebuild in place would lose
// them without a word, so it is refused instead. Zip entry names are stored as plain text.

const DROPPED_PARTS: { marker: string; kind: "charts" | "pivots" | "slicers" }[] = [
  { marker: "xl/charts/", kind: "charts" },
  { marker: "xl/pivotTables/", kind: "pivots" },
  { marker: "xl/pivotCache/", kind: "pivots" },
  { marker: "xl/slicers/", kind: "slicers" },
];

export type LostPart = (typeof DROPPED_PARTS)[number]["kind"];

export function partsExcelJsDrops(bytes: Buffer): LostPart[] {
  const found = new Set<LostPart>();
  for (const { marker, kind } of DROPPED_PARTS) if (bytes.includes(marker, 0, "latin1")) found.add(kind);
  return [...found];
}
