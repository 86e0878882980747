// The fake Excel host: the workbook, the requirement sets it claims, and the record of every sync.
import type { Operation } from "./context";
import { fail, FakeOfficeError } from "./errors";
import { SheetView, selectionView, tableViews, type TableView } from "./inspect";
import { excelSerial, type Evaluate } from "./values";
import { WorkbookState, type Scalar } from "./state";
import { deleteColumn, insertColumn, moveColumn, sortTable } from "./userActions";

export interface FakeExcelOptions {
  /** Highest ExcelApi version the host supports (default "1.17"); "1.7" simulates volume-licensed Office 2019. */
  excelApi?: string;
  /** Request and response cap in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** The host's calendar day, `YYYY-MM-DD`, for =TODAY(). Default: the real UTC date. */
  today?: string;
  /**
   * Values of formula cells. The fake does not calculate; by default =TODAY() gives `today` and
   * every other formula reads back as "" until a test supplies its own evaluator.
   */
  evaluate?: Evaluate;
  /** Other requirement sets the host claims, e.g. { ExcelApiOnline: "1.1" }. */
  otherSets?: Record<string, string>;
}

export interface SyncRecord {
  operations: number;
  /** Operations that change the workbook (not loads, not object look-ups). */
  changes: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** True when the batch was rejected or failed part-way. */
  failed: boolean;
}

export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export class FakeExcelHost {
  readonly workbook = new WorkbookState();
  readonly syncs: SyncRecord[] = [];
  excelApi: string;
  payloadLimit: number;
  today: string;
  /** The base64 of each workbook Excel.createWorkbook opened (in a new window, outside this workbook). */
  readonly createdWorkbooks: string[] = [];
  /** While true, every sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  /** How long each sync takes to answer, in ms: a slow host (Excel on the web far away) for progress tests. */
  syncDelayMs = 0;
  /**
   * While true (the default, as in Excel), writing a formula with a structured reference to a table the
   * workbook does not hold (yet) fails with InvalidArgument. Only a test of the fake itself turns it off.
   */
  checkTableReferences = true;
  private readonly evaluator: Evaluate;
  private readonly otherSets: Record<string, string>;
  /** Set by Application.suspend…UntilNextSync during a batch; cleared after the sync. */
  calculationSuspended = false;
  screenUpdatingSuspended = false;

  constructor(options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? "1.17";
    this.payloadLimit = options.payloadLimit ?? DEFAULT_PAYLOAD_LIMIT;
    this.today = options.today ?? new Date().toISOString().slice(0, 10);
    this.otherSets = options.otherSets ?? {};
    this.evaluator = options.evaluate ?? ((formula) => this.defaultEvaluate(formula));
  }

  /** The table check writes use (see checkTableReferences), or none. */
  knownTable(): ((name: string) => boolean) | undefined {
    return this.checkTableReferences ? (name) => this.workbook.findTable(name) !== undefined : undefined;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  resetSyncs(): void {
    this.syncs.length = 0;
  }

  isSetSupported(name: string, version?: string): boolean {
    const have = name === "ExcelApi" ? this.excelApi : this.otherSets[name];
    if (have === undefined) return false;
    return version === undefined || compareVersions(have, version) >= 0;
  }

  evaluate: Evaluate = (formula, sheet, row, column) => this.evaluator(formula, sheet, row, column);

  private defaultEvaluate(formula: string): Scalar {
    if (/^=TODAY\(\)$/i.test(formula.trim())) {
      const [y, m, d] = this.today.split("-").map(Number);
      return excelSerial(y, m, d);
    }
    return "";
  }

  /** Runs one request: all or nothing for what Excel rejects up front, in order until the first failure otherwise. */
  runBatch(batch: Operation[]): void {
    const record: SyncRecord = {
      operations: batch.length,
      changes: batch.filter((op) => op.kind === "change").length,
      requestBytes: batch.reduce((sum, op) => sum + op.requestBytes, 0),
      responseBytes: 0,
      calculationSuspended: false,
      screenUpdatingSuspended: false,
      failed: false,
    };
    this.syncs.push(record);
    try {
      if (batch.length === 0) return;
      if (this.cellEditMode) {
        fail("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.");
      }
      if (record.requestBytes > this.payloadLimit) {
        fail("RequestPayloadSizeLimitExceeded", `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`);
      }
      for (const op of batch) {
        if (op.minVersion && !this.isSetSupported("ExcelApi", op.minVersion)) {
          fail("ApiNotFound", `The API you are trying to use could not be found (${op.label} needs ExcelApi ${op.minVersion}).`, op.label);
        }
        try {
          record.responseBytes += op.run();
        } catch (error) {
          if (error instanceof FakeOfficeError && !error.debugInfo.errorLocation) error.debugInfo.errorLocation = op.label;
          throw error;
        }
      }
      if (record.responseBytes > this.payloadLimit) {
        fail("ResponsePayloadSizeLimitExceeded", `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`);
      }
    } catch (error) {
      record.failed = true;
      throw error;
    } finally {
      record.calculationSuspended = this.calculationSuspended;
      record.screenUpdatingSuspended = this.screenUpdatingSuspended;
      this.calculationSuspended = false;
      this.screenUpdatingSuspended = false;
    }
  }

  // ---------------------------------------------------------------- inspection and set-up

  /** A sheet for assertions; throws when missing so a failing test says which sheet. */
  sheet(name: string): SheetView {
    return new SheetView(this.workbook.findSheet(name) ?? fail("ItemNotFound", `fake: no sheet '${name}'`), this.evaluate);
  }

  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  tables(): TableView[] {
    return tableViews(this.workbook);
  }

  names(): { name: string; reference: string }[] {
    return this.workbook.names.map((n) => ({ ...n }));
  }

  /** The selected cell or range and the active sheet. */
  selection(): { sheet: string; address: string; active: string } {
    return selectionView(this.workbook);
  }

  /** A user inserts a blank column before `letter` (e.g. "B") on `sheet` (test set-up, see userActions.ts). */
  userInsertsColumn(sheet: string, letter: string): void {
    insertColumn(this.workbook, this.workbook.sheetOrThrow(sheet), letterIndex(letter));
  }

  /** A user deletes the column `letter` on `sheet`, cells right of it shifting left. */
  userDeletesColumn(sheet: string, letter: string): void {
    deleteColumn(this.workbook, this.workbook.sheetOrThrow(sheet), letterIndex(letter));
  }

  /** A user moves the table column at `from` to stand before `to` (letters; cut and insert). */
  userMovesColumn(sheet: string, from: string, to: string): void {
    moveColumn(this.workbook, this.workbook.sheetOrThrow(sheet), letterIndex(from), letterIndex(to));
  }

  /** A user renames a sheet from its tab (defined names follow, as in Excel). */
  userRenamesSheet(from: string, to: string): void {
    this.workbook.renameSheet(this.workbook.sheetOrThrow(from), to);
  }

  /** A user sorts a table by one of its columns. */
  userSortsTable(table: string, header: string, descending = false): void {
    const t = this.workbook.findTable(table) ?? fail("ItemNotFound", `fake: no table '${table}'`);
    sortTable(t.sheet, t, header, descending);
  }

  /** Adds a sheet outside any request (test set-up), optionally making it active. */
  addSheet(name: string, activate = false): SheetView {
    const sheet = this.workbook.addSheet(name);
    if (activate) {
      this.workbook.active = sheet;
      this.workbook.selection = { sheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    }
    return new SheetView(sheet, this.evaluate);
  }
}

function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
