// A task as read from the document, before units and deadlines are interpreted.
import type { HeadingNode } from "./sections";

export interface Draft {
  node: HeadingNode | null;
  title: string[];
  /** The title came from a label (Tên nhiệm vụ, Nội dung), not a task line. */
  titleFromLabel: boolean;
  product: string[];
  /** Raw lead items: one per label value or bullet under the lead label. */
  lead: string[];
  /** Raw partner lists. */
  partners: string[];
  /** Outside agencies named in "Phòng phối hợp với <agency>: <lead>". */
  outsidePartners: string[];
  deadline: string[];
  /** The task's own number (a table's STT), when it has one. */
  ownNumber: string;
  /** Started right after its heading with no task line: the heading may be the task itself. */
  headingOwned: boolean;
  /** The task is its own numbered line ("3. Giao X chủ trì ..."): that heading is not its section. */
  headingLine: boolean;
  /** Source lines, reported as unplaced if the draft turns out not to be a task. */
  source: string[];
  warnings: string[];
}

export function newDraft(node: HeadingNode | null): Draft {
  return {
    node,
    title: [],
    titleFromLabel: false,
    product: [],
    lead: [],
    partners: [],
    outsidePartners: [],
    deadline: [],
    ownNumber: "",
    headingOwned: false,
    headingLine: false,
    source: [],
    warnings: [],
  };
}

/** Values joined into one line; items already ending in punctuation are not given another. */
export function joinItems(items: string[]): string {
  let out = "";
  for (const raw of items) {
    const item = raw.trim();
    if (item === "") continue;
    if (out === "") out = item;
    else out += /[:;,.]$/.test(out) ? ` ${item}` : `; ${item}`;
  }
  return out;
}

/** A title, product or deadline without trailing punctuation; an ellipsis ("...", "…") is words, kept. */
export function tidy(text: string): string {
  const one = text.replace(/\s+/g, " ").trim();
  const ellipsis = /(?:\.{3}|…)[\s:;,]*$/.exec(one);
  if (ellipsis) return one.slice(0, ellipsis.index).replace(/\s+$/, "") + ellipsis[0].replace(/[\s:;,]+$/, "");
  return one.replace(/[\s:;,.]+$/, "").trim();
}
