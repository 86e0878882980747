// `tracker import FILE [--year YYYY]`: the tasks of a directive (.txt), a pasted table (.tsv, .csv)
// or a sheet (.xlsx) as a JSON array on stdout; notices about the document on stderr.
import { importCells, importText } from "../../core/import/importDirective";
import { locateUnplaced } from "../../core/import/locateUnplaced";
import { IMPORT_CLI_ERRORS } from "../../core/strings/import";
import type { ImportedTask } from "../../core/types";
import { DEFAULT_CATALOG } from "../../core/units/preset";
import { parseArgs, parseYear, UsageError } from "../format/args";
import { printErr, printOut } from "../format/output";
import { DirectiveInputError, readDirectiveInput } from "../readInputFile";

function record(t: ImportedTask) {
  return {
    id: t.id,
    section: t.section,
    title: t.title,
    product: t.product,
    lead: t.lead,
    partners: t.partners,
    deadlineText: t.deadlineText,
    due: t.due,
    from: t.from,
    recurring: t.recurring,
    warnings: t.warnings,
  };
}

export async function run(args: string[]): Promise<number> {
  let file: string;
  let planYear: number | undefined;
  try {
    const parsed = parseArgs(args, ["--year"], []);
    if (parsed.positional.length !== 1) throw new UsageError("");
    file = parsed.positional[0];
    planYear = parseYear(parsed.values["--year"]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    printErr([error.message, IMPORT_CLI_ERRORS.usage].filter(Boolean).join("\n"));
    return 2;
  }

  let result;
  let input;
  try {
    input = await readDirectiveInput(file);
    const options = { catalog: DEFAULT_CATALOG, planYear };
    result = input.kind === "text" ? importText(input.text, options) : importCells(input.cells, options);
  } catch (error) {
    if (!(error instanceof DirectiveInputError)) throw error;
    printErr(error.message);
    return 2;
  }
  printOut(JSON.stringify(result.tasks.map(record), null, 2));
  for (const notice of result.notices) printErr(notice);
  if (result.unplaced.length > 0) {
    printErr(IMPORT_CLI_ERRORS.unplaced(result.unplaced.length));
    // One notice per paragraph, with its line (row of a sheet): nothing is dropped unseen.
    for (const p of locateUnplaced(input, result.unplaced)) {
      printErr(IMPORT_CLI_ERRORS.unplacedAt(p.line, p.text));
    }
  }
  return 0;
}
