// Headless LibreOffice printing an .xlsx to PDF, and poppler-utils (pdfinfo, pdftotext) reading it back.
import { execFile } from "node:child_process";
import { mkdir, rm } from "node:fs/promises";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The PDF LibreOffice prints of `input` (every sheet, with the file's page setup), in `outDir`. */
export async function printToPdf(input: string, outDir: string): Promise<string> {
  const profile = `/tmp/lo-pdf-profile-${process.pid}-${Date.now()}`;
  await mkdir(profile, { recursive: true });
  try {
    await run("soffice", [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, input], { timeout: 120_000 });
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(input).replace(/\.xlsx$/i, ".pdf"));
}

export async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
}

/** Page size in points, of the first page: A4 is 595 × 842 (either way round). */
export async function pageSize(pdf: string): Promise<[number, number]> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const m = /^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(stdout)!;
  return [Number(m[1]), Number(m[2])];
}

/** The text of each page, as drawn (text a cell cuts off is not drawn, so it is not here). */
export async function pageTexts(pdf: string): Promise<string[]> {
  const { stdout } = await run("pdftotext", [pdf, "-"]);
  return stdout.split("\f").map((page) => page.replace(/\s+/g, " "));
}
