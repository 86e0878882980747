// Puts the fake where Office.js would be (globalThis.Excel, Office, OfficeExtension) so adapter code
// runs unchanged, in jest or bundled into a browser page.
import { FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";
import { FakeExcelHost, type FakeExcelOptions } from "./host";
import { FakeRequestContext } from "./workbook";

const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
};

type Globals = { Excel?: unknown; Office?: unknown; OfficeExtension?: unknown };

export interface InstalledFakeExcel {
  host: FakeExcelHost;
  /** Office.context.document: the file API (getFileAsync), see document.ts. */
  document: FakeDocument;
  /** Restores whatever the globals held before. */
  uninstall(): void;
}

export function installFakeExcel(options: FakeExcelOptions = {}): InstalledFakeExcel {
  const host = new FakeExcelHost(options);
  const document = new FakeDocument(host);
  const g = globalThis as unknown as Globals;
  const before = { Excel: g.Excel, Office: g.Office, OfficeExtension: g.OfficeExtension };

  async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    if (typeof batch !== "function") throw new Error("fake: Excel.run(batch) is the only supported form");
    const context = new FakeRequestContext(host);
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.closed = true;
    }
  }

  /** Excel.createWorkbook (ExcelApi 1.8): opens a new workbook window from base64 .xlsx bytes. */
  async function createWorkbook(base64?: string): Promise<void> {
    if (!host.isSetSupported("ExcelApi", "1.8")) {
      throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (Excel.createWorkbook needs ExcelApi 1.8).");
    }
    // Excel takes base64 of a real .xlsx (a zip: "PK\x03\x04" is "UEsDB" in base64); anything else is refused.
    if (base64 !== undefined && (typeof base64 !== "string" || !/^UEsDB[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0)) {
      throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    host.createdWorkbooks.push(base64 ?? "");
  }

  g.Excel = {
    run,
    createWorkbook,
    RequestContext: FakeRequestContext,
    ErrorCodes: ERROR_CODES,
    ConditionalFormatType: { custom: "Custom" },
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    DataValidationOperator: { between: "Between" },
    DataValidationAlertStyle: { stop: "Stop" },
  };
  g.Office = {
    context: { requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) }, document },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
  };
  g.OfficeExtension = { Error: FakeOfficeError, ErrorCodes: ERROR_CODES };

  return {
    host,
    document,
    uninstall() {
      g.Excel = before.Excel;
      g.Office = before.Office;
      g.OfficeExtension = before.OfficeExtension;
    },
  };
}
