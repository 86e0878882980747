// The zip's central directory, read as bytes: every part's name and its packed and unpacked sizes,
// known before anything is unpacked. Browser-safe (no Node imports).

export interface ZipEntry {
  name: string;
  packed: number;
  /** As the directory declares it; a crafted file may lie, so unpacking still counts (inflatedCheck.ts). */
  unpacked: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** ZIP64 marks a size too big for 32 bits with this value. */
const ZIP64_MARK = 0xffffffff;

/** The entries, or null when the bytes hold no readable directory (the loader then says "damaged"). */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const packed = view.getUint32(at + 20, true);
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      packed: packed === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : packed,
      unpacked: unpacked === ZIP64_MARK ? Number.MAX_SAFE_INTEGER : unpacked,
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
