// Command-line arguments of the tracker commands: positional values and --flags, checked, in Vietnamese.
import { extname } from "node:path";
import { isIsoDate } from "../../core/dates";
import { ARG_ERRORS } from "../../core/strings/cli";

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  values: Record<string, string>;
  switches: Set<string>;
}

/** `valued` flags take the next argument (or `--flag=value`); `switches` stand alone. */
export function parseArgs(args: string[], valued: string[], switches: string[]): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], values: {}, switches: new Set() };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith("--")) {
      parsed.positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (switches.includes(flag) && inline === undefined) {
      parsed.switches.add(flag);
    } else if (valued.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") throw new UsageError(ARG_ERRORS.missingValue(flag));
      parsed.values[flag] = value;
    } else {
      throw new UsageError(ARG_ERRORS.unknownFlag(arg));
    }
  }
  return parsed;
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(ARG_ERRORS.badYear(value));
  return Number(value);
}

export function parseAsOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(ARG_ERRORS.badDate(value));
  return value;
}

/** An --out workbook path: absent stays absent; anything but .xlsx is refused. */
export function parseXlsxOut(value: string | undefined): string | undefined {
  if (value !== undefined && extname(value).toLowerCase() !== ".xlsx") throw new UsageError(ARG_ERRORS.outNotXlsx(value));
  return value;
}

export { localToday } from "../../core/dates";
