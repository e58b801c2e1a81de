// Reads a user's file and parses it: bytes with read progress, .zip unpacked, then the parse in
// a Web Worker (bundled as its own file, as the Content-Security-Policy requires), or on the main
// thread where workers are missing (jsdom tests). Cancellable through an AbortSignal.
import { checkOrg, type CheckedOrg } from "../domain/import/build.ts";
import { isZip, parseBytes } from "../domain/import/parseFile.ts";

export interface ParseRequest {
  bytes: ArrayBuffer;
  fileName: string;
  versionPath?: string;
}

export type ParseResponse =
  | { type: "progress"; phase: string; ratio: number | null }
  | { type: "done"; checked: CheckedOrg; versions: { path: string; id: string; label: string }[] }
  | { type: "error"; message: string };

export type Progress = (phase: string, ratio: number | null) => void;
export type Parsed = Extract<ParseResponse, { type: "done" }>;

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

function inWorker(request: ParseRequest, onProgress: Progress, signal: AbortSignal): Promise<Parsed> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./parseWorker.ts", import.meta.url), { type: "module" });
    const stop = () => worker.terminate();
    signal.addEventListener("abort", () => {
      stop();
      reject(new CancelledError());
    });
    worker.onmessage = (event: MessageEvent<ParseResponse>) => {
      const message = event.data;
      if (message.type === "progress") onProgress(message.phase, message.ratio);
      else {
        stop();
        if (message.type === "done") resolve(message);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || "Erreur du lecteur de fichier"));
    };
    worker.postMessage(request, [request.bytes]);
  });
}

export async function parseImportFile(
  file: File,
  options: { onProgress: Progress; signal: AbortSignal; versionPath?: string },
): Promise<Parsed & { fileName: string }> {
  const { onProgress, signal } = options;
  let bytes = await readBytes(file, onProgress, signal);
  let fileName = file.name;
  if (isZip(new Uint8Array(bytes))) {
    onProgress("Décompression de l'archive", null);
    const { unzipSingle } = await import("./unzip.ts");
    const entry = await unzipSingle(new Uint8Array(bytes));
    if (signal.aborted) throw new CancelledError();
    if ("problem" in entry) {
      const org = { format: "referentiel" as const, fileName, records: [], dataDate: null, problems: [{ severity: "fatal" as const, message: entry.problem, at: { path: fileName } }] };
      return { type: "done", checked: checkOrg(org), versions: [], fileName };
    }
    bytes = entry.bytes.buffer.slice(entry.bytes.byteOffset, entry.bytes.byteOffset + entry.bytes.byteLength) as ArrayBuffer;
    fileName = `${file.name} › ${entry.name}`;
  }
  const request: ParseRequest = { bytes, fileName, ...(options.versionPath ? { versionPath: options.versionPath } : {}) };
  if (typeof Worker === "undefined") {
    onProgress("Analyse du fichier", null);
    const outcome = parseBytes(new Uint8Array(bytes), fileName, request.versionPath ? { versionPath: request.versionPath } : {});
    return { type: "done", checked: checkOrg(outcome.org), versions: outcome.versions, fileName };
  }
  return { ...(await inWorker(request, onProgress, signal)), fileName };
}
