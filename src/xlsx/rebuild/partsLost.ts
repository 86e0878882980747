// What ExcelJS drops when it rewrites a workbook, found in the package before a rebuild touches it:
// charts, PivotTables, slicers, shapes and text boxes, form controls, ActiveX controls, sparklines and
// the validations and conditional formats Excel keeps in an extension (lists taken from another sheet,
// rules reading another sheet; data bars and icon sets there ExcelJS does keep), and defined names
// that are formulas rather than ranges, and links to a place in the workbook. A rebuild in place
// would lose them without a word, so it is refused instead, naming the sheet and the cell. Pictures
// are not here: ExcelJS reads them, and the rebuild puts them back (rebuild/sheetExtras.ts).
import JSZip from "jszip";
import { readRelationships } from "../read/package/relationships";
import { relsPathOf, resolveTarget } from "../read/package/partPaths";

export type LostPart = "charts" | "pivots" | "slicers" | "shapes" | "controls" | "sparklines" | "extValidations";

/** What the rebuild refuses beyond the parts `partsExcelJsDrops` names. */
export type LostItemPart = LostPart | "extFormats" | "names" | "internalLinks";

export interface LostItem {
  kind: LostItemPart;
  /** The sheet that holds it, when the package says so. */
  sheet?: string;
  /** The cell it is anchored at or applies to (A1), when known. */
  cell?: string;
}

/** Zip entry names are stored as plain text: found without unpacking. */
const DROPPED_PARTS: { marker: string; kind: LostPart }[] = [
  { marker: "xl/charts/", kind: "charts" },
  { marker: "xl/pivotTables/", kind: "pivots" },
  { marker: "xl/pivotCache/", kind: "pivots" },
  { marker: "xl/slicers/", kind: "slicers" },
  { marker: "xl/ctrlProps/", kind: "controls" },
  { marker: "xl/activeX/", kind: "controls" },
];

/** The kinds of dropped parts the package holds, from the zip's entry names alone. */
export function partsExcelJsDrops(bytes: Buffer): LostPart[] {
  const found = new Set<LostPart>();
  for (const { marker, kind } of DROPPED_PARTS) if (bytes.includes(marker, 0, "latin1")) found.add(kind);
  return [...found];
}

/** Sheet-level markers ExcelJS ignores; they sit in the sheet's extension list, after the cells. */
const SHEET_MARKERS: { marker: string; kind: LostPart }[] = [
  { marker: "sparklineGroups", kind: "sparklines" },
  { marker: "x14:dataValidations", kind: "extValidations" },
];

/** An autoFilter element, empty (self-closed) or with its filter columns. */
const AUTO_FILTER = /<(?:\w+:)?autoFilter\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/(?:\w+:)?autoFilter>)/;

export interface PackageScan {
  lost: LostItem[];
  /**
   * Sheets with Excel 365's threaded comments: ExcelJS keeps the note Excel stores beside each thread
   * (its whole text), not the thread, so they are kept as notes, with a notice.
   */
  threadedComments: string[];
  /** Filters and sorts saved on tables and sheets: ExcelJS keeps the filter buttons, not what they hide. */
  filters: SavedFilter[];
  /** Defined names as the package holds them, to tell which ExcelJS dropped (see rebuild/names.ts). */
  definedNames: { name: string; text: string; scoped: boolean }[];
}

export interface SavedFilter {
  sheet: string;
  /** The table's name, absent for a filter on the sheet itself. */
  table?: string;
  /** Headers of the filtered columns (the table's), or their column numbers from the range's first. */
  columns: string[];
  sorted: boolean;
}

/**
 * Every dropped thing of the package with its sheet and cell. Called after the loader has checked the
 * package's sizes; sheets are unpacked as a stream, so a big task sheet is never held whole.
 */
export async function itemsExcelJsDrops(bytes: Uint8Array): Promise<PackageScan> {
  const byName = partsExcelJsDrops(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { lost: byName.map((kind) => ({ kind })), threadedComments: [], filters: [], definedNames: [] };
  }
  const threadedComments: string[] = [];
  const filters: SavedFilter[] = [];
  const entry = (name: string) => zip.file(new RegExp(`^${escapeRegExp(name)}$`, "i"))[0] ?? null;
  const text = async (name: string) => (await entry(name)?.async("string")) ?? "";
  const items: LostItem[] = [];
  const workbookXml = await text("xl/workbook.xml");
  const sheets = [...workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([element]) => ({
    name: unescapeXml(/\sname="([^"]*)"/.exec(element)?.[1] ?? ""),
    rid: /\s(?:\w+:)?id="([^"]*)"/.exec(element)?.[1] ?? "",
  }));
  // Sheets name their part by relationship id, which readRelationships leaves out.
  const ridTargets = new Map(
    [...(await text("xl/_rels/workbook.xml.rels")).matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([element]) => [
      /\sId="([^"]*)"/.exec(element)?.[1] ?? "",
      /\sTarget="([^"]*)"/.exec(element)?.[1] ?? "",
    ]),
  );
  for (const sheet of sheets) {
    const target = ridTargets.get(sheet.rid);
    if (!target) continue;
    const part = resolveTarget("xl/workbook.xml", target);
    for (const rel of readRelationships(await text(relsPathOf(part)))) {
      if (rel.external) continue;
      if (rel.kind === "drawing") items.push(...drawingItems(await text(resolveTarget(part, rel.target)), sheet.name));
      else if (rel.kind === "ctrlProp" || rel.kind === "control") items.push({ kind: "controls", sheet: sheet.name });
      else if (rel.kind === "pivotTable") items.push({ kind: "pivots", sheet: sheet.name });
      else if (rel.kind === "threadedComment") threadedComments.push(sheet.name);
      else if (rel.kind === "table") {
        const saved = tableFilter(await text(resolveTarget(part, rel.target)), sheet.name);
        if (saved) filters.push(saved);
      }
    }
    const file = entry(part);
    if (!file) continue;
    const scanned = await scanSheetPart(file);
    for (const kind of scanned.kinds) items.push({ kind, sheet: sheet.name });
    items.push(...extFormatItems(scanned.extLst, sheet.name));
    items.push(...scanned.internalLinks.map((cell) => ({ kind: "internalLinks" as const, sheet: sheet.name, cell })));
    const sheetFilter = scanned.autoFilter ? filterOf(scanned.autoFilter, [], scanned.sorted) : null;
    if (sheetFilter) filters.push({ sheet: sheet.name, ...sheetFilter });
  }
  // Parts no sheet points at (a slicer cache, a pivot cache) still go: listed once, without a sheet.
  for (const kind of byName) {
    if (!items.some((i) => i.kind === kind)) items.push({ kind });
  }
  return { lost: dedupe(items), threadedComments, filters, definedNames: definedNamesOf(workbookXml) };
}

/**
 * Conditional formats of the sheet's extension that ExcelJS reads without their formula (a rule over
 * another sheet's cells, Excel 2010+): written back they would be empty, so they are refused.
 * Data bars and icon sets of the extension ExcelJS reads and writes whole.
 */
function extFormatItems(extLst: string, sheet: string): LostItem[] {
  const items: LostItem[] = [];
  for (const [block] of extLst.matchAll(/<(?:\w+:)?conditionalFormatting\b[\s\S]*?<\/(?:\w+:)?conditionalFormatting>/g)) {
    const types = [...block.matchAll(/<(?:\w+:)?cfRule\b[^>]*\stype="([^"]*)"/g)].map((m) => m[1]);
    if (types.every((type) => type === "dataBar" || type === "iconSet")) continue;
    const sqref = /<(?:\w+:)?sqref>([^<]*)</.exec(block)?.[1]?.trim();
    items.push({ kind: "extFormats", sheet, ...(sqref ? { cell: sqref.replace(/\s+/g, " ") } : {}) });
  }
  return items;
}

/** The filter and sort a table part saves, with its columns by header; null when it saves none. */
function tableFilter(xml: string, sheet: string): SavedFilter | null {
  const table = unescapeXml(/<(?:\w+:)?table\b[^>]*\sname="([^"]*)"/.exec(xml)?.[1] ?? "");
  const headers = [...xml.matchAll(/<(?:\w+:)?tableColumn\b[^>]*\sname="([^"]*)"/g)].map((m) => unescapeXml(m[1]));
  const autoFilter = AUTO_FILTER.exec(xml)?.[0] ?? "";
  const saved = filterOf(autoFilter, headers, /<(?:\w+:)?sortState\b/.test(xml));
  return saved ? { sheet, ...(table ? { table } : {}), ...saved } : null;
}

/** Columns an autoFilter element filters (a filterColumn with criteria, not just a button). */
function filterOf(autoFilter: string, headers: string[], sorted: boolean): { columns: string[]; sorted: boolean } | null {
  const columns: string[] = [];
  for (const [, id, body] of autoFilter.matchAll(/<(?:\w+:)?filterColumn\b[^>]*?\scolId="(\d+)"[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?filterColumn>)/g)) {
    if (!body || !/<\w/.test(body)) continue;
    columns.push(headers[Number(id)] ?? String(Number(id) + 1));
  }
  const sortedHere = sorted || /<(?:\w+:)?sortState\b/.test(autoFilter);
  return columns.length > 0 || sortedHere ? { columns, sorted: sortedHere } : null;
}

function definedNamesOf(workbookXml: string): PackageScan["definedNames"] {
  return [...workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)].map(([, attributes, text]) => ({
    name: unescapeXml(/\sname="([^"]*)"/.exec(attributes)?.[1] ?? ""),
    text: unescapeXml(text),
    scoped: /\slocalSheetId="/.test(attributes),
  }));
}

/** Anchors of a drawing part that hold something other than a picture, at their top-left cell. */
function drawingItems(xml: string, sheet: string): LostItem[] {
  const items: LostItem[] = [];
  const anchors = xml.match(/<(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/(?:\w+:)?(?:twoCellAnchor|oneCellAnchor|absoluteAnchor)>/g) ?? [];
  for (const anchor of anchors) {
    const kind: LostPart | null = /<(?:\w+:)?(?:sp|grpSp|cxnSp)\b/.test(anchor)
      ? "shapes"
      : /<(?:\w+:)?graphicFrame\b/.test(anchor) || /<(?:\w+:)?AlternateContent\b/.test(anchor)
        ? /\/chart"|chart\b/.test(anchor) ? "charts" : /slicer/i.test(anchor) ? "slicers" : "shapes"
        : null;
    if (!kind) continue;
    const col = /<(?:\w+:)?from>[\s\S]*?<(?:\w+:)?col>(\d+)</.exec(anchor);
    const row = /<(?:\w+:)?from>[\s\S]*?<(?:\w+:)?row>(\d+)</.exec(anchor);
    items.push({ kind, sheet, ...(col && row ? { cell: `${letters(Number(col[1]) + 1)}${Number(row[1]) + 1}` } : {}) });
  }
  return items;
}

/** JSZip's chunked reader (documented, missing from its typings). */
type StreamingObject = JSZip.JSZipObject & {
  internalStream(type: "uint8array"): {
    on(event: "data", listener: (chunk: Uint8Array) => void): ReturnType<StreamingObject["internalStream"]>;
    on(event: "error", listener: (error: Error) => void): ReturnType<StreamingObject["internalStream"]>;
    on(event: "end", listener: () => void): ReturnType<StreamingObject["internalStream"]>;
    resume(): void;
  };
};

/** What one pass over a sheet part finds: the markers, and its extension list and autoFilter as text. */
interface SheetScan {
  kinds: LostPart[];
  /** Cells linking to a place in the workbook (a location, no relationship): ExcelJS drops those links. */
  internalLinks: string[];
  extLst: string;
  autoFilter: string;
  sorted: boolean;
}

/** Caps what is kept of a sheet's tail: the extension list of a real sheet is a few kilobytes. */
const TAIL_LIMIT = 4 * 1024 * 1024;

/**
 * The part unpacked chunk by chunk with an overlap so no marker is split unseen; only what follows the
 * cells (the autoFilter, the extension list) is kept as text.
 */
async function scanSheetPart(file: JSZip.JSZipObject): Promise<SheetScan> {
  const found = new Set<LostPart>();
  const overlap = Math.max(...SHEET_MARKERS.map((m) => m.marker.length), "</sheetData>".length);
  let tail = "";
  let after: string | null = null;
  // Sheet names in the extension's formulas are UTF-8: a character split between chunks is joined.
  const decoder = new TextDecoder("utf-8");
  await new Promise<void>((resolve, reject) => {
    (file as StreamingObject)
      .internalStream("uint8array")
      .on("data", (chunk: Uint8Array) => {
        const text = decoder.decode(chunk, { stream: true });
        const window = tail + text;
        for (const { marker, kind } of SHEET_MARKERS) if (window.includes(marker)) found.add(kind);
        if (after !== null) {
          if (after.length < TAIL_LIMIT) after += text;
        } else if (window.includes("</sheetData>")) after = window.slice(window.indexOf("</sheetData>"));
        tail = window.slice(-overlap);
      })
      .on("error", reject)
      .on("end", () => resolve())
      .resume();
  });
  const rest = after ?? "";
  const extAt = rest.search(/<(?:\w+:)?extLst\b/);
  const links = [...rest.matchAll(/<(?:\w+:)?hyperlink\b[^>]*>/g)].map(([element]) => element).filter((e) => /\slocation="/.test(e) && !/\s(?:\w+:)?id="/.test(e));
  return {
    kinds: [...found],
    internalLinks: links.map((e) => /\sref="([^"]*)"/.exec(e)?.[1] ?? "").filter(Boolean),
    extLst: extAt >= 0 ? rest.slice(extAt) : "",
    autoFilter: AUTO_FILTER.exec(rest)?.[0] ?? "",
    sorted: /<(?:\w+:)?sortState\b/.test(extAt >= 0 ? rest.slice(0, extAt) : rest),
  };
}

function dedupe(items: LostItem[]): LostItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.kind}|${i.sheet ?? ""}|${i.cell ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function letters(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_all, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] as string);
}
