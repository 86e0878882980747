// A copy of the open workbook as it is now, as .xlsx bytes, for the pane to offer as a download
// before it writes: Office.js has no undo for what an add-in writes, so this copy is the way back.
// Common API (no Excel.run): Document.getFileAsync(Compressed) needs the File and CompressedFile
// requirement sets; Excel on iPad has neither, and some builds report them but still fail, which
// is why the failure path says what to do rather than only that it failed.
import { UI } from "../../core/strings/ui";
import { AddinError, type OpenWorkbookSupport, type Progress } from "../actions";
import { documentFileName } from "./readTrackerForRoundTrip";

/** The largest slice Office serves (4 MB): fewest round trips for a big workbook. */
const SLICE_SIZE = 4194304;

const T = UI.roundTrip.backup;

export function workbookCopySupport(): OpenWorkbookSupport {
  const office = typeof Office === "undefined" ? undefined : Office;
  const document = office?.context?.document as Partial<Office.Document> | undefined;
  const supported =
    office !== undefined &&
    office.context.requirements.isSetSupported("File", "1.1") &&
    office.context.requirements.isSetSupported("CompressedFile", "1.1") &&
    typeof document?.getFileAsync === "function";
  return supported ? { supported: true, reason: null } : { supported: false, reason: T.unsupported };
}

function reasonOf(error: Office.Error | undefined): string {
  return error ? `${error.message || error.name} (${error.code})` : "";
}

function openFile(): Promise<Office.File> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new AddinError(T.failed(reasonOf(result.error)), "BackupFailed"));
    });
  });
}

function sliceOf(file: Office.File, index: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    file.getSliceAsync(index, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new AddinError(T.failed(reasonOf(result.error)), "BackupFailed"));
      const data: unknown = result.value.data;
      // Office documents a byte array (numbers); some hosts hand typed arrays.
      if (data instanceof Uint8Array) resolve(data);
      else if (data instanceof ArrayBuffer) resolve(new Uint8Array(data));
      else if (Array.isArray(data)) resolve(Uint8Array.from(data as number[]));
      else reject(new AddinError(T.failed(typeof data), "BackupFailed"));
    });
  });
}

function close(file: Office.File): Promise<void> {
  // Office keeps at most two files in memory: one left open makes the next copy fail.
  return new Promise((resolve) => file.closeAsync(() => resolve()));
}

/** The workbook's bytes (.xlsx) and file name; an AddinError saying what to do when Office cannot give them. */
export async function copyWorkbook(progress?: Progress): Promise<{ bytes: Uint8Array; fileName: string }> {
  if (!workbookCopySupport().supported) throw new AddinError(T.unsupported, "ApiNotFound");
  progress?.(0, T.taking);
  const file = await openFile();
  try {
    const count = file.sliceCount;
    const slices: Uint8Array[] = [];
    // One slice at a time, in order: Office serves a file's slices to one reader.
    for (let i = 0; i < count; i++) {
      slices.push(await sliceOf(file, i));
      progress?.((i + 1) / count, T.taking);
    }
    const total = slices.reduce((sum, s) => sum + s.length, 0);
    if (total === 0 || (file.size > 0 && total !== file.size)) throw new AddinError(T.failed(T.incomplete(total, file.size)), "BackupFailed");
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const slice of slices) {
      bytes.set(slice, at);
      at += slice.length;
    }
    return { bytes, fileName: documentFileName() };
  } finally {
    await close(file);
  }
}
