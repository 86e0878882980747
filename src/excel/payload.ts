// Excel on the web refuses a request or response over 5 MB. We measure what we queue and split only
// blocks that would not fit.

/** Headroom below the 5 MB cap for the request envelope and the other operations of the batch. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** UTF-8 size of the JSON that carries `value` (Vietnamese letters take 2–3 bytes each). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdbff ? (i++, 1) : 2;
  }
  return bytes;
}

/** Consecutive row slices, each under `budget` bytes of JSON (a row larger than the budget goes alone). */
export function sliceRows<T>(rows: T[][], budget: number = REQUEST_BUDGET): { start: number; rows: T[][]; bytes: number }[] {
  const slices: { start: number; rows: T[][]; bytes: number }[] = [];
  let start = 0;
  let bytes = 2;
  for (let i = 0; i < rows.length; i++) {
    const size = jsonBytes(rows[i]) + 1;
    if (i > start && bytes + size > budget) {
      slices.push({ start, rows: rows.slice(start, i), bytes });
      start = i;
      bytes = 2;
    }
    bytes += size;
  }
  if (rows.length > start || slices.length === 0) slices.push({ start, rows: rows.slice(start), bytes });
  return slices;
}
