// The message for a file the command could not write, by the system's error code.
import { basename } from "node:path";
import { WRITE_ERRORS } from "../../core/strings/cli";

/** ENOENT/ENOTDIR: a folder on the path is missing or is a file; EROFS: a read-only disk; ELOCKED: another writer (fileLock.ts). */
export function writeErrorMessage(code: string, target: string): string {
  if (code === "ELOCKED") return WRITE_ERRORS.busy(basename(target));
  if (["ENOENT", "ENOTDIR"].includes(code)) return WRITE_ERRORS.noFolder(target);
  if (["EBUSY", "EPERM", "EACCES", "EROFS"].includes(code)) return WRITE_ERRORS.locked(target);
  return WRITE_ERRORS.other(target, code);
}
