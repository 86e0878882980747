// Boot: wait for Office once, then render the pane (or, outside Excel, say where it runs).
import { FluentProvider } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { OutsideExcel } from "./components/OutsideExcel";
import { themeFromOffice } from "./officeTheme";

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
  root.render(
    <FluentProvider theme={themeFromOffice()} style={{ minHeight: "100vh" }}>
      {actions ? <App actions={actions} /> : <OutsideExcel />}
    </FluentProvider>,
  );
}

void boot();
