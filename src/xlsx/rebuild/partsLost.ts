// What ExcelJS drops when it rewrites a workbook, found in the package before a rebuild touches it:
// charts, PivotTables, slicers, shapes and text boxes, form controls, ActiveX controls, sparklines and
// the validations Excel keeps in an extension (lists taken from another sheet). A rebuild in place
// would lose them without a word, so it is refused instead, naming the sheet and the cell. Pictures
// are not here: ExcelJS reads them, and the rebuild puts them back (rebuild/sheetExtras.ts).
import JSZip from "jszip";
import { readRelationships } from "../read/package/relationships";
import { relsPathOf, resolveTarget } from "../read/package/partPaths";

export type LostPart = "charts" | "pivots" | "slicers" | "shapes" | "controls" | "sparklines" | "extValidations";

export interface LostItem {
  kind: LostPart;
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

export interface PackageScan {
  lost: LostItem[];
  /**
   * Sheets with Excel 365's threaded comments: ExcelJS keeps the note Excel stores beside each thread
   * (its whole text), not the thread, so they are kept as notes, with a notice.
   */
  threadedComments: string[];
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
    return { lost: byName.map((kind) => ({ kind })), threadedComments: [] };
  }
  const threadedComments: string[] = [];
  const entry = (name: string) => zip.file(new RegExp(`^${escapeRegExp(name)}$`, "i"))[0] ?? null;
  const text = async (name: string) => (await entry(name)?.async("string")) ?? "";
  const items: LostItem[] = [];
  const sheets = [...(await text("xl/workbook.xml")).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([element]) => ({
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
    }
    const file = entry(part);
    if (file) for (const kind of await markersIn(file, SHEET_MARKERS)) items.push({ kind, sheet: sheet.name });
  }
  // Parts no sheet points at (a slicer cache, a pivot cache) still go: listed once, without a sheet.
  for (const kind of byName) {
    if (!items.some((i) => i.kind === kind)) items.push({ kind });
  }
  return { lost: dedupe(items), threadedComments };
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

/** Which markers occur in a part, unpacked chunk by chunk with an overlap so none is split unseen. */
async function markersIn(file: JSZip.JSZipObject, markers: { marker: string; kind: LostPart }[]): Promise<LostPart[]> {
  const found = new Set<LostPart>();
  const overlap = Math.max(...markers.map((m) => m.marker.length));
  let tail = "";
  await new Promise<void>((resolve, reject) => {
    (file as StreamingObject)
      .internalStream("uint8array")
      .on("data", (chunk: Uint8Array) => {
        const window = tail + Buffer.from(chunk).toString("latin1");
        for (const { marker, kind } of markers) if (window.includes(marker)) found.add(kind);
        tail = window.slice(-overlap);
      })
      .on("error", reject)
      .on("end", () => resolve())
      .resume();
  });
  return [...found];
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
