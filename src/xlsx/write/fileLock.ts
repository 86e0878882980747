// One writer at a time per tracker: two builds (or a build and a merge) of the same file read it,
// change it and write it back; without a lock the second overwrites the first's work and both report
// success. The lock is a file beside the tracker, created exclusively, holding the writer's process
// id; a lock whose process no longer runs (killed) is taken over.
import { open, readFile, unlink } from "node:fs/promises";
import { basename } from "node:path";
import { WRITE_ERRORS } from "../../core/strings/cli";
import { holdTemp, isRunning, tempPathFor } from "./tempFiles";

/** How long a second writer waits for the first before giving up. */
const WAIT_MS = 30_000;
const STEP_MS = 100;

export class FileLockedError extends Error {
  readonly code = "ELOCKED";
}

function lockPath(target: string): string {
  // The lock's own name carries no pid: every process must look for the same file.
  return tempPathFor(target, "lock").replace(/\.\d+\.lock$/, ".lock");
}

async function tryLock(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "wx");
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const holder = Number((await readFile(path, "utf8").catch(() => "")).trim());
    // A lock being written right now reads empty: wait for it rather than take it.
    if (Number.isInteger(holder) && holder > 0 && !isRunning(holder)) await unlink(path).catch(() => undefined);
    return false;
  }
}

/** Runs `work` holding the lock on `target`, waiting up to WAIT_MS for another writer to finish. */
export async function withFileLock<T>(target: string, work: () => Promise<T>, waitMs = WAIT_MS): Promise<T> {
  const path = lockPath(target);
  const deadline = Date.now() + waitMs;
  while (!(await tryLock(path))) {
    if (Date.now() >= deadline) throw new FileLockedError(WRITE_ERRORS.busy(basename(target)));
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
  }
  const release = holdTemp(path);
  try {
    return await work();
  } finally {
    await unlink(path).catch(() => undefined);
    release();
  }
}
