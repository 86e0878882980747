// What the test serves in place of https://appsforoffice.microsoft.com/.../office.js when the page runs
// inside (fake) Excel; outside Excel it serves Microsoft's own office.js from node_modules.
import { build } from "esbuild";
import { join } from "node:path";

/** The fake Excel host bundled for the page (esbuild comes with tsx). */
export async function fakeOfficeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, "page", "fakeOffice.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

