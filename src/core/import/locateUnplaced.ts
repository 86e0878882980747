// Where each unplaced paragraph sits in what the user gave: the line of a text (its first line, when
// wrapped lines were joined) or the row of a sheet, so a planner can find it and place it by hand.
import { foldVietnamese } from "../text";
import type { CellValue } from "../types";
import { cellText } from "./cellText";

export interface UnplacedParagraph {
  /** 1-based line of the text, or row of the sheet; null when it cannot be found again. */
  line: number | null;
  text: string;
}

export type ImportInput = { kind: "text"; text: string } | { kind: "cells"; cells: CellValue[][] };

/** Letters and digits only, folded: the importer drops bullets, emphasis and odd spaces. */
function norm(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, "");
}

/** Enough of a line's start to tell it from others without comparing whole paragraphs. */
const KEY = 16;

/** The source lines (rows joined), each with its number, indexed by the start of their letters. */
function sourceLines(input: ImportInput): { text: string; line: number }[] {
  if (input.kind === "text") return input.text.split(/\r\n?|\n/).map((text, i) => ({ text, line: i + 1 }));
  return input.cells.map((row, i) => ({ text: row.map(cellText).join(" "), line: i + 1 }));
}

/**
 * The unplaced paragraphs of an import, each with the line it starts on. Each source line is used
 * once, in order, so a paragraph repeated in the document gets each of its places. Linear in the
 * size of the input.
 */
export function locateUnplaced(input: ImportInput, unplaced: string[]): UnplacedParagraph[] {
  // Lines of KEY letters or more by their first KEY letters; shorter ones by all their letters.
  const byKey = new Map<string, number[]>();
  for (const { text, line } of sourceLines(input)) {
    const n = norm(text);
    if (n === "") continue;
    const key = n.slice(0, KEY);
    const lines = byKey.get(key);
    if (lines) lines.push(line);
    else byKey.set(key, [line]);
  }
  const take = (key: string): number | null => {
    const lines = byKey.get(key);
    if (!lines || lines.length === 0) return null;
    // The last place is kept for later repeats of the same paragraph.
    return lines.length > 1 ? (lines.shift() as number) : lines[0];
  };
  return unplaced.map((text) => {
    const n = norm(text);
    let line = n.length >= KEY ? take(n.slice(0, KEY)) : null;
    // Its first line shorter than the key (wrapped early, or a short paragraph): the longest that opens it.
    for (let k = Math.min(n.length, KEY); line === null && k > 0; k--) line = take(n.slice(0, k));
    return { line, text };
  });
}
