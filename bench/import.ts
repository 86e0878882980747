// Directive import: list-form text, the same as a PDF extraction, and a pasted table.
import { importCells, importText } from "../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../src/core/units/preset";
import { matchLabel } from "../src/core/import/labels";
import { parseDeadline } from "../src/core/deadline/parseDeadline";
import { synthDirective, synthPdfDirective, synthTable, synthWrappedProse } from "./fixtures-import";
import { medianMs, perItem } from "./measure";
import type { Row, Section } from "./section";

const OPTIONS = { catalog: DEFAULT_CATALOG, planYear: 2026 };
const KB = 1024;

export const importSection: Section = {
  name: "core: import directive",
  run(): Row[] {
    const rows: Row[] = [];
    for (const size of [30 * KB, 300 * KB]) {
      const text = synthDirective(size);
      let tasks = 0;
      const ms = medianMs(() => (tasks = importText(text, OPTIONS).tasks.length), 5);
      rows.push({ label: `list form, ${size / KB} KB (goal 300 KB < 300 ms)`, ms, note: `${tasks} tasks, ${perItem(ms, tasks, "task")}` });
    }
    const pdf = synthPdfDirective(300 * KB);
    let pdfTasks = 0;
    const pdfMs = medianMs(() => (pdfTasks = importText(pdf, OPTIONS).tasks.length), 5);
    rows.push({ label: "PDF text, 300 KB", ms: pdfMs, note: `${pdfTasks} tasks` });
    const table = synthTable(2_000);
    let tableTasks = 0;
    const tableMs = medianMs(() => (tableTasks = importCells(table, OPTIONS).tasks.length), 5);
    rows.push({ label: "pasted table, 2,000 rows", ms: tableMs, note: `${tableTasks} tasks, ${perItem(tableMs, tableTasks, "task")}` });
    rows.push(...hostileRows());
    return rows;
  },
};

const MB = 1024 * KB;

/** Issue 12's goals: every import linear, a 3 MB text and a 10,000-row sheet well under 5 s. */
function hostileRows(): Row[] {
  const rows: Row[] = [];
  const prose = synthWrappedProse(3 * MB);
  let unplaced = 0;
  const proseMs = medianMs(() => (unplaced = importText(prose, OPTIONS).unplaced.length), 3);
  rows.push({ label: "wrapped prose, 3 MB (goal < 5 s)", ms: proseMs, note: `${unplaced} paragraphs reported` });
  const pdf = synthPdfDirective(3 * MB);
  let pdfTasks = 0;
  const pdfMs = medianMs(() => (pdfTasks = importText(pdf, OPTIONS).tasks.length), 3);
  rows.push({ label: "PDF text, 3 MB (goal < 5 s)", ms: pdfMs, note: `${pdfTasks} tasks` });
  const table = synthTable(10_000);
  let tableTasks = 0;
  const tableMs = medianMs(() => (tableTasks = importCells(table, OPTIONS).tasks.length), 3);
  rows.push({ label: "pasted table, 10,000 rows (goal < 5 s)", ms: tableMs, note: `${tableTasks} tasks` });
  const lines = pdf.split("\n").slice(0, 20_000);
  const labelMs = medianMs(() => lines.forEach((l) => matchLabel(l)), 5);
  rows.push({ label: `matchLabel, ${lines.length} lines`, ms: labelMs, note: `${((labelMs * 1000) / lines.length).toFixed(1)} µs a line` });
  for (const size of [500, 1000, 2000]) {
    const phrase = "Quý II/2026, ".repeat(Math.floor(size / 13));
    const ms = medianMs(() => parseDeadline(phrase, 2026), 5);
    rows.push({ label: `parseDeadline, a list of ${size} characters`, ms, note: "linear: doubles with the length" });
  }
  return rows;
}
