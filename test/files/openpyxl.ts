// openpyxl (python3-openpyxl) as a third writer of .xlsx files: load a workbook, optionally set cells,
// save it. Missing openpyxl fails the check instead of skipping it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

// pyenv and virtualenvs put a python3 without Debian's modules first on PATH.
const PYTHONS = ["python3", "/usr/bin/python3"];

const SAVE = `
import json, sys, openpyxl
source, target, edits = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
workbook = openpyxl.load_workbook(source)
for sheet, cell, value in edits:
    workbook[sheet][cell] = value
workbook.save(target)
`;

let python: Promise<string> | undefined;

async function pythonWithOpenpyxl(): Promise<string> {
  for (const candidate of PYTHONS) {
    try {
      await run(candidate, ["-c", "import openpyxl"]);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`openpyxl is missing: install python3-openpyxl (.ci/system-deps.sh); tried ${PYTHONS.join(", ")}`);
}

/** Saves `source` as `target` through openpyxl, after setting each [sheet, cell, value]. */
export async function saveWithOpenpyxl(source: string, target: string, edits: [string, string, string | number][] = []): Promise<void> {
  python ??= pythonWithOpenpyxl();
  await run(await python, ["-c", SAVE, source, target, JSON.stringify(edits)], { timeout: 60_000 });
}
