// Gzipped size of the JavaScript a page loads before anything lazy: the <script> tags of its HTML
// in dist/ (office.js from the CDN excluded). Usage: node scripts/measure-initial-js.mjs [page.html]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(import.meta.dirname, "..", "dist");
const page = process.argv[2] ?? "taskpane.html";
const html = readFileSync(join(dist, page), "utf8");
const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));

let total = 0;
for (const src of scripts) {
  const gz = gzipSync(readFileSync(join(dist, src)), { level: 9 }).length;
  total += gz;
  console.log(`${src}\t${(gz / 1024).toFixed(1)} KiB gzipped`);
}
console.log(`${page}: initial JS ${(total / 1024).toFixed(1)} KiB gzipped in ${scripts.length} files`);
