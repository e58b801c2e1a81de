// Reads a user's file and opens it: bytes with read progress, .zip unpacked (an Excel workbook
// goes whole to the parse), then the parse in
// a Web Worker (bundled as its own file, as the Content-Security-Policy requires) that keeps the
// records and answers the dialog's questions (importProtocol.ts), or on the main thread where
// workers are missing (jsdom tests). Cancellable through an AbortSignal, which also ends the
// worker once the dialog is done with the file.
import { openSession } from "../domain/import/session.ts";
import { isZip } from "../domain/import/parseFile.ts";
import { answeredHere, connectImport, openRequest, type OpenedImport, type OpenRequest, type Port } from "./importProtocol.ts";

export type { OpenedImport } from "./importProtocol.ts";
export type Progress = (phase: string, ratio: number | null) => void;

export class CancelledError extends Error {
  constructor() {
    super("Import annulé");
  }
}

function readBytes(file: Blob, onProgress: Progress, signal: AbortSignal): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress("Lecture du fichier", e.lengthComputable ? e.loaded / e.total : null);
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("Lecture impossible"));
    signal.addEventListener("abort", () => {
      reader.abort();
      reject(new CancelledError());
    });
    reader.readAsArrayBuffer(file);
  });
}

function inWorker(request: Omit<OpenRequest, "type">, onProgress: Progress, signal: AbortSignal): Promise<OpenedImport> {
  const worker = new Worker(new URL("./parseWorker.ts", import.meta.url), { type: "module" });
  const { opened, fail } = connectImport(worker as unknown as Port, request, onProgress);
  signal.addEventListener("abort", () => {
    worker.terminate();
    fail(new CancelledError());
  });
  worker.onerror = (event) => {
    worker.terminate();
    fail(new Error(event.message || "Erreur du lecteur de fichier"));
  };
  return opened;
}

/** The opened file; `signal` aborted cancels the read, or later frees the worker. */
export async function parseImportFile(
  file: File,
  options: { onProgress: Progress; signal: AbortSignal; versionPath?: string },
): Promise<OpenedImport & { fileName: string }> {
  const { onProgress, signal } = options;
  let bytes = await readBytes(file, onProgress, signal);
  let fileName = file.name;
  let workbook = false;
  if (isZip(new Uint8Array(bytes))) {
    onProgress("Décompression de l'archive", null);
    const { isWorkbook, unzipSingle } = await import("./unzip.ts");
    workbook = await isWorkbook(new Uint8Array(bytes));
    if (signal.aborted) throw new CancelledError();
    if (!workbook) {
      const entry = await unzipSingle(new Uint8Array(bytes));
      if (signal.aborted) throw new CancelledError();
      if ("problem" in entry) {
        const org = { format: "referentiel" as const, fileName, records: [], dataDate: null, problems: [{ severity: "fatal" as const, message: entry.problem, at: { path: fileName } }] };
        return { ...answeredHere(openSession({ org, versions: [] })), fileName };
      }
      bytes = entry.bytes.buffer.slice(entry.bytes.byteOffset, entry.bytes.byteOffset + entry.bytes.byteLength) as ArrayBuffer;
      fileName = `${file.name} › ${entry.name}`;
    }
  }
  const request = { bytes, fileName, ...(options.versionPath ? { versionPath: options.versionPath } : {}), ...(workbook ? { workbook: true as const } : {}) };
  if (typeof Worker === "undefined") return { ...answeredHere(await openRequest(request, onProgress)), fileName };
  return { ...(await inWorker(request, onProgress, signal)), fileName };
}
