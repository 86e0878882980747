// The fake is typed against @types/office-js: these lines must stay compile errors (`npm run typecheck`
// fails when a @ts-expect-error is not needed). At run time the test checks the fake stays browser-safe.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Mirror } from "../../fakes/excel/mirror";

// @ts-expect-error a member that Excel.Range does not have
export type Misspelt = Mirror<Excel.Range, "autoFitColumns">;

export class WrongPropertyType implements Mirror<Excel.Range, "rowCount"> {
  // @ts-expect-error Excel.Range.rowCount is a number
  rowCount = "3";
}

export class WrongParameters implements Mirror<Excel.Worksheet, "getRange"> {
  // @ts-expect-error Excel.Worksheet.getRange takes an address string
  getRange(row: number, column: number): unknown {
    return [row, column];
  }
}

it("imports nothing but its own files, so the browser test can bundle it", () => {
  const dir = join(__dirname, "../../fakes/excel");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const imports = [...readFileSync(join(dir, file), "utf8").matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
    expect({ file, outside: imports.filter((i) => !i.startsWith("./")) }).toEqual({ file, outside: [] });
  }
});
