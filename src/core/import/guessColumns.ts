// A table pasted without its header row (rows copied from the second page of an appendix): the
// columns are told by what they hold. A number column, a deadline column (phrases the deadline
// grammar dates), unit columns (names the catalog knows: the first leads, the next partners) and the
// longest text as the title. Only when all of title, lead and deadline are found; the import says so.
import { parseDeadline } from "../deadline/parseDeadline";
import type { CellValue } from "../types";
import { cellText, deadlineCellText } from "./cellText";
import type { UnitResolver } from "./resolveUnits";
import type { ColumnRole, TableHeader } from "./tableHeader";

const NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,7}\.?|[a-zđ][.)]|[-+*•])$/u;
const DATED = new Set(["date", "period", "range", "from", "ongoing", "yearly"]);

/** Share of a column's filled cells that pass `test`; 0 for a column filled in fewer than a third of the rows. */
function share(rows: CellValue[][], c: number, test: (text: string, value: CellValue) => boolean): number {
  const filled = rows.map((r) => r[c]).filter((v) => cellText(v ?? "") !== "");
  if (filled.length * 3 < rows.length) return 0;
  return filled.filter((v) => test(cellText(v), v)).length / filled.length;
}

export function guessColumns(cells: CellValue[][], units: UnitResolver, planYear: number | undefined): TableHeader | null {
  const width = Math.max(0, ...cells.map((r) => r.length));
  // Task rows: at least three filled cells. Rows of one cell (a title, a group) do not count.
  const rows = cells.filter((r) => r.filter((v) => cellText(v ?? "") !== "").length >= 3);
  if (rows.length < 2 || width < 3) return null;
  const roles: (ColumnRole | null)[] = new Array(width).fill(null);
  const free = (c: number) => roles[c] === null;

  const stt = [...Array(width).keys()].find((c) => share(rows, c, (t) => NUMBER.test(t)) >= 0.8);
  if (stt !== undefined) roles[stt] = "stt";
  const deadline = [...Array(width).keys()].find(
    (c) => free(c) && share(rows, c, (_, v) => DATED.has(parseDeadline(deadlineCellText(v), planYear).kind)) >= 0.6,
  );
  if (deadline === undefined) return null;
  roles[deadline] = "deadline";
  const unitColumns = [...Array(width).keys()].filter(
    (c) => free(c) && share(rows, c, (t) => units.list(t).length > 0 && units.list(t).every((u) => u.known)) >= 0.6,
  );
  if (unitColumns.length === 0) return null;
  roles[unitColumns[0]] = "lead";
  if (unitColumns.length > 1) roles[unitColumns[1]] = "partners";

  const meanLength = (c: number) => {
    const texts = rows.map((r) => cellText(r[c] ?? "")).filter((t) => t !== "");
    return texts.length === 0 ? 0 : texts.reduce((n, t) => n + t.length, 0) / texts.length;
  };
  const candidates = [...Array(width).keys()].filter(free).sort((a, b) => meanLength(b) - meanLength(a));
  if (candidates.length === 0 || meanLength(candidates[0]) < 15) return null;
  const title = candidates[0];
  roles[title] = "title";
  // A text column right of the title besides those: the product, as appendices put it.
  const product = candidates.slice(1).find((c) => c > title && meanLength(c) >= 4);
  if (product !== undefined) roles[product] = "product";

  const names = roles.map((role) => (role ? ROLE_NAMES[role] : ""));
  return { row: 0, dataStart: 0, roles, names, headerKeys: new Set(), monthColumns: new Set() };
}

/** The column names a header would have carried, for messages and for unplaced cells. */
const ROLE_NAMES: Record<ColumnRole, string> = {
  stt: "STT",
  title: "Nội dung nhiệm vụ",
  lead: "Cơ quan chủ trì",
  partners: "Cơ quan phối hợp",
  leadAndPartners: "Cơ quan chủ trì, phối hợp",
  product: "Sản phẩm",
  deadline: "Thời gian hoàn thành",
  period: "",
  ignore: "",
};
