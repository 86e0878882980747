// What a file is, from its first bytes: ExcelJS only reads .xlsx (a zip), and fails obscurely on the rest.

/** Compound File Binary (OLE) header: old .xls files, and .xlsx files encrypted with a password. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

export type FileSignature = "zip" | "cfb" | "empty" | "other";

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) return "cfb";
  return "other";
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
