// How much the readers take in. Past these a file is refused before any work, with a message that
// says it is too big and what to do, instead of running the computer out of memory. A tracker of
// 100,000 tasks (twice the largest province's) stays well inside every one of them.

export const READ_LIMITS = {
  /** The file itself, as stored on disk or picked in the pane. */
  fileBytes: 100 * 1024 * 1024,
  /** Every part of the package unpacked (a 50,000-task tracker unpacks to about 130 MB). */
  inflatedBytes: 400 * 1024 * 1024,
  /** One part unpacked, and a part's unpacked size over its packed size (zip bombs reach 1000×). */
  partBytes: 300 * 1024 * 1024,
  partRatio: 400,
  /** Rows stored on one sheet (a row is only stored when something is in it). */
  sheetRows: 250_000,
  /** Parts in the package (a tracker has about 25). */
  parts: 5_000,
} as const;

export type LimitKind = "fileBytes" | "inflatedBytes" | "partBytes" | "partRatio" | "sheetRows" | "parts";
