// The parts ExcelJS's streamed writer cannot make, added to its zip: each Excel table (its part, the
// sheet's relationship to it, <tableParts> in the sheet, its content type), written as ExcelJS's
// in-memory writer writes them, and the flag that makes Excel and LibreOffice compute every formula
// on opening (cells are written without results). Untouched entries keep their compressed bytes.
import JSZip from "jszip";
import type { TablePlan } from "../../workbook/plan";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export async function addTableParts(zipBytes: Buffer, tables: { sheetId: number; table: TablePlan }[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(zipBytes);
  const overrides: string[] = [];
  for (const [i, { sheetId, table }] of tables.entries()) {
    const id = i + 1;
    zip.file(`xl/tables/table${id}.xml`, tableXml(table, id));
    overrides.push(`<Override PartName="/xl/tables/table${id}.xml" ContentType="${TABLE_TYPE}"/>`);
    const relId = await addRelationship(zip, `xl/worksheets/_rels/sheet${sheetId}.xml.rels`, `../tables/table${id}.xml`);
    const sheetPath = `xl/worksheets/sheet${sheetId}.xml`;
    const sheet = await entryBytes(zip, sheetPath);
    // The streamed writer ends the sheet with its last part (no extLst), where tableParts belongs.
    const end = sheet.lastIndexOf("</worksheet>");
    if (end < 0) throw new Error(`${sheetPath} has no </worksheet>`);
    const parts = Buffer.from(`<tableParts count="1"><tablePart r:id="${relId}"/></tableParts>`);
    zip.file(sheetPath, Buffer.concat([sheet.subarray(0, end), parts, sheet.subarray(end)]));
  }
  await editText(zip, "[Content_Types].xml", (xml) => xml.replace("</Types>", `${overrides.join("")}</Types>`));
  await editText(zip, "xl/workbook.xml", (xml) =>
    /<calcPr\b[^>]*fullCalcOnLoad=/.test(xml) ? xml : xml.replace(/<calcPr\b([^>]*?)\s*\/>/, '<calcPr$1 fullCalcOnLoad="1"/>'),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function entryBytes(zip: JSZip, path: string): Promise<Buffer> {
  const entry = zip.file(path);
  if (!entry) throw new Error(`The written workbook has no ${path}`);
  return entry.async("nodebuffer");
}

async function editText(zip: JSZip, path: string, edit: (xml: string) => string): Promise<void> {
  zip.file(path, edit((await entryBytes(zip, path)).toString("utf8")));
}

/** The sheet's relationships part, created or extended; returns the new relationship's id. */
async function addRelationship(zip: JSZip, path: string, target: string): Promise<string> {
  const existing = zip.file(path) ? (await entryBytes(zip, path)).toString("utf8") : `${XML_HEAD}<Relationships xmlns="${REL_NS}"></Relationships>`;
  const taken = new Set([...existing.matchAll(/\bId="([^"]+)"/g)].map((m) => m[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${TABLE_REL}" Target="${target}"/>`;
  zip.file(path, existing.replace("</Relationships>", `${rel}</Relationships>`));
  return `rId${n}`;
}

/** The table part as ExcelJS's in-memory writer makes it (header row, filter buttons, no totals row). */
export function tableXml(table: TablePlan, id: number): string {
  const filters = table.headers.map((_, c) => `<filterColumn colId="${c}" hiddenButton="0"/>`).join("");
  const columns = table.headers
    .map((name, c) => `<tableColumn id="${c + 1}" name="${escapeXml(name)}" ${c === 0 ? 'totalsRowLabel="Total"' : 'totalsRowFunction="none"'}/>`)
    .join("");
  const name = escapeXml(table.name);
  return (
    `${XML_HEAD}<table xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr xr3" ` +
    `xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" ` +
    `id="${id}" name="${name}" displayName="${name}" ref="${table.range}" totalsRowShown="1" headerRowCount="1">` +
    `<autoFilter ref="${table.range}">${filters}</autoFilter>` +
    `<tableColumns count="${table.headers.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
