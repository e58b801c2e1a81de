// Runs an export job in a Web Worker (bundled as its own file, as the Content-Security-Policy
// requires), or on the main thread after a frame where workers are missing (jsdom tests).
// Cancellable through an AbortSignal: the worker is terminated.
import type { ExportJob, JobEngine, JobResult } from "../domain/export/run.ts";

export type ExportResponse = { type: "progress"; phase: string } | { type: "done"; result: JobResult } | { type: "error"; message: string };

export class ExportCancelled extends Error {
  constructor() {
    super("Export annulé");
  }
}

export function exportFile(job: ExportJob, options: { engine: JobEngine; onProgress: (phase: string) => void; signal: AbortSignal }): Promise<JobResult> {
  const { onProgress, signal } = options;
  if (typeof Worker === "undefined") {
    return import("../domain/export/run.ts").then(({ runExport }) => {
      if (signal.aborted) throw new ExportCancelled();
      return runExport(job, options.engine, onProgress);
    });
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./exportWorker.ts", import.meta.url), { type: "module" });
    const stop = () => worker.terminate();
    signal.addEventListener("abort", () => {
      stop();
      reject(new ExportCancelled());
    });
    worker.onmessage = (event: MessageEvent<ExportResponse>) => {
      const message = event.data;
      if (message.type === "progress") onProgress(message.phase);
      else {
        stop();
        if (message.type === "done") resolve(message.result);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || "Erreur du module d'export"));
    };
    worker.postMessage(job);
  });
}
