/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { templateBase64, templateUrl } from "./bundled-files";
import { NEEDS } from "./port/requirements";
import { App } from "./taskpane/app";
import { compareVersions, type HostInfo } from "./taskpane/host-info";
import { isDarkTheme } from "./taskpane/office-theme";
import { paneLang } from "./taskpane/pane-lang";
import type { PaneServices } from "./taskpane/pane-services";
import { WorkbenchBar } from "./taskpane/workbench-bar";
import type { Workbench } from "./workbench/workbench";

declare global {
  interface Window {
    /** The workbench's workbook, for tests and the browser's console. */
    adalWorkbench?: Workbench;
  }
}

const files = {
  template: templateBase64,
  templateUrl,
  rosterTemplateUrl: (lang) => import("./roster-template").then((m) => m.rosterTemplateUrl(lang)),
  // Its own chunk, with exceljs: loaded when a department consolidates, never for the first paint.
  consolidate: (files, options) =>
    import(/* webpackChunkName: "consolidation" */ "../../shared/consolidate").then((m) =>
      m.consolidate(files, options),
    ),
} satisfies Omit<PaneServices, "port" | "host">;

/** In Excel: the Office.js adapter, loaded apart, as only one of the two workbooks is ever needed. */
async function startInExcel(root: HTMLElement, info: { host: Office.HostType; platform: Office.PlatformType }) {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office" */ "./office/office-workbook");
  const host: HostInfo = {
    supports: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
    host: String(info.host),
    platform: String(info.platform),
    officeVersion: Office.context.diagnostics?.version ?? "—",
    displayLanguage: Office.context.displayLanguage,
  };
  const services: PaneServices = { ...files, port: new OfficeWorkbook(), host };
  const lang = paneLang(Office.context.displayLanguage);
  createRoot(root).render(<App services={services} lang={lang} dark={isDarkTheme(Office.context.officeTheme)} />);
}

/**
 * A plain browser: the in-memory workbook, loaded apart (it brings the .xlsx reader Excel does not need);
 * `?noinsert` plays an Excel without ExcelApi 1.13.
 */
async function startWorkbench(root: HTMLElement): Promise<void> {
  const { Workbench } = await import(/* webpackChunkName: "workbench" */ "./workbench/workbench");
  const noinsert = new URLSearchParams(location.search).has("noinsert");
  const workbench = new Workbench({ canInsertSheets: !noinsert });
  window.adalWorkbench = workbench;
  // `?noinsert` plays an Excel just below the version that inserts sheets from a file.
  const below = noinsert ? NEEDS.insertSheets : null;
  const host: HostInfo = {
    supports: (version) => below === null || compareVersions(version, below) < 0,
    host: "workbench",
    platform: navigator.platform || "—",
    officeVersion: "—",
    displayLanguage: navigator.language,
  };
  const services: PaneServices = { ...files, port: workbench, host };
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  const bar = <WorkbenchBar open={(bytes) => workbench.open(bytes)} />;
  createRoot(root).render(<App services={services} lang={paneLang(navigator.language)} dark={dark} workbench={bar} />);
}

// legacy-web-view.js removes the root where React cannot run; without office.js (offline) it is a plain page.
const root = document.getElementById("root");
if (root) {
  if (typeof Office === "undefined") void startWorkbench(root);
  else
    void Office.onReady((info) =>
      info.host === Office.HostType.Excel ? startInExcel(root, info) : startWorkbench(root),
    );
}
