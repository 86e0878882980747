// `npm run bench [-- name…]`: runs every section (or those whose name contains one of the words)
// and prints its figures.
import { sections } from "./sections";
import type { Row } from "./section";

async function main(filters: string[]): Promise<number> {
  const chosen = sections.filter((s) => filters.length === 0 || filters.some((f) => s.name.includes(f)));
  if (chosen.length === 0) {
    console.error(`No section matches ${filters.join(", ")}. Sections: ${sections.map((s) => s.name).join(", ")}`);
    return 1;
  }
  console.log(`node ${process.version}, ${new Date().toISOString()}`);
  let failed = 0;
  for (const section of chosen) {
    console.log(`\n${section.name}`);
    try {
      for (const row of await section.run()) console.log(format(row));
    } catch (error) {
      failed++;
      console.log(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

function format(row: Row): string {
  const ms = row.ms === null ? "n/a" : `${row.ms.toFixed(2)} ms`;
  return `  ${row.label.padEnd(36)} ${ms.padStart(12)}${row.note ? `   ${row.note}` : ""}`;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
