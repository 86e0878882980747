// Writers built on Microsoft's Open XML SDK (report exports, .NET tools) often bind SpreadsheetML to a
// prefix (<x:worksheet xmlns:x="...">). That is the same XML, but ExcelJS matches element names as
// written and refuses it; with the prefix made the default namespace it reads it.

const MAIN_NAMESPACES = ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

/** The prefixes `xml` binds to SpreadsheetML's main namespace. */
export function mainPrefixes(xml: string): string[] {
  const prefixes = new Set<string>();
  for (const match of xml.matchAll(/\sxmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (MAIN_NAMESPACES.includes(match[2] ?? match[3])) prefixes.add(match[1]);
  }
  return [...prefixes];
}

/** The same XML with SpreadsheetML unprefixed; unchanged when it has no such prefix. */
export function unprefixedXml(xml: string): string {
  let out = xml;
  for (const prefix of mainPrefixes(xml)) {
    const escaped = prefix.replace(/\./g, "\\.");
    // "<" only opens markup in XML (text escapes it), so every "<x:" is an element of that prefix.
    out = out
      .replace(new RegExp(`<(/?)${escaped}:`, "g"), "<$1")
      .replace(new RegExp(`\\sxmlns:${escaped}\\s*=\\s*("[^"]*"|'[^']*')`, "g"), (_all, uri: string) => ` xmlns=${uri}`);
  }
  return out;
}
