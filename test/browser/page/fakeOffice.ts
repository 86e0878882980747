// Stands in for office.js in the browser test: installs the strict fake Excel host and the few
// Office members the pane and the commands use that the fake leaves out. Bundled by officeScripts.ts.
// Office.context.document (getFileAsync and its slices) is the fake's own, see fakes/excel/document.ts.
import { installFakeExcel, type FakeExcelOptions } from "../../fakes/excel";

type CommandHandler = (event: { completed(): void }) => Promise<void>;

interface TestWindow {
  fakeExcelOptions?: FakeExcelOptions;
  /** What Office.context.officeTheme reports (desktop Office); absent like Excel on the web otherwise. */
  officeTheme?: { bodyBackgroundColor: string };
  fakeExcel?: unknown;
}

const w = window as unknown as TestWindow;
const { host, document: officeDocument } = installFakeExcel(w.fakeExcelOptions ?? {});
const commands = new Map<string, CommandHandler>();
const office = (globalThis as unknown as { Office: Record<string, unknown> }).Office;
office.actions = { associate: (name: string, handler: CommandHandler) => commands.set(name, handler) };

// Dialogs (the ribbon commands' notices): recorded, and closed when the test says the user clicked.
const dialogs: { url: string; close(): void }[] = [];
office.AsyncResultStatus = { Succeeded: "succeeded", Failed: "failed" };
office.EventType = { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" };
(office.context as Record<string, unknown>).ui = {
  displayDialogAsync(url: string, _options: unknown, callback: (result: unknown) => void) {
    const handlers = new Map<string, (arg: unknown) => void>();
    const record = { url, closed: false, close: () => handlers.get("dialogMessageReceived")?.({ message: "close" }) };
    dialogs.push(record);
    const dialog = {
      addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
      close: () => (record.closed = true),
    };
    setTimeout(() => callback({ status: "succeeded", value: dialog }), 0);
  },
};

if (w.officeTheme) (office.context as Record<string, unknown>).officeTheme = w.officeTheme;

// Every download the page starts by a click on a link (the user's or the pane's own), with how many
// syncs had changed the workbook by then: a backup must be on its way before the first write.
const downloads: { name: string; writesBefore: number }[] = [];
document.addEventListener(
  "click",
  (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[download]") : null;
    if (link instanceof HTMLAnchorElement) downloads.push({ name: link.download, writesBefore: host.syncs.filter((s) => s.changes > 0 && !s.failed).length });
  },
  true,
);

w.fakeExcel = { host, commands, dialogs, document: officeDocument, downloads };
