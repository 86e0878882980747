// The package with some sheets emptied before ExcelJS loads it: a reader that only needs the task
// table, the settings and Tổng hợp need not hold Phân công's or Kiểm tra's rows in memory (at 50,000
// tasks they outweigh the task table). Only the sheets' cells go; names, tables and the sheets
// themselves stay, so everything the reader looks up is where it was. Browser-safe.
import JSZip from "jszip";
import { resolveTarget } from "./partPaths";
import { readRelationships } from "./relationships";

const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

/** The bytes with the named sheets' cells removed, or null when none of them is in the package. */
export async function withoutSheets(bytes: Uint8Array, names: readonly string[]): Promise<Uint8Array | null> {
  if (names.length === 0) return null;
  const zip = await JSZip.loadAsync(bytes);
  const workbookName = Object.keys(zip.files).find((n) => n.replace(/^\/+/, "").toLowerCase() === "xl/workbook.xml");
  const relsName = Object.keys(zip.files).find((n) => n.replace(/^\/+/, "").toLowerCase() === "xl/_rels/workbook.xml.rels");
  if (!workbookName || !relsName) return null;
  const [workbookXml, relsXml] = await Promise.all([zip.files[workbookName].async("string"), zip.files[relsName].async("string")]);
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = /\sId\s*=\s*"([^"]*)"/.exec(match[0])?.[1];
    const [rel] = readRelationships(match[0]);
    if (id && rel && !rel.external) targets.set(id, resolveTarget("xl/workbook.xml", rel.target));
  }
  const wanted = new Set(names.map((n) => n.normalize("NFC")));
  let changed = false;
  for (const sheet of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = unescapeXml(/\sname\s*=\s*"([^"]*)"/.exec(sheet[0])?.[1] ?? "").normalize("NFC");
    const id = /\sr:id\s*=\s*"([^"]*)"/.exec(sheet[0])?.[1];
    const part = id ? targets.get(id) : undefined;
    if (!wanted.has(name) || !part || !zip.files[part]) continue;
    zip.file(part, EMPTY_SHEET);
    changed = true;
  }
  return changed ? zip.generateAsync({ type: "uint8array", compression: "STORE" }) : null;
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_all, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e] as string);
}
