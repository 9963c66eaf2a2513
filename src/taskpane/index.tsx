/**
 * The only place that renders. Waits for Office (outside Office, onReady resolves with no host
 * and the pane still works on pasted tables), then mounts the app.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { getDefaultRegister } from "../core/agencies/agencyRegister";
import { App } from "./App";

function mount(): void {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<App register={getDefaultRegister()} />);
}

if (typeof Office !== "undefined") Office.onReady(() => mount());
else mount();
