// Directive import: list-form text, the same as a PDF extraction, and a pasted table.
import { importCells, importText } from "../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../src/core/units/preset";
import { synthDirective, synthPdfDirective, synthTable } from "./fixtures-import";
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
    return rows;
  },
};
