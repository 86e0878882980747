// Temporary files beside a target, removed on every way out: success, error, Ctrl+C, a closed pipe,
// process.exit. A process killed outright (kill -9, power cut) cannot clean up, so the next write to
// the same target removes the temporary files of processes that no longer run.
import { readdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const live = new Set<string>();
let installed = false;

function removeAllSync(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed into place or removed.
    }
  }
  live.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAllSync();
  // The shell's convention for a command ended by a signal: 128 + its number.
  process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGHUP" ? 1 : 15));
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on("exit", removeAllSync);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, onSignal);
}

function uninstall(): void {
  if (!installed || live.size > 0) return;
  installed = false;
  process.off("exit", removeAllSync);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.off(signal, onSignal);
}

const PATTERN = /^\.(.+)\.(\d+)\.(?:tmp|lock)$/;

/** ".tracker.xlsx.1234.tmp": hidden, named after the target and this process. */
export function tempPathFor(target: string, kind: "tmp" | "lock" = "tmp"): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${kind}`);
}

/** Registers `path` for removal on any exit until `release` is called (after rename or unlink). */
export function holdTemp(path: string): () => void {
  live.add(path);
  install();
  return () => {
    live.delete(path);
    uninstall();
  };
}

export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files left beside `target` by processes that were killed. */
export function removeStaleTemps(target: string): void {
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    const match = PATTERN.exec(name);
    if (!match || match[1] !== basename(target) || !name.endsWith(".tmp") || isRunning(Number(match[2]))) continue;
    try {
      unlinkSync(join(dirname(target), name));
    } catch {
      // Someone else removed it first.
    }
  }
}
