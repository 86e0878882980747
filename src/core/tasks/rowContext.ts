// What every row check receives, and the one way a finding is made.
import { readDateCell, type DateCell } from "../dates";
import { parseDeadline } from "../deadline/parseDeadline";
import { splitUnitList } from "../units/match";
import type { Catalog, CellValue, Deadline, Finding, Fix, IsoDate, RawRow, Task, TaskField } from "../types";
import { RULES, type RuleId } from "./rules";

export interface CheckOptions {
  catalog: Catalog;
  /** The day the check runs (for "completion date in the future"). */
  today: IsoDate;
  /** Plan year, when known: deadlines outside it are flagged. */
  planYear?: number;
}

/** Per-run caches: a table repeats the same units and deadline phrases on many rows. */
export class CheckMemo {
  private readonly deadlines = new Map<string, Deadline>();
  private readonly lists = new Map<string, string[]>();
  private readonly dateCells = new Map<string | number, DateCell>();

  constructor(private readonly options: CheckOptions) {}

  deadline(text: string): Deadline {
    let known = this.deadlines.get(text);
    if (!known) {
      known = parseDeadline(text, this.options.planYear);
      this.deadlines.set(text, known);
    }
    return known;
  }

  /** Date cells repeat (the same serials, the same typed dates) across a table. */
  dateCell(value: CellValue): DateCell {
    if (typeof value !== "number" && typeof value !== "string") return readDateCell(value);
    let known = this.dateCells.get(value);
    if (!known) {
      known = readDateCell(value);
      this.dateCells.set(value, known);
    }
    return known;
  }

  unitList(text: string): string[] {
    let known = this.lists.get(text);
    if (!known) {
      known = splitUnitList(text, this.options.catalog);
      this.lists.set(text, known);
    }
    return known;
  }
}

export interface RowContext {
  index: number;
  raw: RawRow;
  task: Task;
  options: CheckOptions;
  memo: CheckMemo;
  findings: Finding[];
}

export function report(
  ctx: RowContext,
  rule: RuleId,
  field: TaskField | null,
  message: string,
  fix: Fix | null = null,
): void {
  ctx.findings.push({ row: ctx.index, id: ctx.task.id, field, rule, severity: RULES[rule].severity, message, fix });
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
