// manifest.xml says what the adapter and the ribbon need: the floor the adapter is built on, the
// functions the ribbon calls, icons that exist at the sizes named, and dev URLs the build can rewrite.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { excelActions, MIN_EXCEL_API } from "../../src/excel";
import { installFakeExcel, type InstalledFakeExcel } from "../fakes/excel";
import { importedTasks } from "./factories";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const attribute = (element: string, name: string): string[] =>
  [...manifest.matchAll(new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`, "g"))].map((m) => m[1]);

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("asks for ReadWriteDocument only, in Vietnamese with an English override", () => {
    expect([...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual(["ReadWriteDocument"]);
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    for (const element of ["DisplayName", "Description"]) {
      const block = new RegExp(`<${element} DefaultValue="([^"]+)">\\s*<Override Locale="en-US" Value="([^"]+)"/`).exec(manifest);
      expect(block).not.toBeNull();
      expect(block![1]).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđêếềểễệôốồổỗộơớờởỡợưứừửữự]/);
    }
  });

  it("declares the adapter's floor, after <Hosts>", () => {
    expect(attribute("Set", "MinVersion")).toEqual([MIN_EXCEL_API]);
    expect(attribute("Set", "Name")).toEqual(["ExcelApi"]);
    expect(manifest.indexOf("<Requirements>")).toBeGreaterThan(manifest.indexOf("</Hosts>"));
  });

  it("calls ribbon functions that the function file associates", () => {
    const commands = readFileSync(join(ROOT, "src", "commands", "commands.ts"), "utf8");
    const associated = [...commands.matchAll(/Office\.actions\.associate\("([^"]+)"/g)].map((m) => m[1]).sort();
    expect([...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]).sort()).toEqual(associated);
    expect(associated).toEqual(["refreshSummary", "runCheck"]);
  });

  it("names icons that exist in assets/ at the size each slot wants", () => {
    const url = (id: string) => new RegExp(`<bt:Image id="${id.replace(".", "\\.")}" DefaultValue="([^"]+)"`).exec(manifest)![1];
    const file = (href: string) => join(ROOT, new URL(href).pathname);
    expect(pngSize(file(attribute("IconUrl", "DefaultValue")[0]))).toEqual([32, 32]);
    expect(pngSize(file(attribute("HighResolutionIconUrl", "DefaultValue")[0]))).toEqual([64, 64]);
    const slots = [...manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(slots.length).toBeGreaterThanOrEqual(12);
    for (const [, size, id] of slots) expect(pngSize(file(url(id)))).toEqual([Number(size), Number(size)]);
    expect(new Set(slots.map((s) => s[1]))).toEqual(new Set(["16", "32", "80"]));
  });

  it("points every URL at the dev server, for the production build to rewrite", () => {
    const urls = [...manifest.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const href of urls) expect(href.startsWith("https://localhost:3000/")).toBe(true);
  });
});

describe("the declared floor is the true one", () => {
  let fake: InstalledFakeExcel | undefined;
  afterEach(() => fake?.uninstall());

  it(`a host at ExcelApi ${MIN_EXCEL_API} builds, checks and summarises the tracker`, async () => {
    fake = installFakeExcel({ excelApi: MIN_EXCEL_API, today: "2026-06-30" });
    await excelActions.createOrExtendTracker(importedTasks(5), 2026);
    await expect(excelActions.runCheck()).resolves.toEqual(expect.any(Array));
    await expect(excelActions.refreshSummary()).resolves.toMatchObject({ chart: true });
  });

  it("a host one version below cannot even create it", async () => {
    const [major, minor] = MIN_EXCEL_API.split(".").map(Number);
    fake = installFakeExcel({ excelApi: `${major}.${minor - 1}`, today: "2026-06-30" });
    await expect(excelActions.createOrExtendTracker(importedTasks(5), 2026)).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
