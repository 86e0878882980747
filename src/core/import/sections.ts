// The heading path a task sits under. Numbering styles nest by kind: a heading of a kind already
// open closes everything below it (a new "II." closes "I." and its "1.", "a)"); a new kind opens a
// level. Document parts like "B. NỘI DUNG" frame the plan and are left out of sections and ids.
import { foldVietnamese } from "../text";
import type { NumberKind, Numbering } from "./lineShape";
import { numberDepth } from "./lineShape";

export interface HeadingNode {
  kind: string;
  number: string;
  /** The heading as shown: "I. Tăng cường ...". */
  label: string;
  /** The heading's words without numbering. */
  text: string;
  parent: HeadingNode | null;
  /** A frame part (A. MỤC ĐÍCH, B. NỘI DUNG, C. TỔ CHỨC THỰC HIỆN), not a section. */
  part: boolean;
}

const PART_WORD =
  "(?:muc dich|yeu cau|muc tieu|quan diem|noi dung|nhiem vu|giai phap|to chuc thuc hien|kinh phi(?: thuc hien)?|phan cong(?: nhiem vu)?|trach nhiem|che do bao cao|chu yeu|trong tam|cu the)";
const PART_WORDS = new RegExp(`^${PART_WORD}(?:(?:,| va|,? ) ?${PART_WORD})*$`);

/** The level a numbering opens: its kind, and for Arabic numbers their depth ("arabic2" for 1.2). */
export function levelKey(n: Numbering): string {
  return n.kind === "arabic" ? `arabic${numberDepth(n)}` : n.kind;
}

export class SectionTracker {
  private top: HeadingNode | null = null;
  private lastUpper: string | null = null;

  get current(): HeadingNode | null {
    return this.top;
  }

  /** Resolves a single I, V or X: a Roman numeral, or the letter after the last lettered heading. */
  kindOf(n: Numbering): NumberKind {
    if (n.kind === "roman" && n.ambiguous && this.lastUpper !== null) {
      if (n.number.charCodeAt(0) === this.lastUpper.charCodeAt(0) + 1) return "upper";
    }
    return n.kind;
  }

  push(n: Numbering, label: string, text: string): HeadingNode {
    const kind = this.kindOf(n);
    const resolved: Numbering = { ...n, kind };
    const key = levelKey(resolved);
    let parent = this.top;
    for (let node = this.top; node; node = node.parent) {
      if (node.kind === key) {
        parent = node.parent;
        break;
      }
    }
    // "1. Năm 2025 ngành đã ..." in the preamble, then "I. NHIỆM VỤ": Roman parts sit under nothing
    // but a lettered part, never under an Arabic item that came before them.
    if (key === "roman") while (parent && parent.kind !== "upper") parent = parent.parent;
    if (kind === "upper") this.lastUpper = n.number;
    const part = kind === "upper" && PART_WORDS.test(foldVietnamese(text).replace(/[.:;]+$/, "").trim());
    this.top = { kind: key, number: n.number, label, text, parent, part };
    return this.top;
  }

  /** "Tháng 2:" under a part: replaces the month heading before it, under the same parent. */
  pushMonth(number: string, label: string): HeadingNode {
    if (this.top?.kind === "month") this.top = this.top.parent;
    this.top = { kind: "month", number, label, text: label, parent: this.top, part: false };
    return this.top;
  }

  /** Closes the innermost heading: what follows sits beside it, not under it. */
  leave(): void {
    if (this.top) this.top = this.top.parent;
  }

  /**
   * A group written in a column of its own (a table's "Nhiệm vụ" cell merged over its "Hoạt động"
   * rows): the innermost level, replacing the group before it.
   */
  pushColumnGroup(text: string): HeadingNode {
    this.leaveColumnGroup();
    this.top = { kind: "column", number: "", label: text, text, parent: this.top, part: false };
    return this.top;
  }

  leaveColumnGroup(): void {
    if (this.top?.kind === "column") this.top = this.top.parent;
  }

  /** An unnumbered group heading (a table's "Lĩnh vực khác"): a sibling of the outermost open heading. */
  pushOuter(label: string, text: string): HeadingNode {
    let outer = this.top;
    while (outer?.parent) outer = outer.parent;
    this.top = { kind: outer?.kind ?? "plain", number: "", label, text, parent: null, part: false };
    return this.top;
  }
}

function chain(node: HeadingNode | null, except: HeadingNode | null = null): HeadingNode[] {
  const out: HeadingNode[] = [];
  for (let n = node; n; n = n.parent) if (!n.part && n !== except) out.unshift(n);
  return out;
}

/** "I. Tăng cường ... > 1. Xây dựng ..."; `except` leaves out a heading used as the task's title. */
export function sectionText(node: HeadingNode | null, except: HeadingNode | null = null): string {
  return chain(node, except)
    .map((n) => n.label)
    .join(" > ");
}

/** The directive's own numbering down to this heading: "II.3", "I.1.2" ("1.2" under "1." is not doubled). */
export function sectionNumber(node: HeadingNode | null): string {
  const parts: string[] = [];
  for (const n of chain(node)) {
    if (n.number === "") continue;
    const prev = parts[parts.length - 1];
    if (prev !== undefined && n.number.startsWith(prev + ".")) parts[parts.length - 1] = n.number;
    else parts.push(n.number);
  }
  return parts.join(".");
}
