// Row numbers out of A1 references, for the report steps that work on finished plans.

/** The first row of an A1 range: "A1:R41" → 1, "$B$5" → 5. */
export function decodeRowOfRange(range: string): number {
  const match = /^\$?[A-Za-z]+\$?(\d+)/.exec(range.split("!").pop() ?? range);
  return match ? Number(match[1]) : 1;
}
