// Where the commands write: stdout for results, stderr for errors and notices.

export function printOut(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : text + "\n");
}

export function printErr(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : text + "\n");
}
