// Bytes replace a file whole or not at all, and survive a power cut once written: written to a
// temporary file beside it, flushed to disk (fsync), renamed over the target, the folder flushed too.
import { open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { holdTemp, removeStaleTemps, tempPathFor } from "./tempFiles";

export async function writeFileDurably(path: string, bytes: Uint8Array): Promise<void> {
  removeStaleTemps(path);
  const temp = tempPathFor(path);
  const release = holdTemp(temp);
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    release();
  }
}

/** The rename itself lives in the folder's entry; Windows cannot open a folder this way and needs not. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file's own data is already on disk.
  }
}
