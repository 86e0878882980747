// Task-level precision / recall / F1 of the directive import over the golden cases, per case and per
// form, plus field-level accuracy. Usage: npx tsx scripts/import-eval.ts [CASES_DIR]
//
// A produced task is paired with the expected task whose title is most alike (word overlap), and is
// correct when its title (case, spacing and punctuation aside), lead, due date and set of partners
// all equal the expected ones. The form of a case is `form` in its options.json, else the first
// word of its folder name (table-..., block-..., labelled-...).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseDelimited } from "../src/core/import/delimited";
import { importCells, importText } from "../src/core/import/importDirective";
import { DEFAULT_CATALOG } from "../src/core/units/preset";

interface TaskLike {
  title: string;
  lead: string;
  partners: string[];
  deadlineText: string;
  due: string | null;
}

interface Options {
  planYear?: number;
  form?: string;
}

const FIELDS = ["title", "lead", "partners", "due", "deadlineText"] as const;
type Field = (typeof FIELDS)[number];

/** Lower case, punctuation and spacing folded: "; " against ", " is no error a planner would see. */
function norm(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function words(text: string): Set<string> {
  return new Set(norm(text).split(" ").filter(Boolean));
}

function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return (2 * common) / (x.size + y.size);
}

function fieldEqual(field: Field, got: TaskLike, want: TaskLike): boolean {
  switch (field) {
    case "partners": {
      const a = new Set(got.partners.map(norm));
      const b = new Set(want.partners.map(norm));
      return a.size === b.size && [...a].every((p) => b.has(p));
    }
    case "due":
      return got.due === want.due;
    default:
      return norm(got[field]) === norm(want[field]);
  }
}

const CORRECT_FIELDS: Field[] = ["title", "lead", "partners", "due"];

interface Score {
  produced: number;
  expected: number;
  correct: number;
  matched: number;
  fieldHits: Record<Field, number>;
  errors: string[];
}

function emptyScore(): Score {
  return { produced: 0, expected: 0, correct: 0, matched: 0, fieldHits: { title: 0, lead: 0, partners: 0, due: 0, deadlineText: 0 }, errors: [] };
}

/** Greedy pairing by title likeness, best pairs first; pairs below half the words in common are none. */
function pair(got: TaskLike[], want: TaskLike[]): [number, number][] {
  const candidates: [number, number, number][] = [];
  got.forEach((g, i) => want.forEach((w, j) => candidates.push([similarity(g.title, w.title), i, j])));
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedW = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [s, i, j] of candidates) {
    if (s < 0.5 || usedG.has(i) || usedW.has(j)) continue;
    usedG.add(i);
    usedW.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function scoreCase(got: TaskLike[], want: TaskLike[]): Score {
  const s = emptyScore();
  s.produced = got.length;
  s.expected = want.length;
  const pairs = pair(got, want);
  s.matched = pairs.length;
  for (const [i, j] of pairs) {
    const wrong: string[] = [];
    for (const f of FIELDS) {
      if (fieldEqual(f, got[i], want[j])) s.fieldHits[f]++;
      else if (CORRECT_FIELDS.includes(f)) wrong.push(`${f}: got ${JSON.stringify(got[i][f])} want ${JSON.stringify(want[j][f])}`);
    }
    if (wrong.length === 0) s.correct++;
    else s.errors.push(`  ~ "${want[j].title.slice(0, 60)}": ${wrong.join("; ")}`);
  }
  const gotPaired = new Set(pairs.map((p) => p[0]));
  const wantPaired = new Set(pairs.map((p) => p[1]));
  got.forEach((g, i) => gotPaired.has(i) || s.errors.push(`  + extra: "${g.title.slice(0, 80)}"`));
  want.forEach((w, j) => wantPaired.has(j) || s.errors.push(`  - missed: "${w.title.slice(0, 80)}"`));
  return s;
}

function add(a: Score, b: Score): void {
  a.produced += b.produced;
  a.expected += b.expected;
  a.correct += b.correct;
  a.matched += b.matched;
  for (const f of FIELDS) a.fieldHits[f] += b.fieldHits[f];
}

/** Task-level F1 each form should reach. */
const GOAL = 0.95;

function rates(s: Score): { p: number; r: number; f1: number } {
  const p = s.produced ? s.correct / s.produced : s.expected ? 0 : 1;
  const r = s.expected ? s.correct / s.expected : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function f1(s: Score): number {
  return rates(s).f1;
}

function prf(s: Score): string {
  const { p, r, f1 } = rates(s);
  return `P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (${s.correct} correct / ${s.produced} produced / ${s.expected} expected)`;
}

function fieldLine(s: Score): string {
  // Of the expected tasks: how often each field came out right (a missed task counts as wrong).
  return FIELDS.map((f) => `${f} ${s.expected ? ((100 * s.fieldHits[f]) / s.expected).toFixed(1) : "-"}%`).join("  ");
}

function runCase(dir: string, options: Options): TaskLike[] {
  const opts = { catalog: DEFAULT_CATALOG, planYear: options.planYear };
  const result = existsSync(join(dir, "input.tsv"))
    ? importCells(parseDelimited(readFileSync(join(dir, "input.tsv"), "utf8"), "\t"), opts)
    : importText(readFileSync(join(dir, "input.txt"), "utf8"), opts);
  return result.tasks;
}

function main(): void {
  const root = process.argv[2] ?? join(__dirname, "..", "test", "cases", "import");
  const names = readdirSync(root)
    .filter((n) => statSync(join(root, n)).isDirectory())
    .sort();
  const byForm = new Map<string, Score>();
  const total = emptyScore();
  for (const name of names) {
    const dir = join(root, name);
    const options: Options = existsSync(join(dir, "options.json")) ? JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) : {};
    const want = (JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { tasks: TaskLike[] }).tasks;
    const s = scoreCase(runCase(dir, options), want);
    const form = options.form ?? name.split("-")[0];
    const f = byForm.get(form) ?? emptyScore();
    byForm.set(form, f);
    add(f, s);
    add(total, s);
    console.log(`${name.padEnd(28)} ${prf(s)}`);
    for (const e of s.errors) console.log(e);
  }
  console.log("\nper form");
  for (const [form, s] of [...byForm].sort()) {
    console.log(`${form.padEnd(10)} ${prf(s)}${f1(s) < GOAL ? `  below the goal of ${GOAL}` : ""}`);
    console.log(`${"".padEnd(10)} fields: ${fieldLine(s)}`);
  }
  console.log(`${"all".padEnd(10)} ${prf(total)}`);
  console.log(`${"".padEnd(10)} fields: ${fieldLine(total)}`);
}

main();
