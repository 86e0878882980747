// The errors Excel raises, shaped like OfficeExtension.Error so that adapter code catching them runs unchanged.

/** Codes this fake raises; the strings are Excel's own. */
export type FakeErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "GeneralException"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidObjectPath"
  | "PropertyNotLoaded"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "InvalidRequestContext";

export class FakeOfficeError extends Error implements Pick<OfficeExtension.Error, "name" | "message" | "code" | "debugInfo" | "traceMessages"> {
  override name = "RichApi.Error";
  readonly debugInfo: OfficeExtension.DebugInfo;
  readonly traceMessages: string[] = [];

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function fail(code: FakeErrorCode, message: string, location?: string): never {
  throw new FakeOfficeError(code, message, location);
}
