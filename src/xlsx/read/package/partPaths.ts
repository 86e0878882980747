// Part names of an Open Packaging (zip) file and the relationship targets between them. OPC part names
// are case-insensitive and a target may be absolute ("/xl/a.xml") or relative to its source's folder.

/** The part a relationships file describes ("" for the package itself, from "_rels/.rels"). */
export function sourceOfRels(relsPath: string): string | null {
  const match = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPath);
  if (!match || (match[1] !== "" && !match[1].endsWith("/"))) return null;
  return match[1] + match[2];
}

export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a target points at, as a zip entry name (no leading slash). */
export function resolveTarget(source: string, target: string): string {
  const path = target.startsWith("/") ? target : folderOf(source) + target;
  const parts: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") parts.pop();
    else parts.push(segment);
  }
  return parts.join("/");
}

/** The shortest relative target from `source` to `part`, the form Excel itself writes. */
export function relativeTarget(source: string, part: string): string {
  const from = folderOf(source).split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}
