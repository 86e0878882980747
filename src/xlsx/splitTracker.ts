// `tracker split`: one workbook per lead unit of a master, written into a folder. The master changes
// only when it must, and then after a copy of it is written beside it: a tracker built before
// MaSoTheoDoi gets its id (returns must name their master), and --expand-groups adds member rows
// (returns must land on them).
import { mkdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { IsoDate } from "../core/types";
import { planGroupExpansion, type ExpandedTask, type UnexpandableTask } from "../workbook/roundtrip/expandGroups";
import { groupByLead } from "../workbook/roundtrip/unitRows";
import { taskId } from "../workbook/schema/rows";
import { readTrackerFile, type TrackerFile } from "./readTracker";
import { writeTracker } from "./rebuildTracker";
import { unitFileNames } from "./split/fileNames";
import { writeBytesAtomically } from "./split/writeFiles";
import { backupBeside } from "./write/backup";
import { unitCopyBytes } from "./unitCopyBytes";

export { unitCopyBytes } from "./unitCopyBytes";

export interface SplitOptions {
  sentAt: IsoDate;
  expandGroups: boolean;
}

export interface SplitResult {
  /** One per lead unit, in the master's order: the unit as the master writes it, the file, its task count. */
  units: { unit: string; file: string; tasks: number }[];
  /** Tasks led by a group and sent to nobody (without --expand-groups). */
  skippedGroupTasks: { id: string; title: string; group: string }[];
  /** Group tasks expanded into member rows (with --expand-groups); `added` 0 when done by an earlier run. */
  expanded: ExpandedTask[];
  /** Group tasks --expand-groups could not expand (no definite members, or no Mã NV). */
  unexpandable: UnexpandableTask[];
  /** Mã NV (or title) of tasks without a lead unit. */
  noLead: string[];
  /** The master was given a MaSoTheoDoi before splitting. */
  trackerIdAdded: boolean;
  /** The copy of the master written before it was changed, or null when it was not changed. */
  backup: string | null;
}

/** Thrown when --out names a file, not a folder. */
export class OutDirError extends Error {}

export async function splitTracker(masterPath: string, outDir: string, options: SplitOptions): Promise<SplitResult> {
  let master = await readTrackerFile(masterPath);
  let backup: string | null = null;
  const update = async (rows: TrackerFile["rows"]) => {
    backup ??= await backupBeside(masterPath, `ban-sao-${options.sentAt}`);
    await writeTracker(rows, masterPath, { today: options.sentAt });
    master = await readTrackerFile(masterPath);
  };

  const trackerIdAdded = master.settings.trackerId === undefined;
  if (trackerIdAdded) await update([]);

  let expanded: ExpandedTask[] = [];
  let unexpandable: UnexpandableTask[] = [];
  if (options.expandGroups) {
    const expansion = planGroupExpansion(master.rows, master.catalog);
    if (expansion.added.length > 0) await update(expansion.added);
    ({ expanded, unexpandable } = expansion);
  }

  const groups = groupByLead(master.rows, master.catalog);
  const label = (index: number) => taskId(master.rows[index].id) || taskId(master.rows[index].title);
  const handled = new Set([...expanded.map((t) => t.id), ...unexpandable.map((t) => t.id)]);
  const skippedGroupTasks = groups.groupTasks
    .filter(({ row }) => !options.expandGroups || !handled.has(taskId(master.rows[row].id)))
    .map(({ row, group }) => ({ id: label(row), title: taskId(master.rows[row].title), group: group.name }));

  await ensureFolder(outDir);
  const names = unitFileNames(groups.units.map((g) => g.unit));
  const masterName = basename(masterPath);
  const units: SplitResult["units"] = [];
  for (const [i, { unit, rows }] of groups.units.entries()) {
    const file = join(outDir, names[i]);
    await writeBytesAtomically(await unitCopyBytes(master, masterName, unit, { sentAt: options.sentAt }), file);
    units.push({ unit, file, tasks: rows.length });
  }
  return { units, skippedGroupTasks, expanded, unexpandable, noLead: groups.noLead.map(label), trackerIdAdded, backup };
}

async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new OutDirError(dir);
  if (!info) await mkdir(dir, { recursive: true });
}
