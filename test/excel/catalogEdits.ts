// Edits users make on the tracker's Danh mục sheet, made on the fake host as a user would make them.
import type { FakeExcelHost } from "../fakes/excel";

export const CATALOG = "Danh mục";

/** The sheet row (1-based) of a unit in the DmDonVi block, found by its name in column B. */
export function unitRow(host: FakeExcelHost, name: string): number {
  const names = host.sheet(CATALOG).values("B1:B200").map((r) => r[0]);
  const index = names.indexOf(name);
  if (index < 0) throw new Error(`no unit named ${name} on ${CATALOG}`);
  return index + 1;
}

/** Retypes a unit's name and appends an alias to its aliases cell. */
export function renameUnit(host: FakeExcelHost, from: string, to: string, alias: string): void {
  const row = unitRow(host, from);
  const sheet = host.sheet(CATALOG);
  sheet.type(`B${row}`, [[to]]);
  sheet.type(`D${row}`, [[`${String(sheet.values(`D${row}`)[0][0])}; ${alias}`]]);
}

/**
 * A new unit at the end of the list. In Excel the user inserts a row inside the list, and the names
 * over it (DmDonVi, DsDonVi) grow by that row; the fake has no row insertion, so the row is typed
 * below the list and the names are redefined one row longer, which is the state Excel ends in.
 */
export async function addUnit(host: FakeExcelHost, row: [code: string, name: string, kind: string, aliases: string]): Promise<void> {
  const grown = ["DmDonVi", "DsDonVi"].map((name) => {
    const reference = host.names().find((n) => n.name === name)!.reference;
    const m = /^(.*\$)(\d+)$/.exec(reference)!;
    return { name, reference: `${m[1]}${Number(m[2]) + 1}`, row: Number(m[2]) + 1 };
  });
  host.sheet(CATALOG).type(`A${grown[0].row}`, [row]);
  await Excel.run(async (context) => {
    for (const { name, reference } of grown) {
      context.workbook.names.getItem(name).delete();
      context.workbook.names.add(name, reference);
    }
    await context.sync();
  });
}
