// `tracker deadline [--year YYYY] [PHRASE ...]`: one JSON line per phrase, in input order.
import { parseDeadline } from "../../core/deadline";
import { DEADLINE_CLI } from "../../core/strings/deadline";
import { parseArgs, parseYear, UsageError } from "../format/args";
import { printable, printErr } from "../format/output";

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

/** The record printed for one phrase; `text` is the phrase exactly as given. */
export function deadlineLine(text: string, planYear?: number): string {
  const d = parseDeadline(text, planYear);
  return JSON.stringify({
    text,
    due: d.due,
    from: d.from,
    recurring: d.recurring,
    kind: d.kind,
    condition: d.condition,
  });
}

/**
 * Lines of standard input. Blank lines are kept (they print kind "empty") so that output line N
 * answers input line N; only the newline that ends the last line does not start another.
 */
export function inputLines(input: string): string[] {
  if (input === "") return [];
  const lines = input.split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

export function formatDeadlines(phrases: string[], planYear?: number): string {
  return phrases.map((p) => deadlineLine(p, planYear) + "\n").join("");
}

/** The plan year of `--year`, checked; throws UsageError with a Vietnamese message. */
export function planYearOption(value: string | undefined): number | undefined {
  const year = parseYear(value);
  if (year !== undefined && (year < MIN_YEAR || year > MAX_YEAR)) throw new UsageError(DEADLINE_CLI.yearOutOfRange(String(value)));
  return year;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export async function run(args: string[]): Promise<number> {
  let phrases: string[];
  let planYear: number | undefined;
  try {
    const parsed = parseArgs(args, ["--year"], []);
    planYear = planYearOption(parsed.values["--year"]);
    phrases = parsed.positional;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr(`${error.message}\n${DEADLINE_CLI.usage}`);
    return 2;
  }
  if (phrases.length === 0) phrases = inputLines(await readStdin());
  process.stdout.write(printable(formatDeadlines(phrases, planYear)));
  return 0;
}
