// What a file is, from its first bytes: ExcelJS only reads .xlsx (a zip), and fails obscurely on the rest.

/** Compound File Binary (OLE) header: old .xls files, and .xlsx files encrypted with a password. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** Stream names in a CFB directory (UTF-16LE): Office's password encryption, and an old .xls's workbook. */
const ENCRYPTED_STREAM = utf16le("EncryptedPackage");
const XLS_STREAM = utf16le("Workbook");

/** Without Node's Buffer: the task pane reads returned files with this module in the browser. */
function utf16le(text: string): number[] {
  return [...text].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]);
}

function includes(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - needle.length; i = bytes.indexOf(first, i + 1)) {
    if (needle.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** "encrypted": a password-protected Office file; "xls": Excel 97-2003; "cfb": some other OLE file. */
export type FileSignature = "zip" | "encrypted" | "xls" | "cfb" | "empty" | "other";

export function fileSignature(bytes: Uint8Array): FileSignature {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_SIGNATURE)) return "zip";
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (includes(bytes, ENCRYPTED_STREAM)) return "encrypted";
    if (includes(bytes, XLS_STREAM)) return "xls";
    return "cfb";
  }
  return "other";
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}
