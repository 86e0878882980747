// The task pane in headless Chromium over the real adapter and the strict fake Excel host.
// Run: npm run test:browser (builds dist/ first; BROWSER_TEST_REUSE_DIST=1 reuses an existing build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { PROGRESS_TEXT, TRACKER_ERRORS } from "../../src/core/strings/excel";
import { FIRST_RUN_TEXT, LIST_TEXT, OLD_HOST_TEXT } from "../../src/core/strings/pane";
import { headlineText } from "../../src/core/strings/summary";
import { UI } from "../../src/core/strings/ui";
import { TASK_HEADERS } from "../../src/core/strings/vi";
import { TASK_FIELDS, type TaskField } from "../../src/core/types";
import { loadWorkbookBytes } from "../../src/xlsx/read/loadBytes";
import { readTrackerWorkbook } from "../../src/xlsx/read/trackerWorkbook";
import { DIRECTIVE_LEADS, DIRECTIVE_ROWS, DIRECTIVE_TASKS, DIRECTIVE_TEXT } from "./directive";
import { fakeOfficeScript } from "./officeScripts";
import { expect, expectEqual, runAll, test } from "./runner";
import { serveDirectory } from "./server";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(ROOT, "artifacts", "browser");
const OFFICE_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS = `${OFFICE_BASE}office.js`;
/** Microsoft's office.js, the copy npm installs: what the CDN serves, file for file. */
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The frame office.js's own logger opens a few seconds after it loads outside Office (o15apptofilemappingtable.js). */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html";
const TODAY = "2026-06-30";
/** Syncs that changed the workbook so far (an expression for onHost). */
const WRITES = "host.syncs.filter((s) => s.changes > 0 && !s.failed).length";
/** The task pane's first download, in KiB gzipped: 74.7 when set (issue 14 asked for at most 100 KB). */
const INITIAL_JS_LIMIT = 80;

/** The Common API sets the pane's backup needs (Document.getFileAsync, Compressed), as Excel on Windows claims them. */
const WITH_FILE_API = { DialogApi: "1.1", File: "1.1", CompressedFile: "1.1" };

/** office.js as the fake Excel host, as Microsoft's real one (outside Office: no host), or missing. */
type OfficeMode = "fake" | "outside" | "unreachable";

let browser: Browser;
let baseUrl: string;
let fakeScript: string;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];
const contexts: BrowserContext[] = [];

/** A fresh pane-sized browser context whose office.js is the fake host, a no-host stub, or missing. */
async function openPage(path: string, office: OfficeMode, fakeOptions: object = {}, officeTheme?: object): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 }, locale: "vi-VN" });
  contexts.push(context);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS && office !== "outside") {
      if (office === "unreachable") return route.abort("internetdisconnected");
      return route.fulfill({ contentType: "text/javascript", body: fakeScript });
    }
    if (url.startsWith(OFFICE_BASE) && office === "outside") {
      const file = join(OFFICE_DIST, new URL(url).pathname.slice(new URL(OFFICE_BASE).pathname.length));
      const body = await readFile(file).catch(() => null);
      if (body === null) foreignRequests.push(`${url} (not in ${OFFICE_DIST})`);
      return body === null ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: "text/javascript", body });
    }
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    // Microsoft's office.js logs to its own host when loaded outside Office; the pane asks nothing else.
    if (!(office === "outside" && url === OFFICE_TELEMETRY)) foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(
    ({ options, theme }) => {
      const w = window as unknown as { fakeExcelOptions: object; officeTheme?: object; firstRender: number | null };
      w.fakeExcelOptions = options;
      if (theme) w.officeTheme = theme;
      w.firstRender = null;
      const observer = new MutationObserver(() => {
        if (document.querySelector("main")) {
          w.firstRender = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    },
    { options: { today: TODAY, otherSets: WITH_FILE_API, ...fakeOptions }, theme: officeTheme },
  );
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => pageErrors.push(`${path}: ${error.message}`));
  await page.goto(baseUrl + path);
  return page;
}

/** Evaluates `expression` in the page with `host` bound to the fake Excel host. */
function onHost<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(() => { const host = window.fakeExcel.host; return ${expression}; })()`) as Promise<T>;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

function buildDist(): void {
  if (process.env.BROWSER_TEST_REUSE_DIST === "1" && existsSync(join(DIST, "taskpane.html"))) return;
  const built = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, encoding: "utf8" });
  if (built.status !== 0) throw new Error(`production build failed:\n${built.stdout}\n${built.stderr}`);
}

// ------------------------------------------------------------------ outside Excel

test("the production manifest sends every URL to the production host, none to localhost", async () => {
  const manifest = readFileSync(join(DIST, "manifest.xml"), "utf8");
  const urls = [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  expect(urls.length >= 10, `URLs in dist/manifest.xml: ${urls.length}`);
  expect(!/localhost/i.test(manifest), "dist/manifest.xml still names localhost");
  const origins = [...new Set(urls.map((url) => new URL(url).origin))];
  expect(origins.length === 1 && origins[0].startsWith("https://"), `dist/manifest.xml URLs on ${origins.join(", ")}`);
});

test(`the task pane's initial JavaScript is at most ${INITIAL_JS_LIMIT} KiB gzipped, and holds no ExcelJS`, async () => {
  const measured = spawnSync("node", [join(ROOT, "scripts", "measure-initial-js.mjs"), "taskpane.html"], { encoding: "utf8" });
  expectEqual(measured.status, 0, `measure-initial-js.mjs: ${measured.stderr}`);
  const total = /initial JS ([\d.]+) KiB gzipped/.exec(measured.stdout);
  expect(total !== null, `unexpected output: ${measured.stdout}`);
  console.log(`    ${measured.stdout.trim().split("\n").pop()}`);
  expect(Number(total![1]) <= INITIAL_JS_LIMIT, `initial JS ${total![1]} KiB gzipped, over ${INITIAL_JS_LIMIT}`);
  const files = measured.stdout.split("\n").filter((line) => line.includes("\t")).map((line) => line.split("\t")[0]);
  expect(files.length > 0, "no initial script found");
  // ExcelJS writes this path into every workbook it saves; its code cannot be in the bundle without it.
  for (const file of files) expect(!readFileSync(join(DIST, file), "utf8").includes("xl/workbook.xml"), `${file} carries ExcelJS`);
});

test("outside Excel (Microsoft's office.js, no host) the pane says, in Vietnamese, that it runs inside Excel", async () => {
  const page = await openPage("taskpane.html", "outside");
  await page.getByText(UI.outsideExcel.title).waitFor();
  expect(await page.evaluate(() => typeof (window as unknown as { OSF?: object }).OSF === "object"), "Microsoft's office.js was not loaded");
  await page.getByText(UI.outsideExcel.body).waitFor();
  expectEqual(await page.getByRole("tab").count(), 0, "tabs outside Excel");
  await shot(page, "00-outside-excel");
});

test("with office.js unreachable the pane shows the same message instead of crashing", async () => {
  const page = await openPage("taskpane.html", "unreachable");
  await page.getByText(UI.outsideExcel.title).waitFor();
});

// ------------------------------------------------------------------ the yearly loop in Excel

let pane: Page;

test("in Excel the pane renders its sections and reports its first render time", async () => {
  pane = await openPage("taskpane.html", "fake");
  for (const name of Object.values(UI.tabs)) await pane.getByRole("tab", { name }).waitFor();
  const firstRender = await pane.evaluate(() => (window as unknown as { firstRender: number | null }).firstRender);
  expect(firstRender !== null, "first render not recorded");
  console.log(`    first render (navigation start → task pane tabs): ${Math.round(firstRender!)} ms`);
});

test("in a pane as narrow as Excel lets it be, every tab is on screen and nothing scrolls sideways", async () => {
  const page = await openPage("taskpane.html", "fake");
  for (const width of [360, 320, 300]) {
    await page.setViewportSize({ width, height: 900 });
    for (const name of Object.values(UI.tabs)) {
      const box = await page.getByRole("tab", { name }).boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= width, `tab ${name} at ${JSON.stringify(box)} in a ${width} px pane`);
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth <= width, `page ${scrollWidth} px wide in a ${width} px pane`);
  }
  await shot(page, "14-narrow-pane");
});

test("Tạo bảng: previewing the active sheet lists the directive's tasks with their warnings", async () => {
  await onHost(pane, `host.addSheet("Chỉ thị", true).type("A1", ${JSON.stringify(DIRECTIVE_ROWS)})`);
  await pane.getByRole("button", { name: UI.import.preview }).click();
  await pane.getByText(UI.import.fromSheet("Chỉ thị", DIRECTIVE_TASKS)).waitFor();
  const table = pane.getByRole("table", { name: UI.import.previewCaption });
  expectEqual(await table.getByRole("row").count(), DIRECTIVE_TASKS + 1, "preview rows (with header)");
  await table.getByRole("row").filter({ hasText: "Báo cáo sơ kết" }).getByText("31/05/2026").waitFor();
  await table.getByLabel(UI.import.warningCount(1)).waitFor();
  await pane.getByText(/kịp thời/).first().waitFor();
  await pane.getByText(UI.import.catalogDefault).waitFor();
  await shot(pane, "01-preview");
  // At 350 px the key columns are on screen without scrolling sideways.
  await pane.setViewportSize({ width: 350, height: 900 });
  for (const name of [UI.import.columns.lead, UI.import.columns.deadline, UI.import.columns.due, UI.import.columns.warnings]) {
    const box = await table.getByRole("columnheader", { name, exact: true }).boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 350, `column ${name} at ${JSON.stringify(box)} in a 350 px pane`);
  }
  await shot(pane, "01-preview-350");
  await pane.setViewportSize({ width: 360, height: 900 });
});

test("Tạo bảng: creates the tracker in the workbook", async () => {
  await pane.getByRole("button", { name: UI.import.create, exact: true }).click();
  await pane.getByText(UI.import.created(DIRECTIVE_TASKS)).waitFor();
  const tables = await onHost<{ sheet: string; rowCount: number }[]>(pane, "host.tables()");
  const tracker = tables.find((t) => t.sheet === "Nhiệm vụ");
  expect(tracker !== undefined, `no table on Nhiệm vụ: ${JSON.stringify(tables)}`);
  expectEqual(tracker!.rowCount, DIRECTIVE_TASKS, "tracker rows");
  await shot(pane, "02-created");
});

test("Tạo bảng again adds nothing and keeps the tasks already there", async () => {
  await pane.getByRole("button", { name: UI.import.create, exact: true }).click();
  await pane.getByText(UI.import.extended(0, DIRECTIVE_TASKS)).waitFor();
});

test("Tạo bảng: once the tracker exists the preview matches units against its Danh mục, a unit added there included", async () => {
  const [code, name, kind, alias] = ["TTYTHB", "Trung tâm Y tế khu vực Hòa Bình", "Đơn vị trực thuộc", "TTYT Hòa Bình"];
  // Excel grows the names over the list when the user inserts a row inside it; the fake cannot insert
  // rows, so the unit is typed below the list and the names are redefined one row longer.
  await pane.evaluate(async (row) => {
    type Host = { names(): { name: string; reference: string }[]; sheet(name: string): { type(at: string, rows: string[][]): void } };
    const host = (window as unknown as { fakeExcel: { host: Host } }).fakeExcel.host;
    const grown = ["DmDonVi", "DsDonVi"].map((name) => {
      const [, start, last] = /^(.*\$)(\d+)$/.exec(host.names().find((n) => n.name === name)!.reference)!;
      return { name, reference: `${start}${Number(last) + 1}`, row: Number(last) + 1 };
    });
    host.sheet("Danh mục").type(`A${grown[0].row}`, [row]);
    await Excel.run(async (context) => {
      for (const { name, reference } of grown) {
        context.workbook.names.getItem(name).delete();
        context.workbook.names.add(name, reference);
      }
      await context.sync();
    });
  }, [code, name, kind, alias]);
  const rows = [DIRECTIVE_ROWS[0], ["1", "Khám sàng lọc bệnh không lây nhiễm cho người cao tuổi", alias, "", "Báo cáo", "Quý III/2026"]];
  await onHost(pane, `host.addSheet("Chỉ thị bổ sung", true).type("A1", ${JSON.stringify(rows)})`);
  await pane.getByRole("button", { name: UI.import.preview }).click();
  await pane.getByText(UI.import.fromSheet("Chỉ thị bổ sung", 1)).waitFor();
  await pane.getByText(UI.import.catalogFromWorkbook).waitFor();
  const row = pane.getByRole("table", { name: UI.import.previewCaption }).getByRole("row").filter({ hasText: "Khám sàng lọc" });
  await row.getByRole("cell", { name, exact: true }).waitFor();
  expectEqual(await row.getByLabel(/cảnh báo$/).count(), 0, "warnings on the row of the added unit");
  await shot(pane, "02-catalog-unit");
});

test("Kiểm tra: findings are grouped by rule, and a finding selects its cell", async () => {
  await onHost(pane, `host.sheet("Nhiệm vụ").type("K2", [["'30/6/2026"]])`);
  await pane.getByRole("tab", { name: UI.tabs.check }).click();
  await pane.getByRole("button", { name: UI.check.run, exact: true }).click();
  await pane.getByRole("status").filter({ hasText: /lỗi, .* cảnh báo/ }).waitFor();
  await pane.getByRole("button", { name: /Hạn hoàn thành nhập dạng chữ/ }).click();
  await pane.getByRole("button", { name: UI.check.goTo("1", "K2") }).click();
  await pane.waitForFunction(() => {
    const host = (window as unknown as { fakeExcel: { host: { selection(): { sheet: string; address: string } } } }).fakeExcel.host;
    const s = host.selection();
    return s.sheet === "Nhiệm vụ" && s.address === "K2";
  });
  await shot(pane, "03-findings");
});

test("Sửa writes the suggested fix into the cell and re-checks", async () => {
  expectEqual(await onHost(pane, `host.sheet("Nhiệm vụ").cell("K2").value`), "30/6/2026", "K2 before the fix");
  await pane.getByRole("button", { name: /^Sửa ô K2/ }).click();
  await pane.getByText(UI.check.fixed(1)).waitFor();
  expectEqual(await onHost(pane, `host.sheet("Nhiệm vụ").cell("K2").value`), 46203, "K2 after the fix (30/06/2026 as a date serial)");
  expectEqual(await pane.getByRole("button", { name: /Hạn hoàn thành nhập dạng chữ/ }).count(), 0, "due-text group after the fix");
  await shot(pane, "04-fixed");
});

test("Sửa tất cả fixes every finding of one rule", async () => {
  await onHost(pane, `(() => { const s = host.sheet("Nhiệm vụ"); s.type("E3", [[s.cell("E3").value + "  "], [s.cell("E4").value + "\u00a0"]]); })()`);
  await pane.getByRole("button", { name: UI.check.rerun }).click();
  await pane.getByRole("button", { name: /Khoảng trắng thừa/ }).click();
  await pane.getByRole("button", { name: UI.check.fixAll(2) }).click();
  await pane.getByText(UI.check.fixed(2)).waitFor();
  const titles = await onHost<string[][]>(pane, `host.sheet("Nhiệm vụ").values("E3:E4")`);
  expectEqual(titles.flat().map((t) => t !== t.trim() || t.includes("\u00a0")), [false, false], "titles still carrying stray spaces");
  expectEqual(await pane.getByRole("button", { name: /Khoảng trắng thừa/ }).count(), 0, "spaces group after fixing all");
});

test("Theo dõi hạn: counts by state and overdue tasks per unit; a new report date is saved and applied", async () => {
  await pane.getByRole("tab", { name: UI.tabs.tracking }).click();
  await pane.getByText(UI.tracking.asOf("30/06/2026")).waitFor();
  const overdue = pane.locator("div").filter({ has: pane.getByRole("heading", { name: /^Nhiệm vụ quá hạn/ }) }).last();
  await overdue.getByRole("button", { name: /^6: Báo cáo sơ kết/ }).waitFor();
  await pane.getByText("Quá hạn: 1", { exact: true }).waitFor();
  await shot(pane, "05-tracking");

  await pane.getByRole("switch", { name: UI.tracking.today }).click();
  await pane.getByLabel(UI.tracking.reportDate).fill("15/07/2026");
  await pane.getByRole("button", { name: UI.tracking.save }).click();
  await pane.getByText(UI.tracking.asOf("15/07/2026")).waitFor();
  await pane.getByText("Quá hạn: 3", { exact: true }).waitFor();
  await pane.getByRole("button", { name: /^6: Báo cáo sơ kết/ }).click();
  const selected = await onHost<{ sheet: string; address: string }>(pane, "host.selection()");
  expectEqual(selected.sheet, "Nhiệm vụ", "sheet selected from an overdue task");
  await shot(pane, "06-tracking-report-date");
});

test("Tổng hợp: the headline and per-unit rows are shown, and the workbook has the Tổng hợp sheet", async () => {
  // One task done (status, progress, completion date), as a unit would fill it in.
  await onHost(pane, `host.sheet("Nhiệm vụ").type("M7", [["Hoàn thành", 100, "20/5/2026", "Báo cáo số 12/BC-TTKSBT"]])`);
  await pane.getByRole("tab", { name: UI.tabs.summary }).click();
  await pane.getByRole("button", { name: UI.summary.refresh }).click();
  await pane.getByText(`1/${DIRECTIVE_TASKS} nhiệm vụ hoàn thành`).waitFor();
  const units = pane.getByRole("table", { name: UI.summary.tableCaption });
  for (const lead of DIRECTIVE_LEADS) await units.getByRole("cell", { name: new RegExp(`^${lead}`) }).waitFor();
  const sheets = await onHost<string[]>(pane, "host.sheetNames()");
  expect(sheets.includes("Tổng hợp"), `sheets: ${sheets.join(", ")}`);
  const cells = (await onHost<unknown[][]>(pane, `host.sheet("Tổng hợp").values()`)).flat();
  for (const lead of DIRECTIVE_LEADS) expect(cells.includes(lead), `Tổng hợp has no row for ${lead}`);
  await shot(pane, "07-summary");
});

test("an action on a slow host shows its progress, then its result", async () => {
  await onHost(pane, "(host.syncDelayMs = 400)");
  await pane.getByRole("button", { name: UI.summary.refresh }).click();
  await pane.getByRole("progressbar").waitFor();
  const labels = [PROGRESS_TEXT.reading, PROGRESS_TEXT.summarising, PROGRESS_TEXT.writing];
  await pane.getByText(new RegExp(`^(${labels.join("|")})$`)).waitFor();
  await pane.getByRole("progressbar").waitFor({ state: "detached" });
  await pane.getByText(`1/${DIRECTIVE_TASKS} nhiệm vụ hoàn thành`).waitFor();
  expectEqual(await pane.getByRole("alert").count(), 0, "error bars after the slow refresh");
  await onHost(pane, "(host.syncDelayMs = 0)");
});

test("Gửi & nhận: unit copies download; a unit's filled-in return previews, applies into its cells and is listed on Đối chiếu", async () => {
  await pane.getByRole("tab", { name: UI.tabs.roundTrip }).click();
  await pane.getByRole("button", { name: UI.roundTrip.send.build }).click();
  const links = pane.getByRole("link", { name: /^Tải về tệp / });
  await links.first().waitFor();
  expectEqual(await links.count(), DIRECTIVE_LEADS.length, "one download per lead unit");
  const [download] = await Promise.all([pane.waitForEvent("download"), links.first().click()]);
  const copyPath = await download.path();

  // The unit fills in its copy (outside Excel, as any .xlsx writer would) and sends it back.
  const copy = await readTrackerWorkbook(await loadWorkbookBytes(await readFile(copyPath), "copy.xlsx"), "copy.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(copyPath)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(copy.sheet)!;
  sheet.getCell(copy.cellOf(0, "status")).value = "Đang thực hiện";
  sheet.getCell(copy.cellOf(0, "progress")).value = 60;
  sheet.getCell(copy.cellOf(0, "note")).value = "Đang chờ số liệu quý II";
  sheet.getCell(copy.cellOf(0, "title")).value = "Tiêu đề đơn vị tự sửa";
  const returned = join(SHOTS, "ban-gui-lai.xlsx");
  await workbook.xlsx.writeFile(returned);
  const id = String(copy.rows[0].id);

  await pane.getByLabel(UI.roundTrip.receive.pick).setInputFiles(returned);
  await pane.getByText(UI.roundTrip.receive.counts(3, 0, 1, 0), { exact: false }).waitFor();
  await shot(pane, "08-round-trip-preview");
  // Applying downloads a backup of the workbook first (on by default), named after the workbook.
  expectEqual(await pane.getByRole("checkbox", { name: UI.roundTrip.backup.option }).isChecked(), true, "backup option checked by default");
  await pane.evaluate(`window.fakeExcel.document.url = "https://contoso.sharepoint.com/Shared%20Documents/Theo%20d%C3%B5i%202026.xlsx"`);
  const writesBefore = await onHost<number>(pane, WRITES);
  const statusBefore = await onHost<unknown[][]>(pane, `host.sheet("Nhiệm vụ").values("A1:M${DIRECTIVE_TASKS + 1}")`);
  const [backup] = await Promise.all([pane.waitForEvent("download"), pane.getByRole("button", { name: UI.roundTrip.receive.apply }).click()]);
  await pane.getByText(UI.roundTrip.receive.done(3, UI.roundTrip.receive.reportSheet)).waitFor();
  // Kiểm tra was rewritten in the same operation, and the pane says where.
  await pane.getByText(/Sau khi nhận: \d+ lỗi\/cảnh báo mới .*danh sách đầy đủ đã cập nhật trên trang “Kiểm tra”\./).waitFor();
  expect(/^Theo-doi-2026 - sao luu \d{2}-\d{2}-\d{4} \d{4}\.xlsx$/.test(backup.suggestedFilename()), `backup named ${backup.suggestedFilename()}`);
  const started = await pane.evaluate<{ name: string; writesBefore: number }[]>("window.fakeExcel.downloads");
  expectEqual(started.at(-1), { name: backup.suggestedFilename(), writesBefore }, "the backup's download, and the workbook writes made before it");
  expect((await onHost<number>(pane, WRITES)) > writesBefore, "the merge wrote after the backup");
  await pane.getByRole("link", { name: UI.roundTrip.backup.againLabel(backup.suggestedFilename()) }).waitFor();

  const ids = (await onHost<unknown[][]>(pane, `host.sheet("Nhiệm vụ").values("A2:A${DIRECTIVE_TASKS + 1}")`)).map((r) => String(r[0]));
  const row = ids.indexOf(id) + 2;
  const cells = await onHost<unknown[][]>(pane, `host.sheet("Nhiệm vụ").values("M${row}:Q${row}")`);
  expectEqual(cells[0][0], "Đang thực hiện", "status applied");
  expectEqual(cells[0][1], 60, "progress applied");
  expectEqual(cells[0][4], "Đang chờ số liệu quý II", "note applied");
  const title = await onHost<unknown[][]>(pane, `host.sheet("Nhiệm vụ").values("E${row}")`);
  expect(title[0][0] !== "Tiêu đề đơn vị tự sửa", "the unit's title change is refused, not applied");
  const report = (await onHost<unknown[][]>(pane, `host.sheet("Đối chiếu").values()`)).flat();
  expect(report.includes("Tiêu đề đơn vị tự sửa"), "Đối chiếu lists the refused title");
  // The backup holds the tracker as it was: the row's status before the merge (the fake's file is a snapshot of the sheets' values).
  const snapshot = JSON.parse(await readFile(await backup.path(), "utf8")) as { sheets: { name: string; values: unknown[][] }[] };
  const saved = snapshot.sheets.find((s) => s.name === "Nhiệm vụ")!.values[row - 1];
  expectEqual([saved[0], saved[12]], [id, statusBefore[row - 1][12]], "the task's Mã NV and Tình trạng in the backup");
  expect(statusBefore[row - 1][12] !== "Đang thực hiện", "the status the merge changes was already the unit's");

  // Nhắc việc: the reminder of a unit with overdue tasks goes to the clipboard, ready to paste into a message.
  await pane.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(baseUrl).origin });
  await pane.getByRole("button", { name: UI.roundTrip.remind.load }).click();
  await pane.getByRole("button", { name: /^Sao chép nội dung nhắc việc cho / }).first().click();
  await pane.getByText(UI.roundTrip.remind.copied).waitFor();
  const pasted = await pane.evaluate(() => navigator.clipboard.readText());
  expect(/quá hạn \d+ ngày/.test(pasted), `clipboard: ${pasted.slice(0, 200)}`);
  await shot(pane, "09-round-trip-remind");
});

/** A tracker of the directive's 8 tasks and one led by a group (5 hospitals in the default catalog), made in `page` by Tạo bảng. */
const GROUP_ROW = ["9", "Rà soát giá dịch vụ khám bệnh, chữa bệnh", "Các bệnh viện tuyến tỉnh", "", "Báo cáo", "Quý IV/2026"];
async function trackerWithGroupTask(page: Page): Promise<void> {
  await onHost(page, `host.addSheet("Chỉ thị", true).type("A1", ${JSON.stringify([...DIRECTIVE_ROWS, GROUP_ROW])})`);
  await page.getByRole("button", { name: UI.import.preview }).click();
  await page.getByRole("button", { name: UI.import.create, exact: true }).click();
  await page.getByText(UI.import.created(DIRECTIVE_TASKS + 1)).waitFor();
  await page.getByRole("tab", { name: UI.tabs.roundTrip }).click();
}

const trackerRows = (page: Page) => onHost<number>(page, `host.tables().find((t) => t.sheet === "Nhiệm vụ").rowCount`);
const HOSPITAL_ROWS = ["9.1 Bệnh viện Đa khoa tỉnh", "9.2 Bệnh viện Y dược cổ truyền", "9.3 Bệnh viện Phục hồi chức năng", "9.4 Bệnh viện Phổi", "9.5 Bệnh viện Sản - Nhi"];

test("Gửi & nhận: group tasks become one row per hospital only when asked, after a backup; a failed backup writes nothing; a second run adds nothing", async () => {
  const page = await openPage("taskpane.html", "fake");
  await trackerWithGroupTask(page);
  const T = UI.roundTrip.expand;
  // Not asked: the copies go to the lead units, the group's task to nobody, the tracker unchanged.
  await page.getByRole("button", { name: UI.roundTrip.send.build }).click();
  await page.getByText(UI.roundTrip.send.notSent(1, 0)).waitFor();
  expectEqual(await trackerRows(page), DIRECTIVE_TASKS + 1, "rows without the option");

  await page.getByRole("checkbox", { name: T.option }).check();
  expectEqual(await page.getByRole("checkbox", { name: UI.roundTrip.backup.option }).isChecked(), true, "backup option checked by default");
  // Office fails to give the file: nothing is written and the message says what to do.
  await page.evaluate(`window.fakeExcel.document.failNext = "Lost connection"`);
  await page.getByRole("button", { name: UI.roundTrip.send.build }).click();
  await page.getByRole("alert").filter({ hasText: UI.roundTrip.backup.failed("Lost connection (5001)") }).waitFor();
  expectEqual(await trackerRows(page), DIRECTIVE_TASKS + 1, "rows after a failed backup");
  expectEqual(await page.evaluate<unknown[]>("window.fakeExcel.downloads"), [], "downloads after a failed backup");

  const writesBefore = await onHost<number>(page, WRITES);
  const [backup] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: UI.roundTrip.send.build }).click()]);
  await page.getByText(T.added(5, 1), { exact: false }).waitFor();
  await page.getByText(T.task("9", "Các bệnh viện tuyến tỉnh", HOSPITAL_ROWS.map((r) => ({ id: r.slice(0, 3), unit: r.slice(4) }))), { exact: false }).waitFor();
  expect(/^So-theo-doi - sao luu \d{2}-\d{2}-\d{4} \d{4}\.xlsx$/.test(backup.suggestedFilename()), `backup named ${backup.suggestedFilename()}`);
  expectEqual(await page.evaluate("window.fakeExcel.downloads"), [{ name: backup.suggestedFilename(), writesBefore }], "the backup, before the first write");
  expectEqual(await trackerRows(page), DIRECTIVE_TASKS + 1 + 5, "rows after expanding");
  const ids = (await onHost<unknown[][]>(page, `host.sheet("Nhiệm vụ").values("A11:G15")`)).map((r) => `${r[0]} ${r[6]}`);
  expectEqual(ids, HOSPITAL_ROWS, "member rows (Mã NV, Chủ trì)");
  // Each hospital now gets its own copy; the group's row is sent through them.
  await page.getByRole("link", { name: /^Tải về tệp Benh-vien-Phoi_/ }).waitFor();
  expectEqual(await page.getByText(UI.roundTrip.send.notSent(1, 0)).count(), 0, "group task still said to go to nobody");
  await shot(page, "16-expand-groups");

  await page.getByRole("button", { name: UI.roundTrip.send.build }).click();
  await page.getByText(T.held("9", "Các bệnh viện tuyến tỉnh", 5), { exact: false }).waitFor();
  await page.getByText(T.none, { exact: false }).waitFor();
  expectEqual(await trackerRows(page), DIRECTIVE_TASKS + 1 + 5, "rows after a second run");
  expectEqual((await page.evaluate<unknown[]>("window.fakeExcel.downloads")).length, 1, "backups when nothing is to be written");
});

test("Gửi & nhận on a host without Office's file API: the pane says why there is no backup, and still expands and applies", async () => {
  const page = await openPage("taskpane.html", "fake", { otherSets: { DialogApi: "1.1" } });
  await trackerWithGroupTask(page);
  await page.getByRole("checkbox", { name: UI.roundTrip.expand.option }).check();
  await page.getByText(UI.roundTrip.backup.unsupported).waitFor();
  expectEqual(await page.getByRole("checkbox", { name: UI.roundTrip.backup.option }).count(), 0, "backup option where it cannot work");
  await page.getByRole("button", { name: UI.roundTrip.send.build }).click();
  await page.getByText(UI.roundTrip.expand.added(5, 1), { exact: false }).waitFor();
  expectEqual(await trackerRows(page), DIRECTIVE_TASKS + 1 + 5, "rows after expanding without a backup");
  // A file that is no return: refused, listed on Đối chiếu; the reason shows beside Áp dụng.
  const other = new ExcelJS.Workbook();
  other.addWorksheet("Sheet1").getCell("A1").value = "Không phải bản gửi lại";
  const notReturn = join(SHOTS, "khong-phai-ban-gui-lai.xlsx");
  await other.xlsx.writeFile(notReturn);
  await page.getByLabel(UI.roundTrip.receive.pick).setInputFiles(notReturn);
  await page.getByRole("button", { name: UI.roundTrip.receive.apply }).waitFor();
  expectEqual(await page.getByText(UI.roundTrip.backup.unsupported).count(), 2, "the reason, in Gửi đơn vị and beside Áp dụng");
  await page.getByRole("button", { name: UI.roundTrip.receive.apply }).click();
  await page.getByText(UI.roundTrip.receive.done(0, UI.roundTrip.receive.reportSheet)).waitFor();
  expectEqual(await page.evaluate<unknown[]>("window.fakeExcel.downloads"), [], "downloads without the file API");
  await shot(page, "17-no-file-api");
});

test("an Excel error is shown in a MessageBar saying what to do next", async () => {
  await onHost(pane, "(host.cellEditMode = true)");
  await pane.getByRole("tab", { name: UI.tabs.check }).click();
  await pane.getByRole("button", { name: UI.check.rerun }).click();
  const alert = pane.getByRole("alert").filter({ hasText: "Excel đang ở chế độ sửa ô" });
  await alert.waitFor();
  await shot(pane, "08-error");
  await onHost(pane, "(host.cellEditMode = false)");
  await alert.getByRole("button", { name: UI.dismissError }).click();
  await alert.waitFor({ state: "detached" });
});

test("keyboard: arrow keys move between tabs, Enter runs the focused button", async () => {
  await pane.getByRole("tab", { name: UI.tabs.check }).focus();
  await pane.keyboard.press("ArrowRight");
  await pane.keyboard.press("Enter");
  const tracking = pane.getByRole("tab", { name: UI.tabs.tracking });
  expectEqual(await tracking.getAttribute("aria-selected"), "true", "tab selected by keyboard");
  await pane.getByRole("tab", { name: UI.tabs.summary }).click();
  const refresh = pane.getByRole("button", { name: UI.summary.refresh });
  await refresh.focus();
  await pane.keyboard.press("Enter");
  await pane.getByText(`1/${DIRECTIVE_TASKS} nhiệm vụ hoàn thành`).waitFor();
});

// ------------------------------------------------------------------ pasted text, an old host, a dark theme, the ribbon

test("Tạo bảng from pasted text: the plan year decides the due date of a deadline without a year", async () => {
  const page = await openPage("taskpane.html", "fake");
  await page.getByRole("radio", { name: UI.import.sourceText }).check();
  await page.getByLabel(UI.import.textLabel).fill(DIRECTIVE_TEXT);
  await page.getByLabel(UI.import.planYear).fill("2026");
  await page.getByRole("button", { name: UI.import.preview }).click();
  await page.getByText(UI.import.fromText(2)).waitFor();
  const first = page.getByRole("table", { name: UI.import.previewCaption }).getByRole("row").filter({ hasText: "vị trí việc làm" });
  await first.getByText("30/09/2026").waitFor();
  await page.getByLabel(UI.import.planYear).fill("2027");
  await page.getByLabel(UI.import.planYear).press("Tab");
  await first.getByText("30/09/2027").waitFor();
  await page.getByRole("button", { name: UI.import.create, exact: true }).click();
  await page.getByText(UI.import.created(2)).waitFor();
  await page.getByRole("tab", { name: UI.tabs.tracking }).click();
  await page.getByText("Trong hạn: 2", { exact: true }).waitFor();
  await shot(page, "12-pasted-text");
});

test("Theo dõi hạn opened before the tracker exists invites to the first step (no red error), and catches up once it is created", async () => {
  const page = await openPage("taskpane.html", "fake");
  await page.getByRole("tab", { name: UI.tabs.tracking }).click();
  await page.getByRole("status").filter({ hasText: FIRST_RUN_TEXT.title }).waitFor();
  expectEqual(await page.getByRole("alert").count(), 0, "error bars on first run");
  expectEqual(await page.getByText(UI.errorTitle).count(), 0, `"${UI.errorTitle}" on first run`);
  await shot(page, "13-no-tracker");
  await page.getByRole("button", { name: FIRST_RUN_TEXT.go }).click();
  expectEqual(await page.getByRole("tab", { name: UI.tabs.import }).getAttribute("aria-selected"), "true", "the invitation opens Tạo bảng");
  await onHost(page, `host.addSheet("Chỉ thị", true).type("A1", ${JSON.stringify(DIRECTIVE_ROWS)})`);
  await page.getByRole("button", { name: UI.import.preview }).click();
  await page.getByRole("button", { name: UI.import.create, exact: true }).click();
  await page.getByText(UI.import.created(DIRECTIVE_TASKS)).waitFor();
  await page.getByRole("tab", { name: UI.tabs.tracking }).click();
  await page.getByText(UI.tracking.asOf("30/06/2026")).waitFor();
  expectEqual(await page.getByRole("alert").count(), 0, "error bars once the tracker exists");
});

test("on Excel 2016 (ExcelApi 1.4) missing features are explained and the tracker is still created", async () => {
  const page = await openPage("taskpane.html", "fake", { excelApi: "1.4" });
  await page.getByText(UI.import.noDropdowns).waitFor();
  await page.getByText(UI.import.noFreeze).waitFor();
  await onHost(page, `host.addSheet("Chỉ thị", true).type("A1", ${JSON.stringify(DIRECTIVE_ROWS)})`);
  await page.getByRole("button", { name: UI.import.preview }).click();
  await page.getByRole("button", { name: UI.import.create, exact: true }).click();
  await page.getByText(UI.import.created(DIRECTIVE_TASKS)).waitFor();
  await page.getByRole("tab", { name: UI.tabs.tracking }).click();
  await page.getByText(UI.tracking.noColours).waitFor();
  await shot(page, "09-old-excel");
});

test("with Office's dark theme the pane is dark too", async () => {
  const page = await openPage("taskpane.html", "fake", {}, { bodyBackgroundColor: "#262626" });
  await page.getByRole("button", { name: UI.import.preview }).waitFor();
  const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
  const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
  expect(r + g + b < 3 * 80, `background ${background} is not dark`);
  await shot(page, "11-dark-theme");
});

test("ribbon Kiểm tra: runs, shows its outcome in a notice, completes when the notice closes", async () => {
  const page = await openPage("commands.html", "fake");
  await page.waitForFunction(() => (window as unknown as { fakeExcel: { commands: Map<string, unknown> } }).fakeExcel.commands.size === 2);
  await page.evaluate(`(() => { window.completed = false; window.fakeExcel.commands.get("runCheck")({ completed() { window.completed = true; } }); })()`);
  await page.waitForFunction(() => (window as unknown as { fakeExcel: { dialogs: unknown[] } }).fakeExcel.dialogs.length === 1);
  const url = new URL(await page.evaluate<string>(`window.fakeExcel.dialogs[0].url`));
  expectEqual(url.pathname, "/notice.html", "notice page");
  expectEqual(url.searchParams.get("kind"), "error", "notice kind without a tracker");
  expectEqual(url.searchParams.get("text"), TRACKER_ERRORS.noTracker, "notice text without a tracker");
  expectEqual(await page.evaluate<boolean>("window.completed"), false, "completed before the notice closed");
  await page.evaluate(`window.fakeExcel.dialogs[0].close()`);
  await page.waitForFunction(`window.completed === true`);

  const notice = await openPage(url.pathname.slice(1) + url.search, "fake");
  await notice.getByRole("heading", { name: UI.notice.checkTitle }).waitFor();
  await notice.getByText(TRACKER_ERRORS.noTracker).waitFor();
  await notice.getByRole("button", { name: UI.notice.close }).waitFor();
  await shot(notice, "10-ribbon-notice");
});

test("ribbon Cập nhật tổng hợp: rebuilds Tổng hợp from the task table, says the headline, and a second press changes nothing", async () => {
  const page = await openPage("commands.html", "fake");
  await page.waitForFunction(() => (window as unknown as { fakeExcel: { commands: Map<string, unknown> } }).fakeExcel.commands.size === 2);
  // A task table as a user might keep it: the tracker's table name and headers, two tasks, one done.
  const headers = TASK_FIELDS.map((field) => TASK_HEADERS[field]);
  const row = (values: Partial<Record<TaskField, string | number>>) => TASK_FIELDS.map((field) => values[field] ?? "");
  const rows = [
    headers,
    row({ id: "NV01", title: "Báo cáo sơ kết 6 tháng", lead: "Văn phòng Sở", deadlineText: "Tháng 6/2026", status: "Hoàn thành", progress: 100, doneDate: "'20/6/2026" }),
    row({ id: "NV02", title: "Kế hoạch kiểm tra an toàn thực phẩm", lead: "Chi cục An toàn vệ sinh thực phẩm", deadlineText: "Quý III/2026", status: "Đang thực hiện" }),
  ];
  await page.evaluate(async (cells) => {
    const w = window as unknown as { fakeExcel: { host: { addSheet(name: string, activate: boolean): { type(at: string, rows: unknown[][]): void } } } };
    w.fakeExcel.host.addSheet("Nhiệm vụ", true).type("A1", cells);
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Nhiệm vụ").tables.add(`A1:R${cells.length}`, true);
      table.name = "BangNhiemVu";
      await context.sync();
    });
  }, rows);
  const press = async () => {
    const before = await page.evaluate<number>("window.fakeExcel.dialogs.length");
    await page.evaluate(`(() => { window.completed = false; window.fakeExcel.commands.get("refreshSummary")({ completed() { window.completed = true; } }); })()`);
    await page.waitForFunction(`window.fakeExcel.dialogs.length === ${before + 1}`);
    const url = new URL(await page.evaluate<string>(`window.fakeExcel.dialogs[${before}].url`));
    await page.evaluate(`window.fakeExcel.dialogs[${before}].close()`);
    await page.waitForFunction(`window.completed === true`);
    return url;
  };
  const url = await press();
  expectEqual(url.searchParams.get("kind"), "done", `notice kind (${url.searchParams.get("text")})`);
  // NV01's completion date is typed as text, a check error: the ratings are provisional until it is fixed.
  expectEqual(url.searchParams.get("text"), UI.notice.summaryDone(headlineText(1, 2, 1)), "notice text");
  const summary = () => onHost<unknown[][]>(page, `host.sheet("Tổng hợp").values()`);
  const once = await summary();
  expect(once.flat().includes("Văn phòng Sở"), "Tổng hợp has no row for Văn phòng Sở");
  await press();
  expectEqual(await summary(), once, "Tổng hợp after a second press");
  expectEqual(await onHost<number>(page, `host.sheet("Tổng hợp").charts.length`), 1, "charts on Tổng hợp");
});

// ------------------------------------------------------------------ an engine that cannot run the bundle

/** A page whose own bundle fails to parse, as ES2020 does in Trident (Excel 2016) or EdgeHTML (Excel 2019). */
async function openOnOldEngine(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 700 }, locale: "vi-VN" });
  contexts.push(context);
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: fakeScript });
    if (/\/(taskpane|commands|notice)\.[0-9a-f]+\.js$/.test(url)) return route.fulfill({ contentType: "text/javascript", body: "class A { static { this.x ??= 1 } } let = ;" });
    if (new URL(url).hostname === "127.0.0.1") return route.continue();
    foreignRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    (window as unknown as { fakeExcelOptions: object }).fakeExcelOptions = { otherSets: { DialogApi: "1.1" } };
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(baseUrl + path);
  return { page, errors };
}

test("old engine: the task pane says, in Vietnamese, which Excel to use and that the workbook works without it", async () => {
  const { page, errors } = await openOnOldEngine("taskpane.html");
  const message = page.getByRole("alert").filter({ hasText: OLD_HOST_TEXT.title });
  await message.waitFor();
  await message.getByText(OLD_HOST_TEXT.body).waitFor();
  await message.getByText(OLD_HOST_TEXT.workbook).waitFor();
  expect(errors.some((e) => /SyntaxError|Unexpected/i.test(e)), `the simulated old engine did not fail: ${errors.join("; ")}`);
  await shot(page, "15-old-engine");
});

test("old engine: the ribbon's buttons open a notice with the same explanation, and complete when it closes", async () => {
  const { page } = await openOnOldEngine("commands.html");
  await page.evaluate(`(() => { window.completed = false; window.runCheck({ completed() { window.completed = true; } }); })()`);
  await page.waitForFunction(() => (window as unknown as { fakeExcel: { dialogs: unknown[] } }).fakeExcel.dialogs.length === 1);
  const url = new URL(await page.evaluate<string>(`window.fakeExcel.dialogs[0].url`));
  expectEqual(url.pathname, "/notice.html", "notice page");
  expect((url.searchParams.get("text") ?? "").includes(OLD_HOST_TEXT.workbook), `notice text: ${url.searchParams.get("text")}`);
  await page.evaluate(`window.fakeExcel.dialogs[0].close()`);
  await page.waitForFunction(`window.completed === true`);

  const notice = await openOnOldEngine(url.pathname.slice(1) + url.search);
  await notice.page.getByText(OLD_HOST_TEXT.title).waitFor();
  await notice.page.getByRole("button", { name: OLD_HOST_TEXT.close }).waitFor();
});

test("every script of the build parses as ES2020, the language level of the hosts the README lists", async () => {
  const { parse } = await import("acorn");
  const { readdirSync } = await import("node:fs");
  for (const file of readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
    try {
      parse(readFileSync(join(DIST, file), "utf8"), { ecmaVersion: 2020, sourceType: "script" });
    } catch (error) {
      expect(false, `${file} is not ES2020: ${(error as Error).message}`);
    }
  }
});

// ------------------------------------------------------------------ 10,000 tasks

test("with 10,000 tasks every section paints quickly: time from opening each one to its content", async () => {
  const page = await openPage("taskpane.html", "fake");
  const rows = [DIRECTIVE_ROWS[0], ...Array.from({ length: 10_000 }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1} của kế hoạch năm`, DIRECTIVE_LEADS[i % DIRECTIVE_LEADS.length], "", "Báo cáo", `Tháng ${(i % 12) + 1}/2026`])];
  await onHost(page, `host.addSheet("Chỉ thị", true).type("A1", ${JSON.stringify(rows)})`);
  const timed = async (label: string, action: () => Promise<unknown>, shown: () => Promise<unknown>) => {
    const start = Date.now();
    await action();
    await shown();
    const ms = Date.now() - start;
    console.log(`    ${label.padEnd(44)} ${ms} ms`);
    return ms;
  };
  page.setDefaultTimeout(120_000);
  await timed("Tạo bảng: preview of 10,000 rows", () => page.getByRole("button", { name: UI.import.preview }).click(), () =>
    page.getByText(LIST_TEXT.shown(1, 100, 10_000)).waitFor(),
  );
  expectEqual(await page.getByRole("table", { name: UI.import.previewCaption }).getByRole("row").count(), 101, "preview rows drawn (one page and its header)");
  await timed("Tạo bảng: creating the tracker", () => page.getByRole("button", { name: UI.import.create, exact: true }).click(), () =>
    page.getByText(UI.import.created(10_000)).waitFor(),
  );
  await timed("Kiểm tra: section shown", () => page.getByRole("tab", { name: UI.tabs.check }).click(), () =>
    page.getByRole("button", { name: UI.check.run, exact: true }).waitFor(),
  );
  await timed("Theo dõi hạn: section shown with its lists", () => page.getByRole("tab", { name: UI.tabs.tracking }).click(), () =>
    page.getByText(UI.tracking.asOf("30/06/2026")).waitFor(),
  );
  const links = await page.locator("#panel-tracking").getByRole("button", { name: /^\d+: / }).count();
  expect(links <= 100, `Theo dõi hạn drew ${links} task links`);
  const syncsBefore = await onHost<number>(page, "host.syncCount");
  await timed("Theo dõi hạn: shown again (no re-read)", async () => {
    await page.getByRole("tab", { name: UI.tabs.check }).click();
    await page.getByRole("tab", { name: UI.tabs.tracking }).click();
  }, () => page.getByText(UI.tracking.asOf("30/06/2026")).waitFor());
  expectEqual(await onHost<number>(page, "host.syncCount"), syncsBefore, "requests when Theo dõi hạn was shown again");
  await timed("Tổng hợp: section shown", () => page.getByRole("tab", { name: UI.tabs.summary }).click(), () =>
    page.getByRole("button", { name: UI.summary.refresh }).waitFor(),
  );
  await timed("Gửi & nhận: section shown", () => page.getByRole("tab", { name: UI.tabs.roundTrip }).click(), () =>
    page.getByRole("button", { name: UI.roundTrip.send.build }).waitFor(),
  );
});

test("no request left 127.0.0.1 except office.js, and no page threw", async () => {
  expectEqual(foreignRequests, [], "requests to other hosts");
  expectEqual(pageErrors, [], "uncaught page errors");
});

async function main(): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  buildDist();
  fakeScript = await fakeOfficeScript();
  const server = await serveDirectory(DIST);
  baseUrl = server.url;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    return await runAll();
  } finally {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  }
}

main().then(
  (failed) => process.exit(failed > 0 ? 1 : 0),
  (error) => {
    console.error(error);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
