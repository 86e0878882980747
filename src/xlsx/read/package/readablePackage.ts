// Rewrites a valid .xlsx package that ExcelJS would misread into one it reads, changing names and
// relationship targets only. Other writers store parts where the standard allows and ExcelJS does
// not look: openpyxl targets every part by absolute path ("/xl/tables/table1.xml"), and some tools
// name parts freely ("xl/worksheets/sheet.xml"); ExcelJS then fails, or worse drops a sheet silently.
// Browser-safe: the task pane reads returned files with it too.
import JSZip from "jszip";
import { EXCELJS_NAMES } from "./excelJsPartNames";
import { relativeTarget, relsPathOf, resolveTarget, sourceOfRels } from "./partPaths";
import { readRelationships, rewriteTargets } from "./relationships";
import { mainPrefixes, unprefixedXml } from "./unprefixedXml";

interface RelsPart {
  name: string;
  /** The part it describes, "" for the package. */
  source: string;
  xml: string;
}

/** The package rewritten for ExcelJS, or null when ExcelJS reads it as it is (the usual case). */
export async function readablePackage(bytes: Uint8Array | ArrayBuffer): Promise<Uint8Array | null> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  // Old Windows zippers store "xl\workbook.xml"; ExcelJS already strips a leading "/" itself.
  const nameOf = (entry: JSZip.JSZipObject) => entry.name.replace(/\\/g, "/").replace(/^\/+/, "");
  const byLowerName = new Map(entries.map((entry) => [nameOf(entry).toLowerCase(), nameOf(entry)]));
  const findPart = (path: string): string | undefined => byLowerName.get(path.toLowerCase()) ?? byLowerName.get(safeDecode(path).toLowerCase());

  const relsParts: RelsPart[] = [];
  for (const entry of entries) {
    const source = sourceOfRels(nameOf(entry));
    if (source === null) continue;
    relsParts.push({ name: nameOf(entry), source: findPart(source) ?? source, xml: await entry.async("string") });
  }
  // The package's own relationships first, so the workbook is named before the parts it points at.
  relsParts.sort((a, b) => (a.source === "" ? -1 : b.source === "" ? 1 : a.name.localeCompare(b.name)));

  const renames = excelJsNames(relsParts, findPart, new Set(byLowerName.keys()));
  const newName = (part: string) => renames.get(part) ?? part;
  const rewritten = new Map<string, { name: string; xml: string }>();
  let changed = renames.size > 0 || entries.some((entry) => entry.name.includes("\\"));
  for (const rels of relsParts) {
    const source = newName(rels.source);
    const xml = rewriteTargets(rels.xml, ({ target, external }) => {
      const part = external ? undefined : findPart(resolveTarget(rels.source, target));
      // A target to no part (a web address without TargetMode, a dangling link) is not ours to change.
      return part === undefined ? target : relativeTarget(source, newName(part));
    });
    const name = rels.source === "" ? rels.name : relsPathOf(source);
    changed ||= xml !== rels.xml || name !== rels.name;
    rewritten.set(rels.name, { name, xml });
  }

  // Only the workbook part is looked at first: unzipping every sheet would slow down every file.
  const unprefixed = new Map<string, string>();
  const workbookName = workbookPart(relsParts, findPart);
  const workbook = entries.find((entry) => nameOf(entry) === workbookName);
  if (workbook && mainPrefixes(await workbook.async("string")).length > 0) {
    for (const entry of entries) {
      if (!nameOf(entry).toLowerCase().endsWith(".xml")) continue;
      const xml = await entry.async("string");
      const plain = unprefixedXml(xml);
      if (plain !== xml) unprefixed.set(nameOf(entry), plain);
    }
  }
  if (!changed && unprefixed.size === 0) return null;

  // [Content_Types].xml keeps the old names: ExcelJS never reads it, and the result is only read.
  const out = new JSZip();
  for (const entry of entries) {
    const name = nameOf(entry);
    const rels = rewritten.get(name);
    if (rels) out.file(rels.name, rels.xml);
    else out.file(newName(name), unprefixed.get(name) ?? (await entry.async("uint8array")));
  }
  return out.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** New names for the parts ExcelJS would not find where they are, keyed by their current names. */
function excelJsNames(relsParts: RelsPart[], findPart: (path: string) => string | undefined, taken: Set<string>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const rels of relsParts) {
    for (const { kind, target, external } of readRelationships(rels.xml)) {
      const rule = EXCELJS_NAMES[kind];
      const part = external || !rule ? undefined : findPart(resolveTarget(rels.source, target));
      if (part === undefined || renames.has(part) || rule.accepts.test(part)) continue;
      const extension = part.slice(part.lastIndexOf(".") + 1);
      for (let n = 1; n < 10_000; n++) {
        const name = rule.name(n, extension);
        if (!rule.accepts.test(name)) break;
        // Only the case differs ("xl/Workbook.xml"): the name is the part's own, not another's.
        if (taken.has(name.toLowerCase()) && name.toLowerCase() !== part.toLowerCase()) {
          if (rule.name(n + 1, extension) === name) break;
          continue;
        }
        taken.add(name.toLowerCase());
        renames.set(part, name);
        break;
      }
    }
  }
  return renames;
}

/** The workbook part as stored (the package's officeDocument relationship), before any renaming. */
function workbookPart(relsParts: RelsPart[], findPart: (path: string) => string | undefined): string | undefined {
  const root = relsParts.find((rels) => rels.source === "");
  const main = root && readRelationships(root.xml).find((rel) => rel.kind === "officeDocument" && !rel.external);
  return (main && findPart(resolveTarget("", main.target))) ?? findPart("xl/workbook.xml");
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
