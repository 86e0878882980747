// Runs a command module's run() in-process and captures what it prints.

export interface CommandOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCommand(run: (args: string[]) => Promise<number>, args: string[]): Promise<CommandOutput> {
  const out: string[] = [];
  const err: string[] = [];
  const capture = (sink: string[]) => (chunk: string | Uint8Array) => {
    sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  };
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation(capture(out) as typeof process.stdout.write);
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(capture(err) as typeof process.stderr.write);
  try {
    const code = await run(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}
