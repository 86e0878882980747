// A table flattened by PDF text extraction: the header's words come out one per line, followed by
// columns of fragments. Rows cannot be rebuilt from that, so the region is reported, not guessed.
import { columnRole } from "./tableHeader";
import type { ColumnRole } from "./tableHeader";
import { lineShape } from "./lineShape";
import { startsClosing } from "./boilerplate";

export interface FlattenedTable {
  start: number;
  end: number;
  headers: string[];
}

const HEADER_ROLES: ColumnRole[] = ["stt", "title", "lead", "partners", "leadAndPartners", "product", "deadline"];

function headerRole(line: string): ColumnRole | null {
  if (line.length > 50 || line.includes(":")) return null;
  const shape = lineShape(line);
  if (shape.bullet || shape.numbering) return null;
  const role = columnRole(line);
  return role && HEADER_ROLES.includes(role) ? role : null;
}

/** Finds flattened tables among physical lines (before wrapped lines are joined). */
export function findFlattenedTables(lines: string[]): FlattenedTable[] {
  const found: FlattenedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const roles = new Set<ColumnRole>();
    const headers: string[] = [];
    let j = i;
    // Header words may themselves be split ("Cơ quan" / "chủ trì"), and a stray fragment may sit between.
    let misses = 0;
    while (j < lines.length && misses <= 1) {
      const single = headerRole(lines[j]);
      // A header word split over two lines goes on in lower case: "Cơ quan" / "chủ trì".
      const pair = j + 1 < lines.length && /^\p{Ll}/u.test(lines[j + 1]) ? headerRole(`${lines[j]} ${lines[j + 1]}`) : null;
      // "Thời gian hoàn" / "thành": a lower-case fragment below finishes the header word.
      const finishes = pair !== null && pair === single && /^\p{Ll}/u.test(lines[j + 1]);
      if (single && !finishes) {
        roles.add(single);
        headers.push(lines[j]);
        j++;
        misses = 0;
      } else if (pair && (finishes || !single)) {
        roles.add(pair);
        headers.push(`${lines[j]} ${lines[j + 1]}`);
        j += 2;
        misses = 0;
      } else if (roles.size > 0 && lines[j].length <= 20 && /^\p{Ll}/u.test(lines[j])) {
        // Only the lower-case rest of a header word may sit between header words; a value line
        // ("Cơ quan chủ trì" / "Sở Y tế") means labels with their values, not a table.
        misses++;
        j++;
      } else break;
    }
    const isTable = roles.size >= 3 && roles.has("title") && (roles.has("lead") || roles.has("leadAndPartners") || roles.has("deadline"));
    if (!isTable) {
      i++;
      continue;
    }
    let end = j;
    let longRun = 0;
    while (end < lines.length && longRun < 2 && !startsClosing(lines[end])) {
      longRun = lines[end].length > 70 ? longRun + 1 : 0;
      end++;
    }
    if (longRun >= 2) end -= 2;
    found.push({ start: i, end, headers });
    i = end;
  }
  return found;
}
