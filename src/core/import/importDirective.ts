// Directive import: a plan's text (copied from Word or PDF) or a pasted table to task rows.
//
// Boilerplate policy: the preamble (everything before the first heading, bullet, label or prose
// assignment: letterhead, Số, V/v, Kính gửi and its recipients, Căn cứ / Thực hiện, the title) and
// the closing (the "./." formula, Nơi nhận, the signature and all after it) carry no task and are
// ignored; a preamble line is used only if a label right below claims it as its task. Before the first
// task only a recognisable preamble is ignored (those lines, a headline or title with no sentence end):
// a sentence there (a news item's story, a subject-first paragraph) is reported. Every other line that ends up in no task — a
// paragraph under a heading, a label with no field of its own (Lãnh đạo phụ trách, Kinh phí), a row
// below the table — is returned in `unplaced`. Headings without tasks are structure, not text to
// place.
import { IMPORT_NOTICES } from "../strings/import";
import type { Catalog, CellValue, ImportResult } from "../types";
import { assembleTasks } from "./assembleTasks";
import { cellText } from "./cellText";
import { logicalLines, physicalLines } from "./cleanText";
import { findFlattenedTables } from "./flattenedTable";
import { guessColumns } from "./guessColumns";
import { UnitResolver } from "./resolveUnits";
import { readTableDrafts } from "./tableForm";
import { findHeader } from "./tableHeader";
import { splitTables } from "./tabbedTables";
import { sheetText } from "./sheetText";
import { readTextDrafts } from "./textDrafts";

export interface ImportOptions {
  catalog: Catalog;
  planYear?: number;
}

/** A directive's text (copied from Word or PDF, tables as tab-separated lines) to task rows. */
export function importText(text: string, options: ImportOptions): ImportResult {
  const parts = splitTables(text);
  if (parts.length === 1 && parts[0].kind === "text") return importPlainText(text, options);
  return merge(parts.map((p) => (p.kind === "text" ? importPlainText(p.text, options) : importCells(p.rows, options))));
}

/** Results of the parts of one document: ids kept unique, "no task" said once for the whole. */
function merge(results: ImportResult[]): ImportResult {
  const seen = new Map<string, number>();
  const tasks = results.flatMap((r) => r.tasks).map((t) => {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    return n === 1 ? t : { ...t, id: `${t.id}-${n}` };
  });
  const notices = results.flatMap((r) => r.notices).filter((n) => n !== IMPORT_NOTICES.noTasks);
  if (tasks.length === 0 && notices.length === 0) notices.push(IMPORT_NOTICES.noTasks);
  return { tasks, unplaced: results.flatMap((r) => r.unplaced), notices };
}

function importPlainText(text: string, options: ImportOptions): ImportResult {
  const lines = physicalLines(text);
  const notices: string[] = [];
  const flatUnplaced: string[] = [];
  const kept: string[] = [];
  let at = 0;
  for (const flat of findFlattenedTables(lines)) {
    // Lines on either side of the table are joined separately: nothing runs on across it.
    kept.push(...logicalLines(lines.slice(at, flat.start)));
    flatUnplaced.push(...lines.slice(flat.start, flat.end));
    notices.push(IMPORT_NOTICES.flattenedTable(flat.headers, flat.end - flat.start));
    at = flat.end;
  }
  kept.push(...logicalLines(lines.slice(at)));

  const read = readTextDrafts(kept);
  const units = new UnitResolver(options.catalog);
  const assembled = assembleTasks(read.drafts, { units, planYear: options.planYear });
  if (assembled.tasks.length === 0 && notices.length === 0) notices.push(IMPORT_NOTICES.noTasks);
  return {
    tasks: assembled.tasks,
    unplaced: [...read.unplaced, ...assembled.unplaced, ...flatUnplaced],
    notices,
  };
}

/**
 * A block of cells from a sheet: a pasted table, or a pasted document one paragraph per row in
 * column A (then read as text).
 */
export function importCells(cells: CellValue[][], options: ImportOptions): ImportResult {
  // A whole document pasted into a sheet puts its body, one paragraph per row, above the appendix
  // table: the header is looked for all the way down.
  const header = findHeader(cells, cells.length);
  const units = new UnitResolver(options.catalog);
  if (!header) {
    const { text, labelled } = sheetText(cells);
    const result = importText(text, options);
    if (singleColumn(cells) || labelled) return result;
    // Rows copied without their header: the columns told by what they hold, if the text gave nothing.
    const guessed = result.tasks.length === 0 ? guessColumns(cells, units, options.planYear) : null;
    if (!guessed) return { ...result, notices: [IMPORT_NOTICES.noHeaderRow, ...result.notices] };
    const read = readTableDrafts(cells, guessed);
    const assembled = assembleTasks(read.drafts, { units, planYear: options.planYear });
    if (assembled.tasks.length === 0) return { ...result, notices: [IMPORT_NOTICES.noHeaderRow, ...result.notices] };
    const named = guessed.roles.flatMap((role, c) => (role && guessed.names[c] ? [guessed.names[c]] : []));
    return { tasks: assembled.tasks, unplaced: [...read.unplaced, ...assembled.unplaced], notices: [IMPORT_NOTICES.guessedColumns(named)] };
  }
  const read = readTableDrafts(cells, header);
  const assembled = assembleTasks(read.drafts, { units, planYear: options.planYear });
  const notices = assembled.tasks.length === 0 ? [IMPORT_NOTICES.noTasks] : [];
  const table = { tasks: assembled.tasks, unplaced: [...read.unplaced, ...assembled.unplaced], notices };
  // More than a few title lines above the table are the document's body: read as text too.
  const above = cells.slice(0, header.row);
  if (above.filter((row) => row.some((v) => cellText(v) !== "")).length < BODY_ROWS) return table;
  return merge([importText(sheetText(above).text, options), table]);
}

/** Rows above a table beyond its title lines (PHỤ LỤC, DANH MỤC ..., Kèm theo ...). */
const BODY_ROWS = 6;

/** A document pasted one paragraph per row: all text sits in one column. */
function singleColumn(cells: CellValue[][]): boolean {
  const columns = new Set<number>();
  for (const row of cells) row.forEach((v, c) => cellText(v) !== "" && columns.add(c));
  return columns.size <= 1;
}

