// A strict in-memory Excel for adapter tests and the browser test. See README.md beside this file.
export { installFakeExcel, type InstalledFakeExcel } from "./install";
export { FakeExcelHost, type FakeExcelOptions, type SyncRecord, DEFAULT_PAYLOAD_LIMIT } from "./host";
export { FakeOfficeError, type FakeErrorCode } from "./errors";
export type { SheetView, TableView, ValidationView, ConditionalFormatView } from "./inspect";
export type { Scalar } from "./state";
export { FakeDocument, type FileRead, type WorkbookSnapshot } from "./document";
