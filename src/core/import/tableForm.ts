// A pasted table (a Word table landed in Excel) to drafts. Between the tasks sit group heading rows
// (I., 1.) that become sections. Word cells split over several Excel rows arrive as rows whose
// other cells are blank: a row with no number and no title but with values continues the task
// above, and so does a title-only row when the table numbers its tasks. A blank lead or deadline
// under a task is a merged cell and is taken from the task above, with a warning.
import { IMPORT_WARNINGS as W } from "../strings/import";
import type { CellValue } from "../types";
import { cellLine, cellText, deadlineCellText } from "./cellText";
import { startsClosing } from "./boilerplate";
import type { Draft } from "./draft";
import { newDraft } from "./draft";
import type { Numbering } from "./lineShape";
import { matchLabel } from "./labels";
import { lineShape } from "./lineShape";
import type { HeadingNode } from "./sections";
import { SectionTracker } from "./sections";
import type { ColumnRole, TableHeader } from "./tableHeader";
import { isNumberingTexts, monthCellText, rowKey } from "./tableHeader";

interface Row {
  stt: string;
  title: string;
  lead: string;
  partners: string;
  leadAndPartners: string;
  product: string;
  deadline: string;
  /** The first of two title columns, when it groups the rows of the second (merged over them). */
  group: string;
  /** Every non-empty cell, for unplaced text. */
  all: string[];
  /** Cells of columns with no field (Ghi chú, Lãnh đạo phụ trách), as "Header: value". */
  extra: string[];
}

type Field = Exclude<ColumnRole, "stt" | "ignore" | "period">;
const FIELDS: Field[] = ["title", "lead", "partners", "leadAndPartners", "product", "deadline"];

function readRow(cells: CellValue[], header: TableHeader, groupColumn = -1): Row {
  const row: Row = { stt: "", title: "", lead: "", partners: "", leadAndPartners: "", product: "", deadline: "", group: "", all: [], extra: [] };
  const marked: string[] = [];
  const markedAt: number[] = [];
  cells.forEach((value, c) => {
    const role = header.roles[c];
    const raw = role === "deadline" ? deadlineCellText(value) : cellText(value);
    const text = header.monthColumns.has(c) ? monthCellText(raw) : raw;
    if (text === "") return;
    row.all.push(text);
    if (c === groupColumn) row.group = cellLine(text);
    else if (role === "period") {
      marked.push(header.names[c]);
      markedAt.push(c);
    } else if (role === "stt" && !STT_LIKE.test(text)) row.title = row.title ? `${text}\n${row.title}` : text;
    else if (role === "stt") row.stt = text.replace(/[.)]+$/, "").trim();
    else if (role === "title" && row.title !== "") row.title = `${row.title}${/[:.;,]$/.test(row.title) ? "" : ":"} ${text}`;
    else if (role && role !== "ignore") row[role] = row[role] ? `${row[role]}\n${text}` : text;
    else if (!role && header.names[c] === "" && header.roles[c - 1] === "title") {
      // "Nội dung" merged over two columns: the second one's text ("5.1 | | Thương mại") is title too.
      row.title = row.title ? `${row.title}${/[:.;,]$/.test(row.title) ? "" : ":"} ${text}` : text;
    } else row.extra.push(header.names[c] ? `${header.names[c]}: ${cellLine(text)}` : cellLine(text));
  });
  // Marks in a timeline: the task runs over the marked years or quarters; marks with gaps between
  // them (months 3, 6, 9, 12) are a list of times, not one span.
  if (row.deadline === "" && marked.length > 0) {
    const span = markedAt.every((c, i) => i === 0 || c === markedAt[i - 1] + 1);
    row.deadline = marked.length === 1 ? marked[0] : span ? `${marked[0]} - ${marked[marked.length - 1]}` : marked.join(", ");
  }
  // No number column: a task's number may open its title ("1. Xây dựng ...").
  if (!header.roles.includes("stt") && hasValues(row)) {
    const shape = lineShape(row.title.split("\n")[0]);
    if (shape.numbering && shape.numbering.kind !== "paren" && !shape.bullet) {
      row.stt = shape.numbering.number;
      row.title = [shape.body, ...row.title.split("\n").slice(1)].join("\n");
    }
  }
  // "3" | "Nhiệm vụ 3: Xây dựng ...": the title names its number again; the number cell has it already.
  if (row.stt !== "" && row.title !== "") {
    const lines = row.title.split("\n");
    const shape = lineShape(lines[0]);
    if (shape.numbering?.kind === "task" && Number(shape.numbering.number) === Number(row.stt) && shape.body !== "") {
      row.title = [shape.body, ...lines.slice(1)].join("\n");
    }
  }
  return row;
}

function hasValues(r: Row): boolean {
  return r.lead !== "" || r.partners !== "" || r.leadAndPartners !== "" || r.product !== "" || r.deadline !== "";
}

/** A group heading's number in the STT cell: I, II, A, B (an Arabic one is decided by context). */
function headingNumber(stt: string): Numbering | null {
  const shape = lineShape(`${stt}. x`);
  return shape.numbering && shape.body === "x" ? shape.numbering : null;
}

// A number cell: 1, 1.2, I, A, a), or a bullet. Anything else there is a heading merged across the row.
const STT_LIKE = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|[IVXLC]{1,7}\.?|[A-ZĐa-zđ][.)]?|[-+*•–])$/u;
// A note below the table: "Ghi chú: ...", or a footnote "(*) ..." explaining a mark in the rows.
const NOTE = /^(?:(?:ghi chú|lưu ý|chú thích)\s*:|\(\*+\)|\*+\s)/iu;
const ARABIC = /^\d{1,3}(?:\.\d{1,3})*$/;
// A total row: "Tổng cộng", "Cộng", "Tổng số: 40 nhiệm vụ", "Tổng cộng (8 nhiệm vụ)".
const TOTAL = /^(?:tổng cộng|tổng số|tổng|cộng)(?=$|[\s:(])(?:\s*[:(].*|\s+\d.*)?$/iu;

/** The STT that would follow `prev` in the same sequence: 2 after 1, 1.3 after 1.2. */
function follows(prev: string, next: string): boolean {
  if (!ARABIC.test(prev) || !ARABIC.test(next)) return false;
  const a = prev.split(".");
  const b = next.split(".");
  if (a.length !== b.length) return false;
  return a.slice(0, -1).join(".") === b.slice(0, -1).join(".") && Number(b[b.length - 1]) === Number(a[a.length - 1]) + 1;
}

export interface TableDrafts {
  drafts: Draft[];
  unplaced: string[];
}

export function readTableDrafts(rows: CellValue[][], header: TableHeader): TableDrafts {
  // The header again inside the data (a table broken over pages, two tables pasted one after the
  // other) is no task: its rows and the column numbers under them are dropped.
  const groupColumn = findGroupColumn(rows.slice(header.dataStart), header);
  // The header repeated under each section may lose a cell ("| Nội dung | | Đơn vị thực hiện |", no
  // STT): a row whose every cell is a header cell's text is the header again.
  const headerCells = new Set(rows.slice(header.row, header.dataStart).flatMap((row) => row.map((v) => rowKey([cellText(v)])).filter((k) => k !== "")));
  const isHeaderAgain = (r: Row) => r.all.length >= 2 && (header.headerKeys.has(rowKey(r.all)) || r.all.every((t) => headerCells.has(rowKey([t]))));
  const data = rows
    .slice(header.dataStart)
    .map((cells) => readRow(cells, header, groupColumn))
    .filter((r) => !isNumberingTexts(r.all) && !isHeaderAgain(r));
  const nonEmpty = data.filter((r) => r.all.length > 0);
  const valueRows = nonEmpty.filter(hasValues);
  const numbersTasks = valueRows.filter((r) => r.stt !== "").length * 2 >= valueRows.length;

  const tracker = new SectionTracker();
  const drafts: Draft[] = [];
  const unplaced: string[] = [];
  let last: Draft | null = null;
  let lastStt = "";

  // A group row carrying units or a deadline ("I | LĨNH VỰC DƯỢC | Phòng Nghiệp vụ Dược") gives them to
  // every task of the group that leaves its own cell blank.
  let groupValues: Row | null = null;
  // "1 | Tổ chức các hội nghị | Văn phòng Sở" over "1.1", "1.2": a task row heading its subtasks, and the
  // group's values before it, given back when its subtasks end.
  let numberedGroup: { stt: string; outer: Row | null; node: HeadingNode | null } | null = null;
  const heading = (n: Numbering, label: string, text: string) => {
    tracker.leaveColumnGroup();
    tracker.push(n, label, text);
    if (n.kind !== "arabic") {
      groupValues = null;
      numberedGroup = null;
    }
    last = null;
  };
  const numberedHeading = (n: Numbering, text: string) => heading(n, `${marker(n)} ${text}`, text);

  const startTask = (r: Row, inheritFrom: Draft | null): Draft => {
    const d = newDraft(tracker.current);
    d.headingOwned = false;
    d.ownNumber = /^[-+*•]$/.test(r.stt) ? "" : r.stt;
    addValues(d, r);
    if (groupValues) {
      const g = groupValues;
      if (d.lead.length === 0 && d.partners.length === 0 && r.leadAndPartners === "") addUnits(d, g);
      else if (d.lead.length === 0) addUnits(d, { ...g, partners: "" });
      if (d.deadline.length === 0 && g.deadline !== "") d.deadline.push(cellLine(g.deadline));
    }
    if (inheritFrom) {
      if (d.lead.length === 0 && inheritFrom.lead.length > 0) {
        d.lead.push(...inheritFrom.lead);
        d.warnings.push(W.leadFromAbove);
        // The units' cells were merged together: a blank partner cell beside a merged lead is merged too.
        if (d.partners.length === 0 && inheritFrom.partners.length > 0 && header.roles.includes("partners")) {
          d.partners.push(...inheritFrom.partners);
          d.warnings.push(W.partnersFromAbove);
        }
      }
      if (d.deadline.length === 0 && inheritFrom.deadline.length > 0) {
        d.deadline.push(...inheritFrom.deadline);
        d.warnings.push(W.deadlineFromAbove);
      }
    }
    drafts.push(d);
    return d;
  };

  for (let i = 0; i < data.length; i++) {
    const r = data[i];
    if (r.all.length === 0) continue;
    if (numberedGroup && r.stt !== "" && !r.stt.startsWith(`${numberedGroup.stt}.`)) {
      // Its subtasks have ended: "2" after "1.2" stands beside "1", not under it.
      if (tracker.current === numberedGroup.node) tracker.leave();
      groupValues = numberedGroup.outer;
      numberedGroup = null;
    }
    if (r.group !== "") {
      // A row with nothing but the group cell is a heading row ("I | NÂNG CAO ..."), read as usual.
      if (r.title === "") {
        // A task written across both title cells stands beside the group above, not in it.
        if (hasValues(r)) tracker.leaveColumnGroup();
        r.title = r.group;
      } else if (tracker.current?.kind !== "column" || tracker.current.text !== r.group) tracker.pushColumnGroup(r.group);
    }
    // "Nơi nhận:", "GIÁM ĐỐC", "KT. GIÁM ĐỐC" below the table: the signature, no continuation of a task.
    if (r.stt === "" && startsClosing(r.all[0])) break;
    // "Tổng cộng | | 30.670" below the tasks: a total, no part of the last title.
    if (r.stt === "" && TOTAL.test(cellLine(r.title))) {
      unplaced.push(r.all.join(" | "));
      continue;
    }
    unplaced.push(...r.extra);
    const values = hasValues(r);
    const n = r.stt ? headingNumber(r.stt) : null;

    if (!values && r.stt === "" && r.title === "") {
      // A group heading merged across the row lands in whichever cell came first.
      const text = r.all.join(" ");
      const shape = lineShape(text);
      if (shape.numbering) heading(shape.numbering, shape.text, shape.body);
      else unplaced.push(text);
      continue;
    }
    if (values && n && (n.kind === "roman" || n.kind === "upper") && groupLike(r.title) && nextIsNumbered(data, i)) {
      numberedHeading(n, cellLine(r.title));
      groupValues = r;
      continue;
    }
    if (values && n && ARABIC.test(r.stt) && r.title !== "" && opensSubgroup(data, i, r.stt)) {
      numberedHeading(n, cellLine(r.title));
      numberedGroup = { stt: r.stt, outer: groupValues, node: tracker.current };
      groupValues = r;
      continue;
    }
    if (!values && n && n.kind !== "arabic" && (n.kind !== "lower" || opensLetterGroup(data, i))) {
      numberedHeading(n, cellLine(r.title));
      continue;
    }
    if (!values && r.stt === "" && NOTE.test(r.title)) {
      unplaced.push(r.all.join(" | "));
      continue;
    }
    if (!values && r.stt === "" && r.title !== "") {
      const shape = lineShape(cellLine(r.title));
      if (shape.numbering && shape.numbering.kind !== "lower" && shape.numbering.kind !== "paren") {
        heading(shape.numbering, shape.text, shape.body);
      } else if (last && numbersTasks && !(groupLike(r.title) && nextIsNumberedTask(data, i))) {
        // The rest of a title cell Word split over rows: one title, joined with a space.
        const at = last.title.length - 1;
        if (at >= 0) last.title[at] = `${last.title[at]} ${cellLine(r.title)}`;
        else last.title.push(cellLine(r.title));
      } else if (last && !numbersTasks && !(groupLike(r.title) && nextHasValues(data, i))) {
        last = startTask(r, last);
      } else if (nextHasValues(data, i)) {
        tracker.pushOuter(cellLine(r.title), cellLine(r.title));
        last = null;
      } else {
        unplaced.push(r.all.join(" | "));
      }
      continue;
    }
    if (!values && n && ARABIC.test(r.stt)) {
      // "2" with no values: the next task of a merged run, or a group heading over its own tasks.
      if (!opensSubgroup(data, i, r.stt) && ((last && follows(lastStt, r.stt)) || groupValues)) {
        last = startTask(r, last);
        lastStt = r.stt;
      } else {
        numberedHeading(n, cellLine(r.title));
      }
      continue;
    }
    if (r.stt === "" && r.title === "" && last) {
      addValues(last, r, true, true);
      continue;
    }
    if (r.stt === "" && last && /^\p{Ll}/u.test(r.title)) {
      // A table copied out of a PDF: each printed line is a row, "chống dịch năm 2026 | vụ Y | chính |
      // 2026" going on with the cells of the task above.
      const at = last.title.length - 1;
      if (at >= 0) last.title[at] = `${last.title[at]} ${cellLine(r.title)}`;
      else last.title.push(cellLine(r.title));
      addValues(last, { ...r, title: "" }, true, true);
      continue;
    }
    last = startTask(r, last);
    if (r.stt) lastStt = r.stt;
  }
  return { drafts, unplaced };
}

/**
 * Two title columns ("Nhiệm vụ" | "Hoạt động cụ thể"): the first groups the second when Word merged
 * it over several task rows (blank below its first row, or the same text repeated). -1 otherwise, and
 * the two cells are read as one title.
 */
function findGroupColumn(rows: CellValue[][], header: TableHeader): number {
  const titles = header.roles.flatMap((role, c) => (role === "title" ? [c] : []));
  if (titles.length < 2) return -1;
  const [first, ...rest] = titles;
  const valueColumns = header.roles.flatMap((role, c) => (role === "lead" || role === "partners" || role === "leadAndPartners" || role === "deadline" ? [c] : []));
  const firsts: string[] = [];
  for (const row of rows) {
    const isTask = rest.some((c) => cellText(row[c]) !== "") && valueColumns.some((c) => cellText(row[c]) !== "");
    if (isTask) firsts.push(cellText(row[first]));
  }
  const merged = firsts.length >= 2 && firsts.some((t, i) => i > 0 && (t === "" || t === firsts[i - 1]));
  return merged ? first : -1;
}

/** An unnumbered group heading: set in capitals, or a few capitalised words with no sentence ending. */
function groupLike(title: string): boolean {
  if (!/^\p{Lu}/u.test(title)) return false;
  const letters = title.replace(/[^\p{L}]/gu, "");
  if (letters.length > 1 && letters === letters.toUpperCase()) return true;
  return title.split(/\s+/).length <= 6 && !/[.;]$/.test(title);
}

function nextRow(data: Row[], i: number): Row | undefined {
  for (let j = i + 1; j < data.length; j++) if (data[j].all.length > 0) return data[j];
  return undefined;
}

/**
 * "a | Văn bản chỉ đạo" with no values, then "- | task | unit | ...": a letter over tasks of another
 * numbering heads them. A run of letters (a, b, c with merged cells) is a run of tasks.
 */
function opensLetterGroup(data: Row[], i: number): boolean {
  const next = nextRow(data, i);
  return next !== undefined && next.stt !== "" && !/^[a-zđ]$/u.test(next.stt) && hasValues(next);
}

/** "1" followed by "1.1": a subgroup heading, not a task. */
function opensSubgroup(data: Row[], i: number, stt: string): boolean {
  const next = nextRow(data, i);
  return next !== undefined && next.stt.startsWith(`${stt}.`);
}

function nextIsNumbered(data: Row[], i: number): boolean {
  const next = nextRow(data, i);
  return next !== undefined && next.stt !== "" && next.title !== "";
}

function nextIsNumberedTask(data: Row[], i: number): boolean {
  const next = nextRow(data, i);
  return next !== undefined && hasValues(next) && next.stt !== "";
}

function nextHasValues(data: Row[], i: number): boolean {
  const next = nextRow(data, i);
  return next !== undefined && hasValues(next);
}

/** "I." for a Roman group, "1." for an Arabic one, "a)" for a letter: the marker as usually written. */
function marker(n: Numbering): string {
  return n.kind === "lower" ? `${n.number})` : `${n.number}.`;
}

/**
 * "Chủ trì: Văn phòng Sở" / "Phối hợp: Thanh tra Sở" in a unit cell ("Đơn vị thực hiện"): each
 * labelled line goes to its own field; null when the cell holds no such labels.
 */
function labelledUnits(text: string): { lead: string[]; partners: string[] } | null {
  const out = { lead: [] as string[], partners: [] as string[] };
  let found = false;
  let into: string[] | null = null;
  for (const line of text.split("\n")) {
    const label = matchLabel(lineShape(line).body);
    if (label && (label.field === "lead" || label.field === "partners")) {
      found = true;
      into = out[label.field];
      if (label.value) into.push(label.value);
    } else if (into) into.push(lineShape(line).body);
    else out.lead.push(line);
  }
  return found ? out : null;
}

/** The unit cells of a row (a group's, given to a task of the group). */
function addUnits(d: Draft, r: Row): void {
  addValues(d, { ...r, title: "", product: "", deadline: "" }, false);
}

/**
 * `continued`: the row goes on with the task above (a row Word split at a page break), so a unit cut
 * mid-name ("Phòng Kế hoạch -" above "Tài chính") is joined back to its first part.
 */
function addValues(d: Draft, r: Row, source = true, continued = false): void {
  for (const field of FIELDS) {
    const text = r[field];
    if (text === "") continue;
    const units = field === "lead" || field === "leadAndPartners" || field === "partners" ? labelledUnits(text) : null;
    if (units) {
      d.lead.push(...units.lead);
      d.partners.push(...units.partners);
    } else if (field === "title") d.title.push(cellLine(text));
    else if (field === "lead") pushUnits(d.lead, text.split("\n"), continued);
    else if (field === "partners") pushUnits(d.partners, text.split("\n"), continued);
    else if (field === "leadAndPartners") {
      const [first, ...rest] = text.split("\n");
      if (d.lead.length === 0) d.lead.push(first);
      else d.partners.push(first);
      d.partners.push(...rest);
    } else if (field === "product") d.product.push(cellLine(text));
    else if (continued && d.deadline.length > 0 && /[/\-–]$/.test(d.deadline[d.deadline.length - 1])) {
      // "Quý II/" above "2026": one phrase cut where the row was.
      d.deadline[d.deadline.length - 1] += cellLine(text);
    } else d.deadline.push(cellLine(text));
  }
  if (source) d.source.push(r.all.join(" | "));
}

function pushUnits(into: string[], lines: string[], continued: boolean): void {
  const prev = into[into.length - 1];
  if (continued && prev !== undefined && lines.length > 0 && cutMidName(prev, lines[0])) {
    into[into.length - 1] = `${prev.trimEnd()} ${lines[0].trim()}`;
    into.push(...lines.slice(1));
  } else into.push(...lines);
}

/** "Phòng Kế hoạch -" then "Tài chính", "Sở Văn hóa, Thể thao và" then "Du lịch": one name cut in two. */
function cutMidName(prev: string, next: string): boolean {
  return /[-–&(]$/.test(prev.trim()) || /(?:^|\s)(?:và|của|về)$/iu.test(prev.trim()) || /^\p{Ll}/u.test(next.trim());
}
