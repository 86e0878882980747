// Whether a zip package is within the readers' limits, before ExcelJS (which holds every cell in
// memory) sees it: first by what the directory declares, then by unpacking as a stream. Also tells
// an OpenDocument spreadsheet renamed .xlsx from a damaged file. Browser-safe.
import { READ_ERRORS, TOO_BIG_DETAILS } from "../../core/strings/cli";
import { TrackerReadError } from "./errors";
import { READ_LIMITS, type LimitKind } from "./limits";
import { inflatedLimit } from "./package/inflatedCheck";
import { zipDirectory } from "./package/zipDirectory";

const MB = 1024 * 1024;
/** Below this a part's packing ratio says nothing (a small run of repeated XML packs very well). */
const RATIO_FLOOR = 8 * MB;

export function tooBig(fileName: string, kind: LimitKind | "memory", part = "", fileBytes = 0): TrackerReadError {
  const limit = (n: number) => n.toLocaleString("vi-VN");
  const details: Record<LimitKind | "memory", string> = {
    fileBytes: TOO_BIG_DETAILS.fileBytes(Math.ceil(fileBytes / MB), READ_LIMITS.fileBytes / MB),
    inflatedBytes: TOO_BIG_DETAILS.inflatedBytes(READ_LIMITS.inflatedBytes / MB),
    partBytes: TOO_BIG_DETAILS.partBytes(part, READ_LIMITS.partBytes / MB),
    partRatio: TOO_BIG_DETAILS.partRatio(part),
    sheetRows: TOO_BIG_DETAILS.sheetRows(limit(READ_LIMITS.sheetRows)),
    parts: TOO_BIG_DETAILS.parts(limit(READ_LIMITS.parts)),
    memory: TOO_BIG_DETAILS.memory,
  };
  return new TrackerReadError("tooBig", READ_ERRORS.tooBig(fileName, details[kind]));
}

/** Throws TrackerReadError ("tooBig", "ods") when the package must not be loaded; a damaged zip is left to the loader. */
export async function checkPackageLimits(bytes: Uint8Array, fileName: string): Promise<void> {
  if (bytes.length > READ_LIMITS.fileBytes) throw tooBig(fileName, "fileBytes", "", bytes.length);
  const entries = zipDirectory(bytes);
  if (!entries) return;
  if (entries.length > READ_LIMITS.parts) throw tooBig(fileName, "parts");
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has("mimetype") && names.has("content.xml") && !names.has("[content_types].xml")) {
    throw new TrackerReadError("ods", READ_ERRORS.ods(fileName));
  }
  let total = 0;
  for (const entry of entries) {
    total += entry.unpacked;
    if (entry.unpacked > READ_LIMITS.partBytes) throw tooBig(fileName, "partBytes", entry.name);
    if (entry.unpacked > RATIO_FLOOR && entry.unpacked > entry.packed * READ_LIMITS.partRatio) throw tooBig(fileName, "partRatio", entry.name);
  }
  if (total > READ_LIMITS.inflatedBytes) throw tooBig(fileName, "inflatedBytes");
  let passed;
  try {
    passed = await inflatedLimit(bytes);
  } catch {
    // A part that does not unpack: the loader says the file is damaged.
    return;
  }
  if (passed) throw tooBig(fileName, passed.kind, passed.part);
}

/** What a JavaScript engine throws when a file is too big for it, whatever the limits let through. */
export function isOutOfMemory(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error instanceof RangeError || /allocation failed|out of memory|Invalid (string|array) length/i.test(error.message);
}
