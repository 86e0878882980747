// Where the commands write: stdout for results, stderr for errors and notices. Text from a file is
// shown as text only: a crafted cell holding escape sequences must not retitle the terminal, move
// the cursor over earlier lines, or reverse the reading direction to hide part of a line.

/**
 * C0 controls but tab and line feed (ESC starts every terminal sequence; CR overwrites a line), DEL,
 * C1 controls (U+009B is a one-character escape to many terminals), and the bidirectional overrides
 * and isolates.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, "");
}

export function printOut(text: string): void {
  const safe = printable(text);
  process.stdout.write(safe.endsWith("\n") ? safe : safe + "\n");
}

export function printErr(text: string): void {
  const safe = printable(text);
  process.stderr.write(safe.endsWith("\n") ? safe : safe + "\n");
}

/**
 * `tracker summary x.xlsx | head`: once the reader closes the pipe, writing fails with EPIPE. That is
 * the reader's choice, not an error: stop quietly (temporary files are removed on exit).
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}
