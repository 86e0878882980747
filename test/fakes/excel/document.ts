// Office.context.document's file API (Common API: Document.getFileAsync, File.getSliceAsync,
// File.closeAsync), as strict as the reference describes it: the File requirement set for the calls,
// CompressedFile for Office.FileType.Compressed, slices of at most 4194304 bytes ("Internal Error"
// above), at most two files open at once, a closed file refusing slices, callbacks answered later.
// The bytes are not an .xlsx (the fake does not serialise workbooks): by default they are a JSON
// snapshot of every sheet's values taken when getFileAsync is called, so a test can tell a copy taken
// before a write from one taken after; `fileBytes` serves fixed bytes instead.
import type { FakeExcelHost } from "./host";
import type { Scalar } from "./state";

const MAX_SLICE = 4194304;

type Status = "succeeded" | "failed";
interface FakeAsyncResult<T> {
  status: Status;
  value: T;
  error?: { name: string; message: string; code: number };
}
type Callback<T> = (result: FakeAsyncResult<T>) => void;

export interface FakeSlice {
  /** A byte array (numbers 0–255), as Office gives Compressed slices. */
  data: number[];
  index: number;
  size: number;
}

/** One getFileAsync that succeeded: when it was taken, against the writes the workbook had had. */
export interface FileRead {
  /** Syncs that changed the workbook before the copy was taken. */
  writesBefore: number;
  slicesRead: number[];
  closed: boolean;
}

/** What the snapshot bytes decode to (JSON, UTF-8). */
export interface WorkbookSnapshot {
  fake: "workbook snapshot";
  sheets: { name: string; values: Scalar[][] }[];
}

export class FakeOfficeFile {
  private closed = false;

  constructor(
    private readonly owner: FakeDocument,
    private readonly bytes: Uint8Array,
    private readonly sliceSize: number,
    readonly record: FileRead,
  ) {}

  get size(): number {
    return this.bytes.length;
  }

  get sliceCount(): number {
    return Math.max(1, Math.ceil(this.bytes.length / this.sliceSize));
  }

  getSliceAsync(sliceIndex: number, callback?: Callback<FakeSlice>): void {
    if (this.closed) return answer(callback, failed("Invalid operation", "fake: the file is closed.", 5001));
    if (!Number.isInteger(sliceIndex) || sliceIndex < 0 || sliceIndex >= this.sliceCount) {
      return answer(callback, failed("Invalid argument", `fake: slice ${sliceIndex} of ${this.sliceCount}.`, 1001));
    }
    const data = Array.from(this.bytes.subarray(sliceIndex * this.sliceSize, (sliceIndex + 1) * this.sliceSize));
    this.record.slicesRead.push(sliceIndex);
    answer(callback, { status: "succeeded", value: { data, index: sliceIndex, size: data.length } });
  }

  closeAsync(callback?: Callback<void>): void {
    if (!this.closed) {
      this.closed = true;
      this.record.closed = true;
      this.owner.release(this);
    }
    answer(callback, { status: "succeeded", value: undefined });
  }
}

export class FakeDocument {
  /** Fixed bytes to serve instead of the snapshot. */
  fileBytes: Uint8Array | null = null;
  /** When set, the next getFileAsync fails with this message (e.g. the host lost its connection). */
  failNext: string | null = null;
  /** Every file handed out, in order. */
  readonly reads: FileRead[] = [];
  private readonly open = new Set<FakeOfficeFile>();

  constructor(private readonly host: FakeExcelHost) {}

  /** The document's address as Office reports it ("" for a workbook never saved). */
  url = "";

  getFileAsync(fileType: string, options?: { sliceSize?: number } | Callback<FakeOfficeFile>, callback?: Callback<FakeOfficeFile>): void {
    const done = typeof options === "function" ? options : callback;
    const sliceSize = (typeof options === "object" && options?.sliceSize) || MAX_SLICE;
    if (!this.host.isSetSupported("File", "1.1")) return answer(done, failed("Not supported", "fake: the host does not claim the File requirement set.", 5009));
    if (fileType !== "compressed") return answer(done, failed("Not supported", `fake: only Office.FileType.Compressed is modelled, not "${fileType}".`, 5009));
    if (!this.host.isSetSupported("CompressedFile", "1.1")) {
      return answer(done, failed("Not supported", "fake: the host does not claim the CompressedFile requirement set.", 5009));
    }
    if (!Number.isInteger(sliceSize) || sliceSize <= 0 || sliceSize > MAX_SLICE) return answer(done, failed("Internal Error", "An internal error has occurred.", 5001));
    if (this.open.size >= 2) return answer(done, failed("Internal Error", "fake: two files are open already; close one with File.closeAsync.", 5001));
    if (this.failNext !== null) {
      const message = this.failNext;
      this.failNext = null;
      return answer(done, failed("Internal Error", message, 5001));
    }
    const record: FileRead = { writesBefore: this.host.syncs.filter((s) => s.changes > 0 && !s.failed).length, slicesRead: [], closed: false };
    this.reads.push(record);
    const file = new FakeOfficeFile(this, this.fileBytes ?? this.snapshot(), sliceSize, record);
    this.open.add(file);
    answer(done, { status: "succeeded", value: file });
  }

  /** Files not closed yet (Office keeps them in memory until File.closeAsync). */
  get openFiles(): number {
    return this.open.size;
  }

  release(file: FakeOfficeFile): void {
    this.open.delete(file);
  }

  private snapshot(): Uint8Array {
    const snapshot: WorkbookSnapshot = {
      fake: "workbook snapshot",
      sheets: this.host.sheetNames().map((name) => ({ name, values: this.host.sheet(name).values() })),
    };
    return new TextEncoder().encode(JSON.stringify(snapshot));
  }
}

function failed<T>(name: string, message: string, code: number): FakeAsyncResult<T> {
  return { status: "failed", value: undefined as T, error: { name, message, code } };
}

/** Office answers its Common API calls asynchronously, never within the call. */
function answer<T>(callback: Callback<T> | undefined, result: FakeAsyncResult<T>): void {
  if (callback) setTimeout(() => callback(result), 0);
}
