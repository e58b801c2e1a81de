// Build-time render of the default view (2024, nothing selected) into dist/index.html, so the
// page shows the organisation chart before any script runs; src/main.tsx then hydrates it.
// Run by scripts/prerenderPlugin.ts through Vite's SSR loader; never bundled into the app.
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./components/App.tsx";
import { assembleDataset } from "./domain/assembleDataset.ts";

export function prerender(files: Record<string, unknown>): string {
  return renderToString(
    <StrictMode>
      <App dataset={assembleDataset(files)} location={{ search: "" }} />
    </StrictMode>,
  );
}
