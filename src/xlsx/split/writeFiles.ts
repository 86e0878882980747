// Writing beside the master: bytes replace a file whole or not at all, and the master is copied before
// it is changed in place, under a name that never overwrites an earlier copy.
import { copyFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import type { IsoDate } from "../../core/types";
import { writeFileDurably } from "../write/durableWrite";
import { fixZipTimes } from "../write/zipTimes";

export async function writeBytesAtomically(bytes: Uint8Array, path: string): Promise<void> {
  await writeFileDurably(path, fixZipTimes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** "so-theo-doi.xlsx" → "so-theo-doi.ban-sao-2026-07-15.xlsx" (then "…-2.xlsx"); returns the copy's path. */
export async function backupBeside(path: string, day: IsoDate): Promise<string> {
  const ext = extname(path);
  const stem = join(dirname(path), basename(path, ext));
  let target = `${stem}.ban-sao-${day}${ext}`;
  for (let n = 2; await exists(target); n++) target = `${stem}.ban-sao-${day}-${n}${ext}`;
  await copyFile(path, target);
  return target;
}
