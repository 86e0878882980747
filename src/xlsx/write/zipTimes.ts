// The zip entries of an .xlsx carry the time they were packed; fixing it makes two builds of the same
// plan the same bytes. Only the DOS time and date fields change (they are outside every checksum).

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** 1 January 2026, 00:00, in the DOS format zip uses. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** Sets every entry's modification time to DOS_DATE in place; a buffer that is not a plain zip is left alone. */
export function fixZipTimes(zip: Buffer): Buffer {
  const end = findEndOfDirectory(zip);
  if (end < 0) return zip;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) return zip;
    zip.writeUInt16LE(DOS_TIME, at + 12);
    zip.writeUInt16LE(DOS_DATE, at + 14);
    const local = zip.readUInt32LE(at + 42);
    if (local + 30 <= zip.length && zip.readUInt32LE(local) === LOCAL_HEADER) {
      zip.writeUInt16LE(DOS_TIME, local + 10);
      zip.writeUInt16LE(DOS_DATE, local + 12);
    }
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return zip;
}

function findEndOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
