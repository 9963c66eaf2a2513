/**
 * The only place that renders. Waits for Office; inside Excel the pane works on the open
 * workbook through the Excel gateway. Outside Office (a plain browser tab, the browser tests)
 * it works on an in-memory workbook.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { getDefaultRegister } from "../core/agencies/registerEditions";
import { MemoryWorkbook } from "../workbook/memory/memoryWorkbook";
import { OfficeWorkbook } from "../workbook/office/officeWorkbook";
import type { WorkbookPort } from "../workbook/workbookPort";
import { App } from "./App";

declare global {
  interface Window {
    /** Outside Excel, the in-memory workbook the pane works on (the browser tests look into it). */
    __chisoWorkbook?: MemoryWorkbook;
  }
}

function mount(insideExcel: boolean): void {
  const root = document.getElementById("root");
  if (!root) return;
  let port: WorkbookPort;
  if (insideExcel) port = new OfficeWorkbook();
  else port = window.__chisoWorkbook = new MemoryWorkbook();
  createRoot(root).render(
    <App
      port={port}
      register={getDefaultRegister()}
      insideExcel={insideExcel}
    />,
  );
}

if (typeof Office !== "undefined")
  Office.onReady((info) => mount(info.host === Office.HostType.Excel));
else mount(false);
