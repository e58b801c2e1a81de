// Web Worker: writes an export file (layout, SVG, CSV, JSON, PowerPoint) off the main thread,
// so 10,000 units never freeze the page. Cancelling terminates the worker.
import { runExport, type ExportJob } from "../domain/export/run.ts";
import { CARD_METRICS, layoutTree } from "../layout/layoutTree.ts";
import type { ExportResponse } from "./exportFile.ts";

const post = (message: ExportResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = (event: MessageEvent<ExportJob>) => {
  try {
    const result = runExport(event.data, { layoutTree, metrics: CARD_METRICS }, (phase) => post({ type: "progress", phase }));
    post({ type: "done", result }, typeof result.content === "string" ? [] : [result.content.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
