// What the test serves in place of https://appsforoffice.microsoft.com/.../office.js.
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

/** office.js as it behaves in a plain browser tab: ready, but with no host. */
export const OUTSIDE_OFFICE_SCRIPT = `window.Office = {
  HostType: { Excel: "Excel" },
  context: {},
  onReady: function () { return Promise.resolve({ host: null, platform: null }); }
};`;
