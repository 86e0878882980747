// Writing beside the master: bytes replace a file whole or not at all.
import { writeFileDurably } from "../write/durableWrite";
import { fixZipTimes } from "../write/zipTimes";

export async function writeBytesAtomically(bytes: Uint8Array, path: string): Promise<void> {
  await writeFileDurably(path, fixZipTimes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
}
