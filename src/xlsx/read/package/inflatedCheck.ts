// Unpacks every part once as a stream, keeping nothing, to learn what the directory may not say
// truthfully: the real unpacked size, and how many rows each sheet stores. Stops at the first limit
// passed, so a zip bomb or a million-row sheet costs a fraction of a second and no memory.
// Browser-safe (JSZip's own streams).
import JSZip from "jszip";
import { READ_LIMITS, type LimitKind } from "../limits";

export interface LimitPassed {
  kind: LimitKind;
  part: string;
}

/** JSZip's own stream (StreamHelper): in its build for browsers as in Node, but missing from its typings. */
interface PartStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): PartStream;
  on(event: "error", listener: (error: Error) => void): PartStream;
  on(event: "end", listener: () => void): PartStream;
  pause(): PartStream;
  resume(): PartStream;
}

/** After "row": what ends an element's name (so "<rowBreaks" is no row). */
const NAME_END = new Set([" ", ">", "/", "\t", "\n", "\r"]);
/** Byte for byte (latin1), so a multi-byte letter split between chunks never throws or shifts. */
const decoder = new TextDecoder("latin1");

/** The first limit the package passes, or null. */
export async function inflatedLimit(bytes: Uint8Array): Promise<LimitPassed | null> {
  const zip = await JSZip.loadAsync(bytes);
  const total = { bytes: 0 };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const declared = (entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
    const passed = await scanPart(entry, declared, total);
    if (passed) return { kind: passed, part: entry.name };
  }
  return null;
}

/**
 * Elements named row in `text`: "<row " or, from writers that prefix SpreadsheetML, "<x:row>". A plain
 * string search: a regular expression over every "<" of a large sheet is several times slower.
 */
function rowTags(text: string): number {
  let count = 0;
  for (let i = text.indexOf("row"); i >= 0; i = text.indexOf("row", i + 3)) {
    if (!NAME_END.has(text[i + 3])) continue;
    const before = text[i - 1];
    if (before === "<" || (before === ":" && /<[A-Za-z][\w.-]*:$/.test(text.slice(Math.max(0, i - 17), i)))) count++;
  }
  return count;
}

function scanPart(entry: JSZip.JSZipObject, declared: number | undefined, total: { bytes: number }): Promise<LimitKind | null> {
  const countRows = /\.xml$/i.test(entry.name);
  // A part unpacks to more than it declares only by a lie: allow nothing beyond a rounding slack.
  const lie = declared === undefined ? Infinity : declared + 1024;
  return new Promise((resolve, reject) => {
    let size = 0;
    let rows = 0;
    let tail = "";
    let done = false;
    const stream = (entry as unknown as { internalStream(type: "uint8array"): PartStream }).internalStream("uint8array");
    const stop = (kind: LimitKind | null, error?: Error) => {
      if (done) return;
      done = true;
      stream.pause();
      if (error) reject(error);
      else resolve(kind);
    };
    stream
      .on("data", (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        total.bytes += chunk.length;
        if (size > READ_LIMITS.partBytes) return stop("partBytes");
        if (size > lie) return stop("partRatio");
        if (total.bytes > READ_LIMITS.inflatedBytes) return stop("inflatedBytes");
        if (!countRows) return;
        const text = tail + decoder.decode(chunk);
        rows += rowTags(text);
        // Four bytes: "<row" may straddle two chunks, and no whole tag (five bytes at least) is counted twice.
        tail = text.slice(-4);
        if (rows > READ_LIMITS.sheetRows) stop("sheetRows");
      })
      .on("error", (error: Error) => stop(null, error))
      .on("end", () => stop(null))
      .resume();
  });
}
