// A workbook the commands cannot use. Carries the Vietnamese message shown to the user (exit code 2).

export type TrackerReadErrorKind =
  | "notFound"
  | "unreadable"
  | "empty"
  | "encrypted"
  | "oldXls"
  | "notXlsx"
  | "corrupt"
  | "noTable"
  | "missingColumns"
  | "unsupportedParts"
  | "tooBig"
  | "ods";

export class TrackerReadError extends Error {
  constructor(
    readonly kind: TrackerReadErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "TrackerReadError";
  }
}
