// Headless LibreOffice as a second spreadsheet engine: open .xlsx files, recalculate, save them again.
import { execFile } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
let profiles = 0;

/**
 * "always": recalculate every formula on load (OOXMLRecalcMode 0), as after an edit in a spreadsheet;
 * "default": LibreOffice's own setting, which trusts the values cached in the file.
 */
export type RecalcMode = "always" | "default";

/** Converts each file to .xlsx in `outDir` (same base name), with a fresh user profile per call. */
export async function convertToXlsx(inputs: string[], outDir: string, recalc: RecalcMode): Promise<void> {
  const profile = `/tmp/lo-profile-${process.pid}-${++profiles}`;
  await mkdir(join(profile, "user"), { recursive: true });
  if (recalc === "always") await writeFile(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALC);
  try {
    await run(
      "soffice",
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, ...inputs],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const ALWAYS_RECALC = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;
