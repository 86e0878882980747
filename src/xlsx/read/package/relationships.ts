// The <Relationship> elements of a .rels part, read and edited as text: only Target attributes change,
// so everything else a writer put there stays byte for byte.

export interface Relationship {
  /** Last segment of the Type URI ("worksheet", "table"...): the same in transitional and strict files. */
  kind: string;
  /** The Target attribute, XML entities decoded. */
  target: string;
  external: boolean;
}

const ELEMENT = /<(?:[\w.-]+:)?Relationship\b[^>]*>/g;

export function readRelationships(xml: string): Relationship[] {
  return [...xml.matchAll(ELEMENT)].flatMap(([element]) => {
    const target = attribute(element, "Target");
    if (target === null) return [];
    const type = attribute(element, "Type") ?? "";
    const external = (attribute(element, "TargetMode") ?? "").toLowerCase() === "external";
    return [{ kind: type.slice(type.lastIndexOf("/") + 1), target, external }];
  });
}

/** The same XML with each relationship's target replaced by `retarget`'s answer (same order as read). */
export function rewriteTargets(xml: string, retarget: (relationship: Relationship, index: number) => string): string {
  let index = 0;
  return xml.replace(ELEMENT, (element) => {
    const target = attribute(element, "Target");
    if (target === null) return element;
    const type = attribute(element, "Type") ?? "";
    const external = (attribute(element, "TargetMode") ?? "").toLowerCase() === "external";
    const next = retarget({ kind: type.slice(type.lastIndexOf("/") + 1), target, external }, index++);
    if (next === target) return element;
    return element.replace(attributePattern("Target"), (_all, before: string) => `${before}"${escapeXml(next)}"`);
  });
}

function attribute(element: string, name: string): string | null {
  const match = attributePattern(name).exec(element);
  return match ? unescapeXml(match[2] ?? match[3]) : null;
}

function attributePattern(name: string): RegExp {
  return new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`);
}

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_all, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] as string;
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
