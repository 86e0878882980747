// The tracker's identity (named cell MaSoTheoDoi). Unit copies carry it back, so a return is merged only
// into the tracker it was split from. Derived from the first build's tasks, so that building the same
// input twice still gives the same file; two trackers built from different plans never share one.
import type { RawRow } from "../../core/types";
import { rowKey } from "./rows";

/** Two 32-bit multiplicative hashes of the text, mixed at the end: 64 bits as 16 hex digits. */
export function hash64(text: string): string {
  let a = 0x9e3779b9;
  let b = 0x85ebca6b;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x9e3779b1);
    b = Math.imul(b ^ code, 0x5f356495);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

export function trackerIdOf(rows: readonly RawRow[]): string {
  const text = rows.map((row) => `${rowKey(row)}\u0001${String(row.title ?? "")}`).join("\u0002");
  return `TD-${hash64(text).toUpperCase()}`;
}
