// Boot: wait for Office once, then render the pane (or, outside Excel, say where it runs).
import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { FONT_FAMILY, frameColours, officeIsDark } from "./officeTheme";

// The page's inline ES5 script (src/fallback/oldHost.js) shows the old-host message unless this ran.
const page = window as unknown as { TDNV_STARTED?: boolean; TDNV_SHOW_OLD_HOST?: () => void };
page.TDNV_STARTED = true;

const FluentShell = lazy(() => import(/* webpackChunkName: "fluent" */ "./components/FluentShell"));
// Only outside Excel: its message bar (and the icons it brings) stay out of the first download.
const OutsideExcel = lazy(() => import(/* webpackChunkName: "outside" */ "./components/OutsideExcel").then((m) => ({ default: m.OutsideExcel })));

async function hostIsExcel(): Promise<boolean> {
  // office.js missing (opened offline, outside Office) reads as "not in Excel", not as a crash.
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return info.host === Office.HostType.Excel;
}

async function boot(): Promise<void> {
  const root = createRoot(document.getElementById("container")!);
  // The adapter (and the core it brings) loads while Office starts, outside the initial bundle.
  const adapter = import(/* webpackChunkName: "excel" */ "../excel");
  const inExcel = await hostIsExcel();
  if (!inExcel) adapter.catch(() => undefined); // not needed outside Excel; a failed load is moot
  const actions = inExcel ? (await adapter).excelActions : null;
  const dark = officeIsDark();
  const colours = frameColours(dark);
  document.body.style.background = colours.page;
  document.body.style.color = colours.text;
  document.body.style.fontFamily = FONT_FAMILY;
  root.render(
    actions ? (
      <App actions={actions} dark={dark} />
    ) : (
      <Suspense fallback={null}>
        <FluentShell dark={dark}>
          <OutsideExcel />
        </FluentShell>
      </Suspense>
    ),
  );
}

boot().catch((error: unknown) => {
  // Never a blank pane: an engine that parsed the bundle but cannot run it gets the same explanation.
  page.TDNV_STARTED = false;
  page.TDNV_SHOW_OLD_HOST?.();
  throw error;
});
