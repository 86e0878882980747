// The copy of a tracker written beside it before a command changes it in place: under a name no file
// has yet (the copy itself refuses to overwrite, so two runs at once never share one), so an earlier
// backup is never lost.
import { constants } from "node:fs";
import { copyFile } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";

/** "so.xlsx", "ban-sao-2026-07-15" → "so.ban-sao-2026-07-15.xlsx" (then "…-2.xlsx"); returns the copy's path. */
export async function backupBeside(path: string, label: string): Promise<string> {
  const ext = extname(path);
  const stem = join(dirname(path), `${basename(path, ext)}.${label}`);
  for (let n = 1; ; n++) {
    const target = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    try {
      await copyFile(path, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
